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
        var net10 = app.Build("-p:LeadtypeOutDir=out10");
        net10.AssertSuccess();
        // On linux-x64 the precompiled (ReadyToRun) copy runs; the portable one everywhere else.
        var linux = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";
        var net10Tool = linux ? "tools/net10.0-linux-x64/leadtype.dll" : "tools/net10.0/leadtype.dll";
        Assert.Contains(net10Tool, net10.Output.Replace('\\', '/'));
        var portable = System.Text.RegularExpressions.Regex.Match(net10.Output.Replace('\\', '/'), @"[^\s""']*" + System.Text.RegularExpressions.Regex.Escape(net10Tool)).Value.Replace(net10Tool, "tools/net10.0/leadtype.dll");
        Assert.True(File.Exists(portable), portable);
        var portableRun = app.Build("-p:LeadtypeOutDir=out10p \"-p:LeadtypeToolPath=" + portable + "\"");
        portableRun.AssertSuccess();

        var files8 = app.FilesUnder("out8");
        Assert.Equal(app.FilesUnder("out10"), files8);
        Assert.Equal(app.FilesUnder("out10p"), files8);
        Assert.Contains("docs/more.md", files8);
        foreach (var file in files8)
        {
            Assert.Equal(File.ReadAllText(app.PathOf("out10", file)), File.ReadAllText(app.PathOf("out8", file)));
            Assert.Equal(File.ReadAllText(app.PathOf("out10p", file)), File.ReadAllText(app.PathOf("out8", file)));
        }
    }
}
