using System.IO;

namespace Leadtype.Cli.Tests;

/// <summary>
/// <c>generate --skip-diagnostics</c>: what the MSBuild targets pass so a page problem the compiler
/// already reported is not printed again by the build step.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateSkipDiagnosticsTests
{
    private const string BrokenPage = "---\ntitle: Broken\n---\n# Broken\n\n<Callout>\n\nStill converted.\n";

    [Fact]
    public void Without_skipping_a_page_error_is_printed_in_msbuild_format_and_exits_1()
    {
        using var docs = new TempDocs().Write("broken.mdx", BrokenPage).Write("index.mdx", "# Home\n");

        var (exit, _, stderr) = Generate(docs);

        Assert.Equal(1, exit);
        Assert.Matches(@"broken\.mdx\(\d+,\d+\): error LT0010: ", stderr);
        Assert.Contains(Path.Combine(docs.Docs, "broken.mdx"), stderr);
    }

    [Fact]
    public void Skipped_page_errors_are_not_printed_and_a_run_that_wrote_everything_exits_0()
    {
        using var docs = new TempDocs().Write("broken.mdx", BrokenPage).Write("index.mdx", "# Home\n");

        var (exit, _, stderr) = Generate(docs, "--skip-diagnostics", "LT0001,LT0010", "--skip-diagnostics", "LT0030");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("LT0010", stderr);
        Assert.Contains("Still converted.", docs.ReadOutput(Path.Combine("docs", "broken.md")));
    }

    [Fact]
    public void Diagnostics_that_are_not_skipped_are_still_printed_and_still_fail()
    {
        using var docs = new TempDocs().Write("broken.mdx", BrokenPage).Write("index.mdx", "# Home\n");

        var (exit, _, stderr) = Generate(docs, "--skip-diagnostics", "LT0030;LT0031");

        Assert.Equal(1, exit);
        Assert.Matches(@"broken\.mdx\(\d+,\d+\): error LT0010: ", stderr);
    }

    [Fact]
    public void A_run_that_stopped_before_writing_prints_even_skipped_errors_so_the_failure_is_explained()
    {
        using var docs = new TempDocs()
            .Write("index.mdx", "# Home\n")
            .Write("leadtype.json", "{ \"product\": { \"name\": \"X\", \"tagline\": \"Y\" }, \"navigation\": [\"no-such-page\"] }\n");

        var (exit, _, stderr) = Generate(docs, "--skip-diagnostics", "LT0102");

        Assert.Equal(1, exit);
        Assert.Contains("error LT0102:", stderr);
        Assert.False(File.Exists(Path.Combine(docs.Output, "llms.txt")));
    }

    private static (int ExitCode, string Stdout, string Stderr) Generate(TempDocs docs, params string[] extra)
    {
        var args = new System.Collections.Generic.List<string>
        {
            "generate", "--src", docs.Root, "--out", docs.Output, "--cache-dir", Path.Combine(docs.Root, "cache"), "--diagnostics", "msbuild",
        };
        args.AddRange(extra);
        return CliRunner.Run(args.ToArray());
    }
}
