using System.IO;
using System.Linq;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>A fresh project that adds the packed Leadtype package: what `dotnet add package Leadtype` gives.</summary>
[Collection(DotnetCollection.Name)]
public sealed class ConsumerBuildTests(PackedFeed feed)
{
    private const string Skipped = "Skipping target \"LeadtypeGenerate\" because all output files are up-to-date";
    private const string Generated = "Generated docs pipeline output in ";

    [Fact]
    public void Consumer_gets_typed_pages_and_search_writes_public_and_skips_generate_when_nothing_changed()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("TypedDocsApp")
            .WithProject("net10.0", extraProperties: "<LeadtypeBaseUrl>https://typed.example</LeadtypeBaseUrl>")
            .WithFile("docs/index.mdx", "---\ntitle: Home\ndescription: The home page.\n---\n\n# Home\n\nWelcome.\n")
            .WithFile("docs/guides/install.mdx", "---\ntitle: Install\ndescription: Install the frobnicator.\n---\n\n# Install\n\n## Requirements\n\nYou need a frobnicator and a [home](/docs).\n")
            .WithFile("Program.cs", """
                Console.WriteLine("install=" + TypedDocsApp.Docs.Guides.Install.Url);
                Console.WriteLine("absolute=" + TypedDocsApp.Docs.Guides.Install.AbsoluteUrl);
                Console.WriteLine("pages=" + string.Join(",", TypedDocsApp.Docs.Manifest.Pages.Select(p => p.Url)));
                foreach (var hit in TypedDocsApp.Docs.Search("frobnicator"))
                    Console.WriteLine("hit=" + hit.UrlWithHash);
                """);

        var first = app.Build();
        first.AssertSuccess();
        Assert.Equal(1, first.Count(Generated));

        var run = app.Dotnet("run --no-build").AssertSuccess();
        Assert.Contains("install=/docs/guides/install\n", run.Output);
        Assert.Contains("absolute=https://typed.example/docs/guides/install\n", run.Output);
        Assert.Contains("pages=", run.Output);
        Assert.Contains("/docs/guides/install", run.Output.Split('\n').Single(l => l.StartsWith("pages=", System.StringComparison.Ordinal)));
        Assert.Contains("hit=/docs/guides/install#requirements\n", run.Output);

        // Not a web project: a folder that does not depend on the target framework, under bin/.
        var files = app.FilesUnder("bin/Debug/leadtype/public");
        foreach (var expected in new[] { "llms.txt", "llms-full.txt", "robots.txt", "sitemap.xml", "sitemap.md", "docs/index.md", "docs/guides/install.md", "docs/search-index.json", "docs/search-content.json", "docs/llms.txt" })
        {
            Assert.Contains(expected, files);
        }

        Assert.Contains("https://typed.example/docs/guides/install", File.ReadAllText(app.PathOf("bin/Debug/leadtype/public/sitemap.xml")));
        Assert.Contains("[Install](/docs/guides/install.md)", File.ReadAllText(app.PathOf("bin/Debug/leadtype/public/llms.txt")));

