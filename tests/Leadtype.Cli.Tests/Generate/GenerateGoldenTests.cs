using System;
using System.Linq;
using System.Text;
using Leadtype.Tests.Shared;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// End-to-end golden files: <c>leadtype generate</c> on the fixture project
/// <c>tests/fixtures/generate/site</c> (curated navigation, a mounted optional changelog with a
/// feed, llms sections, an include, a custom component), every output file compared byte for byte
/// with <c>tests/Leadtype.Cli.Tests/Golden/generate-*/</c>. <c>LEADTYPE_ACCEPT=1</c> rewrites them;
/// a mismatch fails with a line diff. (The artifacts' renderer-level goldens live in
/// Leadtype.Runtime.Tests; these check what the command writes to disk.)
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateGoldenTests
{
    private const string GoldenRoot = "tests/Leadtype.Cli.Tests/Golden/";

    [Fact]
    public void Site_mode_writes_every_artifact_exactly_as_the_golden_files()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        var (exit, stdout, stderr) = workspace.Generate();

        Assert.True(exit == 0, stderr);
        Assert.Equal(string.Empty, stdout);
        AssertMatchesGolden(workspace, "generate-site");
    }

    [Fact]
    public void Bundle_mode_writes_agents_md_skill_md_and_mirrors_exactly_as_the_golden_files()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        var (exit, stdout, stderr) = workspace.Generate("--bundle");

        Assert.True(exit == 0, stderr);
        Assert.Contains("read the bundled docs", stdout);
        AssertMatchesGolden(workspace, "generate-bundle");
    }

    [Fact]
    public void Site_mode_lists_the_files_it_wrote_and_nothing_else()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        workspace.Generate();

        var files = workspace.Snapshot().Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                ".well-known/agent-card.json", ".well-known/agent-skills/acme-docs/SKILL.md", ".well-known/agent-skills/index.json", ".well-known/api-catalog",
                ".well-known/llms-full.txt", ".well-known/llms.txt", "changelog/atom.xml", "changelog/rss.xml", "changelog/v1.md", "changelog/v2.md",
                "docs/agent-readability.json", "docs/changelog/v1.md", "docs/changelog/v2.md", "docs/guides/deploy.md", "docs/guides/index.md", "docs/index.md",
                "docs/llms.txt", "docs/quickstart.md", "docs/search-content.json", "docs/search-index.json", "llms-full.txt", "llms.txt", "robots.txt",
                "sitemap.md", "sitemap.xml",
            },
            files);
    }

    [Fact]
    public void Bundle_mode_writes_no_url_anchored_site_files()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");

        workspace.Generate("--bundle");

        var files = workspace.Snapshot().Keys.Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "AGENTS.md", "SKILL.md", "docs/changelog/v1.md", "docs/changelog/v2.md", "docs/guides/deploy.md", "docs/guides/index.md", "docs/index.md", "docs/quickstart.md" },
            files);
    }

    private static void AssertMatchesGolden(GenerateWorkspace workspace, string name)
    {
        var snapshot = workspace.Snapshot();
        Golden.Matches(GoldenRoot + name + "/files.txt.expected", string.Join("\n", snapshot.Keys.Order(StringComparer.Ordinal)) + "\n");
        foreach (var (path, (bytes, _)) in snapshot.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Golden.Matches(GoldenRoot + name + "/" + path + ".expected", bytes);
        }
    }
}
