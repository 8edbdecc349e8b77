using System;
using System.IO;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>
/// A site whose search index is too large to embed (here: a limit of 100 bytes): the generator leaves it
/// out of the source, the build copies <c>&lt;AssemblyName&gt;.SearchIndex.bin</c> next to the assembly, and
/// <c>Docs.Search</c> answers the same, after build and after publish (framework-dependent, and trimmed
/// self-contained), for the app and for a library it references that has docs of its own.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class SearchIndexFileTests(PackedFeed feed)
{
    private const string Expected = "app=/docs/guides/install#requirements\nlibrary=/docs#okapis\n";

    [Fact]
    public void Docs_search_loads_the_index_file_the_build_copies_next_to_the_app_and_publish_ships_it()
    {
        feed.AssertPacked();
        const string tinyLimit = "<LeadtypeMaxEmbeddedIndexBytes>100</LeadtypeMaxEmbeddedIndexBytes>";
        var library = feed.NewConsumer("LargeIndexLib")
            .WithProject("net10.0", outputType: "Library", extraProperties: tinyLimit)
            .WithFile("docs/index.mdx", "---\ntitle: Library\n---\n\n## Okapis\n\nThe okapi lives in the library's docs only.\n")
            .WithFile("Lookup.cs", "namespace LargeIndexLib;\npublic static class Lookup\n{\n    public static string First(string query) => Docs.Search(query)[0].UrlWithHash;\n}\n");
        var app = feed.NewConsumer("LargeIndexApp")
            .WithProject("net10.0", extraProperties: tinyLimit)
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\n# Home\n\nWelcome.\n")
            .WithFile("docs/guides/install.mdx", "---\ntitle: Install\n---\n\n# Install\n\n## Requirements\n\nYou need a frobnicator.\n")
            .WithFile("Program.cs", """
                foreach (var hit in LargeIndexApp.Docs.Search("frobnicator"))
                    Console.WriteLine("app=" + hit.UrlWithHash);
                Console.WriteLine("library=" + LargeIndexLib.Lookup.First("okapi"));
                """);
        File.WriteAllText(app.ProjectFile, File.ReadAllText(app.ProjectFile).Replace(
            "</Project>", "  <ItemGroup><ProjectReference Include=\"" + library.ProjectFile + "\" /></ItemGroup>\n</Project>", StringComparison.Ordinal));

        app.Build().AssertSuccess();

        // One file per assembly: the app's and the referenced library's never overwrite each other.
        Assert.True(File.Exists(app.PathOf("obj/Debug/leadtype/Leadtype.SearchIndex.bin")));
        Assert.True(File.Exists(app.PathOf("bin/Debug/net10.0/LargeIndexApp.SearchIndex.bin")));
        Assert.True(File.Exists(app.PathOf("bin/Debug/net10.0/LargeIndexLib.SearchIndex.bin")));
        Assert.Equal(Expected, app.Dotnet("run --no-build").AssertSuccess().Output);

        // The index really comes from the file (it is not embedded): without it the search says where it looked.
        File.Delete(app.PathOf("bin/Debug/net10.0/LargeIndexApp.SearchIndex.bin"));
        var missing = app.Dotnet("run --no-build");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("The docs search index is not embedded in LargeIndexApp", missing.Output, StringComparison.Ordinal);
        Assert.Contains(app.PathOf("bin/Debug/net10.0/LargeIndexApp.SearchIndex.bin"), missing.Output, StringComparison.Ordinal);

        // A build with no docs change copies it back without running the tool.
        var again = app.Build();
        again.AssertSuccess();
        Assert.Contains("Skipping target \"LeadtypeGenerate\" because all output files are up-to-date", again.Output, StringComparison.Ordinal);
        Assert.Equal(Expected, app.Dotnet("run --no-build").AssertSuccess().Output);

        // A deleted intermediate copy reruns the tool, which writes it again.
        File.Delete(app.PathOf("obj/Debug/leadtype/Leadtype.SearchIndex.bin"));
        var regenerated = app.Build();
        regenerated.AssertSuccess();
        Assert.Contains("Generated docs pipeline output in ", regenerated.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(app.PathOf("obj/Debug/leadtype/Leadtype.SearchIndex.bin")));

        // Publish ships both files beside the app, which finds them there. From the build just made (it
        // never runs the tool)...
        app.Dotnet("publish --no-build -c Debug -nodeReuse:false -o pub-debug").AssertSuccess();
        Assert.Contains("LargeIndexApp.SearchIndex.bin", app.FilesUnder("pub-debug"));
        Assert.Contains("LargeIndexLib.SearchIndex.bin", app.FilesUnder("pub-debug"));
        var published = DotnetRun.Run(app.PathOf("pub-debug"), "LargeIndexApp.dll", feed.Environment);
        published.AssertSuccess();
        Assert.Equal(Expected, published.Output);

        // ...and a publish that builds (Release, so it generates into obj/Release), trimmed and
        // self-contained: loading the file is trimming-safe (no IL warnings) and works in the trimmed app.
        var trimmed = app.Dotnet("publish -c Release -r linux-x64 --self-contained -p:PublishTrimmed=true -nodeReuse:false -p:UseSharedCompilation=false -o pub");
        trimmed.AssertSuccess();
        Assert.DoesNotMatch(@"warning IL\d{4}", trimmed.Output);
        Assert.True(File.Exists(app.PathOf("obj/Release/leadtype/Leadtype.SearchIndex.bin")));
        Assert.Contains("LargeIndexApp.SearchIndex.bin", app.FilesUnder("pub"));
        Assert.Contains("LargeIndexLib.SearchIndex.bin", app.FilesUnder("pub"));
        var started = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(app.PathOf("pub", "LargeIndexApp")) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = started.StandardOutput.ReadToEnd();
        Assert.True(started.WaitForExit(30_000));
        Assert.Equal(0, started.ExitCode);
        Assert.Equal(Expected, output);

        // dotnet clean removes the copy next to the assembly and the one under obj/.
        app.Dotnet("clean -nodeReuse:false").AssertSuccess();
        Assert.False(File.Exists(app.PathOf("bin/Debug/net10.0/LargeIndexApp.SearchIndex.bin")));
        Assert.False(File.Exists(app.PathOf("obj/Debug/leadtype/Leadtype.SearchIndex.bin")));
    }
}