        var again = app.Build();
        again.AssertSuccess();
        Assert.Contains(Skipped, again.Output);
        Assert.Equal(0, again.Count(Generated));
    }

    [Fact]
    public void Deleting_a_page_updates_the_manifest_and_public_on_the_next_build()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("DeletePageApp")
            .WithProject("net10.0")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n")
            .WithFile("docs/old.mdx", "---\ntitle: Old\n---\n\nSoon gone.\n")
            .WithFile("Program.cs", "Console.WriteLine(\"pages=\" + string.Join(\",\", DeletePageApp.Docs.Manifest.Pages.Select(p => p.Url)));\n");

        app.Build().AssertSuccess();
        Assert.Contains("pages=/docs,/docs/old\n", app.Dotnet("run --no-build").AssertSuccess().Output.Replace("pages=/docs/old,/docs", "pages=/docs,/docs/old"));
        Assert.Contains("docs/old.md", app.FilesUnder("bin/Debug/leadtype/public"));

        app.Delete("docs/old.mdx");
        var rebuilt = app.Build();
        rebuilt.AssertSuccess();
        Assert.Equal(1, rebuilt.Count(Generated));
        Assert.Contains("pages=/docs\n", app.Dotnet("run --no-build").AssertSuccess().Output);
        var files = app.FilesUnder("bin/Debug/leadtype/public");
        Assert.DoesNotContain("docs/old.md", files);
        Assert.Contains("docs/index.md", files);
        Assert.DoesNotContain("/docs/old", File.ReadAllText(app.PathOf("bin/Debug/leadtype/public/llms.txt")));

        // dotnet clean removes what the target wrote.
        app.Dotnet("clean -nodeReuse:false").AssertSuccess();
        Assert.False(Directory.Exists(app.PathOf("bin/Debug/leadtype/public")), "clean left " + string.Join(", ", app.FilesUnder("bin/Debug/leadtype/public")));
        Assert.False(File.Exists(app.PathOf("obj/Debug/leadtype/generate.stamp")));
    }

    [Fact]
    public void Page_errors_fail_the_build_once_located_in_the_mdx_and_write_nothing()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("BrokenPageApp")
            .WithProject("net10.0")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nSee [the missing page](/docs/missing).\n\n<Callout>\nnever closed\n")
            .WithFile("Program.cs", "Console.WriteLine(BrokenPageApp.Docs.Index.Url);\n");

        var build = app.Build();
        Assert.NotEqual(0, build.ExitCode);
        var page = app.PathOf("docs", "index.mdx");
        // MSBuild's canonical format (clickable in IDEs and CI logs), reported by the compiler...
        Assert.Matches(@"index\.mdx\(\d+,\d+\): error LT0010", build.Output);
        Assert.Matches(@"index\.mdx\(5,\d+\): warning LT0030", build.Output);
        Assert.Contains(page, build.Output);
        // ...and not a second time by the build step, which does not even run when compiling failed.
        Assert.Equal(0, build.Count(Generated));
        Assert.False(Directory.Exists(app.PathOf("bin/Debug/leadtype/public")));
    }

    [Fact]
    public void A_warning_the_compiler_reports_is_not_repeated_by_the_build_step_and_the_class_takes_the_configured_name()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("WarningApp")
            .WithProject("net10.0", extraProperties: "<LeadtypeNamespace>Acme.Help</LeadtypeNamespace><LeadtypeClassName>Manual</LeadtypeClassName>")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\nSee [the missing page](/docs/missing).\n")
            .WithFile("Program.cs", "Console.WriteLine(Acme.Help.Manual.Index.Url);\n");

        var build = app.Build();
        build.AssertSuccess();
        Assert.Equal(1, build.Count(Generated));
        // The compiler's warning line is printed twice by MSBuild (as it happens and in the summary);
        // a build step repeating it would make that three or four.
        var lines = build.Output.Split('\n').Where(l => l.Contains("warning LT0030", System.StringComparison.Ordinal)).ToArray();
        Assert.InRange(lines.Length, 1, 2);
        Assert.All(lines, l => Assert.Contains(app.PathOf("docs", "index.mdx") + "(4,", l));
        Assert.Contains("docs/index.md", app.FilesUnder("bin/Debug/leadtype/public"));
        // LeadtypeNamespace and LeadtypeClassName name the generated class.
        Assert.Contains("/docs\n", app.Dotnet("run --no-build").AssertSuccess().Output);
    }

    [Fact]
    public void Dotnet_watch_watches_the_pages_the_partials_and_the_config()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("WatchedApp")
            .WithProject("net10.0")
            .WithFile("leadtype.json", "{ \"product\": { \"name\": \"Watched\", \"tagline\": \"Docs.\" } }\n")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n")
            .WithFile("docs/shared/note.md", "A shared note.\n")
            .WithFile("Program.cs", "Console.WriteLine(WatchedApp.Docs.Index.Url);\n");

        var list = app.Dotnet("watch --list");
        list.AssertSuccess();
        Assert.Contains(app.PathOf("docs", "index.mdx"), list.Output);
        Assert.Contains(app.PathOf("docs", "shared", "note.md"), list.Output);
        Assert.Contains(app.PathOf("leadtype.json"), list.Output);
    }

    [Fact]
    public void A_problem_only_the_build_step_sees_fails_the_build_located_in_its_file_and_a_fix_regenerates()
    {
        feed.AssertPacked();
        var app = feed.NewConsumer("TemplateApp")
            .WithProject("net10.0", outputType: "Library")
            .WithFile("leadtype.json", "{ \"product\": { \"name\": \"Acme\", \"tagline\": \"Widgets.\" }, \"templates\": { \"llmsTxt\": \"templates/llms.scriban\" } }\n")
            .WithFile("templates/llms.scriban", "# {{ product.name }}\n{{ end }}\n")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n");
        // The template is an input of the build step (documented: <LeadtypeInput Include="templates/**" />).
        File.WriteAllText(app.ProjectFile, File.ReadAllText(app.ProjectFile).Replace("</Project>", "  <ItemGroup><LeadtypeInput Include=\"templates/**\" /></ItemGroup>\n</Project>", System.StringComparison.Ordinal));

        var broken = app.Build();
        Assert.NotEqual(0, broken.ExitCode);
        // The compiler cannot see templates, so the build step reports it, in MSBuild's clickable format.
        Assert.Matches(@"templates/llms\.scriban\(2,\d+\): error LT0108: ", broken.Output.Replace('\\', '/'));
        Assert.InRange(broken.Output.Split('\n').Count(l => l.Contains("error LT0108", System.StringComparison.Ordinal)), 1, 2);
        // One line ends the step, instead of Exec's "exited with code 1" that repeats the command.
        Assert.Contains("error LT0401: leadtype generate failed (exit code 1)", broken.Output);
        Assert.DoesNotContain("MSB3073", broken.Output);
        Assert.False(File.Exists(app.PathOf("bin/Debug/leadtype/public/llms.txt")));

        app.WithFile("templates/llms.scriban", "# {{ product.name }} for agents\n");
        app.Build().AssertSuccess();
        Assert.Equal("# Acme for agents", File.ReadAllText(app.PathOf("bin/Debug/leadtype/public/llms.txt")).TrimEnd('\n'));

        app.WithFile("templates/llms.scriban", "# {{ product.name }} for coding agents\n");
        var edited = app.Build();
        edited.AssertSuccess();
        Assert.Equal(1, edited.Count(Generated));
        Assert.Equal("# Acme for coding agents", File.ReadAllText(app.PathOf("bin/Debug/leadtype/public/llms.txt")).TrimEnd('\n'));
    }
}
