using System.IO;
using System.Linq;
using System.Text.Json;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// The original's spellings that scripts written for it use: <c>--format text|json</c>, <c>-v</c>/<c>--verbose</c>,
/// and the deprecated <c>--mcp</c> (bundle only) and <c>--enrich-git</c> (a no-op), each deprecation warned.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateCompatibilityFlagsTests
{
    private static GenerateWorkspace Site() => GenerateWorkspace.WithDocs(
        ("index.mdx", "---\ntitle: Home\ndescription: Start here.\n---\n# Home\n\nWelcome.\n"),
        ("guide.mdx", "---\ntitle: Guide\n---\n# Guide\n\nSteps.\n"));

    [Fact]
    public void Format_json_prints_the_same_summary_as_json()
    {
        using var first = Site();
        using var second = Site();

        var (exit, stdout, _) = first.Generate("--format", "json");
        var (_, jsonStdout, _) = second.Generate("--json");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout);
        using var expected = JsonDocument.Parse(jsonStdout);
        Assert.Equal(
            expected.RootElement.EnumerateObject().Select(p => p.Name),
            document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Format_text_prints_nothing_on_standard_output()
    {
        using var workspace = Site();

        var (exit, stdout, stderr) = workspace.Generate("--format", "text");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("Generated docs pipeline output", stderr);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var workspace = Site();

        var (exit, _, stderr) = workspace.Generate("--format", "yaml");

        Assert.Equal(2, exit);
        Assert.Contains("yaml", stderr);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void Verbose_prints_each_stage_time_after_the_summary()
    {
        using var workspace = Site();

        var (exit, _, stderr) = workspace.Generate("-v");

        Assert.Equal(0, exit);
        Assert.Matches(@"Generated docs pipeline output[^\n]*\nstages: [a-z ]+ \d+ ms(, [a-z ]+ \d+ ms)*", stderr.Replace("\r\n", "\n"));
        Assert.Contains("convert ", stderr);
    }

    [Fact]
    public void Mcp_without_bundle_is_a_usage_error()
    {
        using var workspace = Site();

        var (exit, _, stderr) = workspace.Generate("--mcp");

        Assert.Equal(2, exit);
        Assert.Contains("--mcp requires --bundle (MCP artifacts ship in the bundle)", stderr);
        Assert.False(Directory.Exists(workspace.Output));
    }

    [Fact]
    public void Mcp_with_bundle_warns_and_adds_what_an_mcp_server_reads()
    {
        using var plain = Site();
        using var withMcp = Site();

        Assert.Equal(0, plain.Generate("--bundle").ExitCode);
        var (exit, _, stderr) = withMcp.Generate("--bundle", "--mcp");

        Assert.Equal(0, exit);
        Assert.Contains("warning: --mcp is deprecated; set agents.mcp.enabled to true in leadtype.json instead.", stderr);
        Assert.False(plain.OutputExists("docs/search-index.json"));
        Assert.True(withMcp.OutputExists("docs/search-index.json"));
        Assert.True(withMcp.OutputExists("docs/search-content.json"));
        Assert.True(withMcp.OutputExists("docs/agent-readability.json"));
    }

    [Fact]
    public void Mcp_is_part_of_what_makes_a_run_up_to_date()
    {
        using var workspace = Site();
        Assert.Equal(0, workspace.Generate("--bundle").ExitCode);

        var (_, _, stderr) = workspace.Generate("--bundle", "--mcp");

        Assert.DoesNotContain("Up to date", stderr);
        Assert.True(workspace.OutputExists("docs/search-index.json"));
    }

    [Fact]
    public void Enrich_git_is_a_warned_no_op()
    {
        using var plain = Site();
        using var enriched = Site();
        Assert.Equal(0, plain.Generate().ExitCode);

        var (exit, _, stderr) = enriched.Generate("--enrich-git");

        Assert.Equal(0, exit);
        Assert.Contains("warning: --enrich-git is deprecated and does nothing", stderr);
        Assert.Equal(plain.ReadOutput("llms.txt"), enriched.ReadOutput("llms.txt"));
    }
}
