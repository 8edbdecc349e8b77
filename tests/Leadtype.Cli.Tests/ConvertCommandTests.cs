using System.IO;
using System.Linq;
using System.Text.Json;

namespace Leadtype.Cli.Tests;

[Collection(nameof(ConsoleCollection))]
public sealed class ConvertCommandTests
{
    [Fact]
    public void Clean_docs_convert_to_mirrored_markdown_and_exit_0()
    {
        using var docs = new TempDocs()
            .Write("index.mdx", "---\ntitle: Home\n---\n# Home\n\nSee [setup](./guides/setup.mdx).\n")
            .Write("guides/setup.mdx", "# Setup\n\nSteps.\n")
            .Write(".hidden/skip.mdx", "# Hidden\n")
            .Write("notes.md", "# Not MDX\n");

        var (exit, stdout, stderr) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal("---\ntitle: Home\n---\n# Home\n\nSee [setup](./guides/setup.md).\n", docs.ReadOutput("index.md"));
        Assert.Equal("---\ntitle: Setup\ndescription: Steps.\n---\n# Setup\n\nSteps.\n", docs.ReadOutput(Path.Combine("guides", "setup.md")));
        Assert.False(Directory.Exists(Path.Combine(docs.Output, ".hidden")));
        Assert.False(File.Exists(Path.Combine(docs.Output, "notes.md")));
        Assert.Matches(@"^Converted 2 pages to .+ in \d+ ms: 0 errors, 0 warnings\.\n$", stderr);
    }

    [Fact]
    public void Errors_are_printed_located_on_stderr_every_file_is_written_and_the_exit_code_is_1()
    {
        using var docs = new TempDocs()
            .Write("broken.mdx", "---\ntitle: Broken\n---\n# Broken\n\n<Callout>\n\nStill converted.\n")
            .Write("fine.mdx", "# Fine\n");

        var (exit, _, stderr) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output);

        Assert.Equal(1, exit);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Equal(Path.Combine(docs.Docs, "broken.mdx") + ":6:1: error LT0010: Expected a closing tag for `<Callout>` before the end of the page; it was closed there", lines[0]);
        Assert.Matches(@"^Converted 2 pages to .+: 1 error, 0 warnings\.$", lines[^1]);
        Assert.Contains("Still converted.", docs.ReadOutput("broken.md"));
        Assert.Equal("---\ntitle: Fine\n---\n# Fine\n", docs.ReadOutput("fine.md"));
    }

    [Fact]
    public void Msbuild_format_prints_path_line_and_column_in_parentheses()
    {
        using var docs = new TempDocs().Write("page.mdx", "Text {oops\n");

        var (exit, _, stderr) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output, "--diagnostics", "msbuild");

        Assert.Equal(1, exit);
        Assert.StartsWith(Path.Combine(docs.Docs, "page.mdx") + "(1,6): error LT0011: ", stderr);
    }

    [Fact]
    public void Json_summary_goes_to_stdout()
    {
        using var docs = new TempDocs()
            .Write("a.mdx", "# A\n\n<include src=\"./missing.mdx\" />\n")
            .Write("b.mdx", "# B\n");

        var (exit, stdout, _) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output, "--json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("pages").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("filesWithErrors").GetInt32());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(new[] { "a.mdx", "b.mdx" }, files.Select(f => f.GetProperty("source").GetString()));
        Assert.Equal("a.md", files[0].GetProperty("output").GetString());
        var diagnostic = Assert.Single(files[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("LT0020", "error", 3, 1), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Include_cycle_on_disk_is_reported_and_fails_the_run()
    {
        using var docs = new TempDocs()
            .Write("page.mdx", "# Page\n\n<include src=\"./shared/a.mdx\" />\n")
            .Write("shared/a.mdx", "A.\n\n<include src=\"./b.mdx\" />\n")
            .Write("shared/b.mdx", "B.\n\n<include src=\"../page.mdx\" />\n");

        var (exit, _, stderr) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output);

        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(docs.Docs, "shared", "b.mdx") + ":3:1: error LT0021: Include cycle: page.mdx → shared/a.mdx → shared/b.mdx → page.mdx", stderr);
    }

    [Fact]
    public void Invalid_utf8_is_a_located_warning_and_decodes_to_replacement_characters()
    {
        using var docs = new TempDocs().WriteBytes("bad.mdx", new byte[] { (byte)'#', (byte)' ', (byte)'T', (byte)'\n', (byte)'\n', (byte)'a', (byte)'b', 0xFF, (byte)'c', (byte)'\n' });

        var (exit, _, stderr) = CliRunner.Run("convert", "--src", docs.Docs, "--out", docs.Output);

        Assert.Equal(0, exit);
        Assert.StartsWith(Path.Combine(docs.Docs, "bad.mdx") + ":3:3: warning LT0004: File is not valid UTF-8 (first invalid byte at offset 7)", stderr);
        Assert.Contains("ab\uFFFDc", docs.ReadOutput("bad.md"));
    }

    [Theory]
    [InlineData("convert", "--no-such-option")]
    [InlineData("convert", "--diagnostics", "xml")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("leadtype: ", stderr);
    }

    [Fact]
    public void Missing_docs_folder_is_a_usage_error()
    {
        using var docs = new TempDocs();

        var (exit, _, stderr) = CliRunner.Run("convert", "--src", Path.Combine(docs.Root, "nope"), "--out", docs.Output);

        Assert.Equal(2, exit);
        Assert.Contains("does not exist", stderr);
    }
}

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection
{
}
