using System.IO;
using Leadtype.Search;

namespace Leadtype.Cli.Tests;

/// <summary>
/// <c>generate --search-binary FILE</c>: what the MSBuild targets pass so the app can load the index the
/// source generator left out of the source.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateSearchBinaryTests
{
    [Fact]
    public void The_option_writes_the_binary_index_beside_the_json_files_of_the_same_run()
    {
        using var docs = new TempDocs()
            .Write("index.mdx", "---\ntitle: Home\n---\n# Home\n\nWelcome.\n")
            .Write("guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\n## Requirements\n\nYou need a frobnicator.\n");
        var binary = Path.Combine(docs.Root, "obj", "Leadtype.SearchIndex.bin");

        var (exit, _, stderr) = CliRunner.Run("generate", "--src", docs.Root, "--out", docs.Output, "--cache-dir", Path.Combine(docs.Root, "cache"), "--search-binary", binary);

        Assert.True(exit == 0, stderr);
        var hit = Assert.Single(DocsSearch.FromBinary(File.ReadAllBytes(binary)).Search("frobnicator"));
        Assert.Equal("/docs/guides/install#requirements", hit.UrlWithHash);
        Assert.Equal(DocsSearch.FromDirectory(Path.Combine(docs.Output, "docs")).GeneratedAt, DocsSearch.FromBinary(File.ReadAllBytes(binary)).GeneratedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_path_is_a_usage_error(string path)
    {
        using var docs = new TempDocs().Write("index.mdx", "# Home\n");

        var (exit, _, stderr) = CliRunner.Run("generate", "--src", docs.Root, "--out", docs.Output, "--search-binary", path);

        Assert.Equal(2, exit);
        Assert.Contains("--search-binary needs a file path.", stderr);
        Assert.False(Directory.Exists(docs.Output));
    }

    [Fact]
    public void The_option_is_in_the_help()
    {
        var (exit, stdout, _) = CliRunner.Run("generate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--search-binary <FILE>", stdout);
    }
}
