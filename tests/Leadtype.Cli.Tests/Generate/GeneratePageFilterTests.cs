using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Leadtype.Cli.Tests.Generate;

/// <summary><c>--include</c> / <c>--exclude</c>: a run over some of the pages (config-cli §3.3 step 6).</summary>
public sealed class GeneratePageFilterTests
{
    [Fact]
    public void Include_builds_only_the_matching_pages_with_their_includes_and_folder_navigation()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        var run = workspace.Generate("--include", "guides/**");

        // The fixture's curated navigation and llms links name pages this run leaves out: neither an unknown
        // navigation page (LT0102) nor an unmatched curated link (LT0106). Its changelog feed is empty (LT0112).
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain("LT0102", run.Stderr);
        Assert.DoesNotContain("LT0106", run.Stderr);
        Assert.Contains("warning LT0112", run.Stderr);
        var mirrors = Directory.EnumerateFiles(Path.Combine(workspace.Output, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(workspace.Output, path).Replace('\\', '/'))
            .Where(path => path != "docs/sitemap.md")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(new[] { "docs/guides/deploy.md", "docs/guides/index.md" }, mirrors);
        // The page's include lies outside the filter and is still expanded.
        Assert.Contains("ACME_ENV", workspace.ReadOutput("docs/guides/deploy.md"));
        var llms = workspace.ReadOutput("llms.txt");
        Assert.Contains("/docs/guides/deploy.md", llms);
        Assert.DoesNotContain("/docs/quickstart.md", llms);
        Assert.DoesNotContain("Welcome", workspace.ReadOutput("llms-full.txt"));
    }

    [Fact]
    public void Exclude_leaves_out_matching_pages_and_a_later_full_run_brings_them_back()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        Assert.Equal(0, workspace.Generate().ExitCode);
        Assert.True(workspace.OutputExists("docs/changelog/v1.md"));

        var filtered = workspace.Generate("--exclude", "changelog/**", "--exclude", "./quickstart.mdx", "--json");

        Assert.True(filtered.ExitCode == 0, filtered.Stderr);
        Assert.False(workspace.OutputExists("docs/changelog/v1.md"));
        Assert.False(workspace.OutputExists("docs/quickstart.md"));
        Assert.True(workspace.OutputExists("docs/guides/deploy.md"));
        Assert.Equal(3, JsonDocument.Parse(filtered.Stdout).RootElement.GetProperty("pages").GetInt32());

        // The filters are part of what makes a run "unchanged": the same filtered run is, the full run is not.
        var again = workspace.Generate("--exclude", "changelog/**", "--exclude", "./quickstart.mdx");
        Assert.Contains("Up to date", again.Stdout + again.Stderr);
        var full = workspace.Generate();
        Assert.True(full.ExitCode == 0, full.Stderr);
        Assert.True(workspace.OutputExists("docs/changelog/v1.md"));
        Assert.True(workspace.OutputExists("docs/quickstart.md"));
    }

    [Fact]
    public void A_filter_that_matches_no_page_fails_naming_it_and_keeps_the_previous_output()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        Assert.Equal(0, workspace.Generate().ExitCode);
        var before = workspace.Snapshot();

        // A bare folder name is a glob for a file of that name, as in the original: nothing matches.
        var run = workspace.Generate("--include", "guides");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error LT0117", run.Stderr);
        Assert.Contains("--include \"guides\"", run.Stderr);
        Assert.Contains("\"guides/**\" takes a whole folder", run.Stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Theory]
    [InlineData("--include", "guides/{a,b}.mdx", "'{' is not supported")]
    [InlineData("--exclude", "guides/?.mdx", "'?' is not supported")]
    [InlineData("--include", " ", "--include needs a glob")]
    public void An_unsupported_glob_is_a_usage_error(string flag, string glob, string message)
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        var run = workspace.Generate(flag, glob);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.False(Directory.Exists(workspace.Output));
    }
}
