using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

[Collection(DotnetCollection.Name)]
public sealed class MultiTargetTests(PackedFeed feed)
{
    private static readonly string[] Expected =
    {
        "docs/guide.md", "docs/index.md", "docs/llms.txt", "docs/search-content.json", "docs/search-index.json",
        "llms-full.txt", "llms.txt", "robots.txt", "sitemap.md", "sitemap.xml",
    };

    [Fact]
    public void Multi_targeted_library_built_in_parallel_again_and_again_generates_once_into_one_complete_folder()
    {
        feed.AssertPacked();
        var library = feed.NewConsumer("MultiTargetLib")
            .WithProject("net8.0;net10.0", outputType: "Library")
            .WithFile("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome to the library.\n")
            .WithFile("docs/guide.mdx", "---\ntitle: Guide\n---\n\n## Usage\n\nCall the library.\n")
            .WithFile("Links.cs", "namespace MultiTargetLib;\npublic static class Links\n{\n    public static string Guide => Docs.Guide.Url;\n}\n");

        for (var round = 1; round <= 3; round++)
        {
            var build = library.Dotnet("build -m -v:n -nodeReuse:false -p:UseSharedCompilation=false");
            build.AssertSuccess();
            // Once per build, in the outer build; the inner builds find it up to date.
            Assert.Equal(round == 1 ? 1 : 0, CountGenerated(build.Output));

            var files = library.FilesUnder("bin/Debug/leadtype/public");
            foreach (var expected in Expected)
            {
                Assert.Contains(expected, files);
            }

            // No temp file of the atomic writer survives, in the output or next to the target's own files.
            Assert.DoesNotContain(files, f => Regex.IsMatch(Path.GetFileName(f), @"^\..*\.tmp$"));
            Assert.DoesNotContain(library.FilesUnder("obj/Debug/leadtype"), f => f.EndsWith(".tmp", System.StringComparison.Ordinal));
            Assert.True(File.Exists(library.PathOf("bin/Debug/net8.0/MultiTargetLib.dll")));
            Assert.True(File.Exists(library.PathOf("bin/Debug/net10.0/MultiTargetLib.dll")));
            // Generated once, copied next to the assembly by each inner build (for Docs.Search when not embedded).
            Assert.True(File.Exists(library.PathOf("bin/Debug/net8.0/MultiTargetLib.SearchIndex.bin")));
            Assert.True(File.Exists(library.PathOf("bin/Debug/net10.0/MultiTargetLib.SearchIndex.bin")));
        }

        // Both target frameworks see the same docs: a page added shows up in one regeneration.
        library.WithFile("docs/extra.mdx", "---\ntitle: Extra\n---\n\nMore.\n");
        var withPage = library.Dotnet("build -m -v:n -nodeReuse:false -p:UseSharedCompilation=false");
        withPage.AssertSuccess();
        Assert.Equal(1, CountGenerated(withPage.Output));
        Assert.Contains("docs/extra.md", library.FilesUnder("bin/Debug/leadtype/public"));
    }

    private static int CountGenerated(string output) =>
        output.Split('\n').Count(line => line.Contains("Generated docs pipeline output in ", System.StringComparison.Ordinal));
}
