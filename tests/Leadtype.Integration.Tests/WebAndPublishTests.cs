using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

[Collection(DotnetCollection.Name)]
public sealed class WebAndPublishTests(PackedFeed feed)
{
    [Fact]
    public void Web_project_serves_the_artifacts_as_static_web_assets_from_the_first_build_and_publishes_them_to_wwwroot()
    {
        feed.AssertPacked();
        var web = feed.NewConsumer("WebDocsApp")
            .WithProject("net10.0", sdk: "Microsoft.NET.Sdk.Web")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n")
            .WithFile("docs/api.mdx", "---\ntitle: API\n---\n\n## Endpoints\n\nGET /things.\n")
            .WithFile("Program.cs", """
                var app = WebApplication.CreateBuilder(args).Build();
                app.MapStaticAssets();
                app.MapGet("/", () => WebDocsApp.Docs.Api.Url);
                app.Run();
                """);

        web.Build().AssertSuccess();

        // Under obj/, registered in the same build (no one-build lag), nothing in the source wwwroot.
        Assert.Contains("docs/api.md", web.FilesUnder("obj/Debug/leadtype/public"));
        Assert.Empty(web.FilesUnder("wwwroot"));
        var endpoints = File.ReadAllText(web.PathOf("obj/Debug/net10.0/staticwebassets.build.endpoints.json"));
        Assert.Contains("\"Route\":\"llms.txt\"", endpoints.Replace(" ", string.Empty));
        Assert.Contains("\"Route\":\"docs/api.md\"", endpoints.Replace(" ", string.Empty));

        var publish = web.Dotnet("publish -nodeReuse:false -p:UseSharedCompilation=false -o pub");
        publish.AssertSuccess();
        var published = web.FilesUnder("pub/wwwroot");
        Assert.Contains("llms.txt", published);
        Assert.Contains("docs/api.md", published);
        Assert.Contains("sitemap.xml", published);
        Assert.Empty(web.FilesUnder("wwwroot"));
        // The docs sources are not published.
        Assert.DoesNotContain(web.FilesUnder("pub"), f => f.EndsWith(".mdx", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Trimmed_self_contained_app_that_reads_its_docs_publishes_without_warnings_and_runs()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("TrimmedDocsApp")
            .WithProject("net10.0", extraProperties: "<IsAotCompatible>true</IsAotCompatible><TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\n## Start\n\nTrimmed apps can search too.\n")
            .WithFile("Program.cs", """
                Console.WriteLine(TrimmedDocsApp.Docs.Index.Title + " " + TrimmedDocsApp.Docs.Manifest.FindByUrl("/docs")!.Url);
                foreach (var hit in TrimmedDocsApp.Docs.Search("trimmed"))
                    Console.WriteLine("hit=" + hit.UrlWithHash);
                """);

        // The trim and AOT analyzers see the generated code; the trimmer sees the runtime types.
        var publish = app.Dotnet("publish -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -nodeReuse:false -p:UseSharedCompilation=false -o trimmed");
        publish.AssertSuccess();
        Assert.DoesNotMatch(@"warning IL\d{4}", publish.Output);

        var binary = app.PathOf("trimmed", "TrimmedDocsApp");
        var started = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(binary) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = started.StandardOutput.ReadToEnd();
        Assert.True(started.WaitForExit(30_000));
        Assert.Equal(0, started.ExitCode);
        Assert.Equal("Home /docs\nhit=/docs#start\n", output);
    }

    [Fact]
    public void The_net8_build_of_the_tool_rolls_forward_and_writes_the_same_artifacts()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("Net8ToolApp")
            .WithProject("net10.0", outputType: "Library")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n")
            .WithFile("docs/more.mdx", "---\ntitle: More\n---\n\nMore text.\n");

        // What a project built with the .NET 8 or 9 SDK runs (tools/net8.0, RollForward=Major).
        var net8 = app.Build("-p:LeadtypeToolFramework=net8.0 -p:LeadtypeOutDir=out8");
        net8.AssertSuccess();
        Assert.Contains("tools/net8.0/leadtype.dll", net8.Output.Replace('\\', '/'));
        // LeadtypeNativeTool=false: the managed net10.0 tool. On linux-x64 the precompiled (ReadyToRun) copy runs;
        // the portable one everywhere else.
        var net10 = app.Build("-p:LeadtypeOutDir=out10 -p:LeadtypeNativeTool=false");
        net10.AssertSuccess();
        var linux = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";
        var net10Tool = linux ? "tools/net10.0-linux-x64/leadtype.dll" : "tools/net10.0/leadtype.dll";
        Assert.Contains(net10Tool, net10.Output.Replace('\\', '/'));
        Assert.DoesNotContain("tools/linux-x64/leadtype", net10.Output.Replace('\\', '/'));
        var portable = System.Text.RegularExpressions.Regex.Match(net10.Output.Replace('\\', '/'), @"[^\s""']*" + System.Text.RegularExpressions.Regex.Escape(net10Tool)).Value.Replace(net10Tool, "tools/net10.0/leadtype.dll");
        Assert.True(File.Exists(portable), portable);
        var portableRun = app.Build("-p:LeadtypeOutDir=out10p \"-p:LeadtypeToolPath=" + portable + "\"");
        portableRun.AssertSuccess();

        // The default on linux-x64: the Native AOT tool, whatever the SDK (LeadtypeToolFramework=net8.0 here).
        var outputs = new List<string> { "out10", "out10p" };
        if (linux)
        {
            var native = app.Build("-p:LeadtypeOutDir=outn -p:LeadtypeToolFramework=net8.0");
            native.AssertSuccess();
            Assert.Contains("tools/linux-x64/leadtype\" generate", native.Output.Replace('\\', '/'));
            Assert.Empty(Printed(native, "instead."));
            outputs.Add("outn");
        }

        var files8 = app.FilesUnder("out8");
        Assert.Contains("docs/more.md", files8);
        foreach (var output in outputs)
        {
            Assert.Equal(app.FilesUnder(output), files8);
            foreach (var file in files8)
            {
                Assert.True(File.ReadAllBytes(app.PathOf(output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(app.PathOf("out8", file))), output + "/" + file + " differs from the net8.0 tool's");
            }
        }
    }

    [Fact]
    public void Where_the_native_tool_cannot_run_the_build_says_so_and_runs_the_managed_tool()
    {
        feed.AssertPacked();
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return; // The native tool is packed and chosen on linux-x64 only.
        }

        var app = feed.NewConsumer("NativeFallbackApp")
            .WithProject("net10.0", outputType: "Library")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n");
        var first = app.Build("-p:LeadtypeOutDir=out");
        first.AssertSuccess();
        var native = Path.Combine(feed.PackagesFolder, "leadtype", feed.Version.ToLowerInvariant(), "tools", "linux-x64", "leadtype");
        Assert.True(File.Exists(native), native);
        var mode = File.GetUnixFileMode(native);
        var saved = File.ReadAllBytes(native);
        try
        {
            // Not executable (a package folder restored by another user): the managed tool runs, and the build says why.
            File.SetUnixFileMode(native, mode & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
            app.WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome back.\n");
            var notExecutable = app.Build("-p:LeadtypeOutDir=out");
            notExecutable.AssertSuccess();
            Assert.Single(Printed(notExecutable, "is not executable here; running "));
            Assert.Contains("Welcome back.", File.ReadAllText(app.PathOf("out", "docs/index.md")));

            // Cannot start (exit code 127: the dynamic loader's missing library or glibc version): the same.
            File.WriteAllText(native, "#!/bin/sh\necho 'leadtype: version GLIBC_9.99 not found' >&2\nexit 127\n");
            File.SetUnixFileMode(native, mode);
            app.WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome again.\n");
            var cannotStart = app.Build("-p:LeadtypeOutDir=out");
            cannotStart.AssertSuccess();
            Assert.Single(Printed(cannotStart, "the native tool could not start here (exit code 127); running "));
            Assert.Contains("Welcome again.", File.ReadAllText(app.PathOf("out", "docs/index.md")));

            // A failed run of the tool itself (exit code 1) is a failed build, not a reason to run it twice.
            File.WriteAllText(native, "#!/bin/sh\necho 'error LT0100: broken' >&2\nexit 1\n");
            app.WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome once more.\n");
            var failed = app.Build("-p:LeadtypeOutDir=out");
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Contains("LT0401", failed.Output);
            Assert.Empty(Printed(failed, "instead."));
            Assert.Contains("Welcome again.", File.ReadAllText(app.PathOf("out", "docs/index.md")));
        }
        finally
        {
            File.WriteAllBytes(native, saved);
            File.SetUnixFileMode(native, mode);
        }
    }

    // Lines the build printed that contain the text, leaving out the logged command line (which holds every message it can print).
    private static string[] Printed(DotnetResult build, string text) =>
        build.Output.Split('\n').Where(line => line.Contains(text, StringComparison.Ordinal) && !line.Contains("echo \"", StringComparison.Ordinal)).ToArray();
}
