using System.Collections.Generic;
using System.Linq;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// Every file <see cref="SiteArtifacts"/> renders for the Acme fixture, checked against
/// <c>tests/Leadtype.Runtime.Tests/Artifacts/Golden/</c>. <c>LEADTYPE_ACCEPT=1</c> rewrites them.
/// </summary>
public sealed class SiteArtifactsGoldenTests
{
    private const string GoldenRoot = "tests/Leadtype.Runtime.Tests/Artifacts/Golden/";

    public static TheoryData<string> SiteFiles() => FileNames(SiteMode.Site);

    public static TheoryData<string> BundleFiles() => FileNames(SiteMode.Bundle);

    [Fact]
    public void Site_mode_writes_exactly_the_site_artifacts()
    {
        var (files, diagnostics) = SiteArtifacts.Render(AcmeSite.Build(), TemplateSet.Default);

        Assert.Empty(diagnostics);
        Golden.Matches(GoldenRoot + "acme-site/files.txt.expected", string.Join("\n", files.Select(f => f.Path)) + "\n");
    }

    [Fact]
    public void Bundle_mode_writes_agents_md_skill_md_and_the_manifest_but_no_crawler_files()
    {
        var (files, diagnostics) = SiteArtifacts.Render(AcmeSite.Build(SiteMode.Bundle), TemplateSet.Default);
        var paths = files.Select(f => f.Path).ToList();

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "AGENTS.md", "docs/agent-readability.json", "SKILL.md" }, paths);
        Assert.DoesNotContain(paths, p => p.Contains("sitemap") || p.Contains("robots") || p.Contains("llms") || p.StartsWith(".well-known/", System.StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SiteFiles))]
    public void Site_artifact_matches_its_golden_file(string path) =>
        Golden.Matches(GoldenRoot + "acme-site/" + path + ".expected", Render(SiteMode.Site)[path]);

    [Theory]
    [MemberData(nameof(BundleFiles))]
    public void Bundle_artifact_matches_its_golden_file(string path) =>
        Golden.Matches(GoldenRoot + "acme-bundle/" + path + ".expected", Render(SiteMode.Bundle)[path]);

    private static TheoryData<string> FileNames(SiteMode mode)
    {
        var data = new TheoryData<string>();
        foreach (var path in Render(mode).Keys)
        {
            data.Add(path);
        }

        return data;
    }

    private static Dictionary<string, byte[]> Render(SiteMode mode)
    {
        var (files, _) = SiteArtifacts.Render(AcmeSite.Build(mode), TemplateSet.Default);
        // The well-known copies are byte-identical to their originals (asserted elsewhere); one golden file each is enough.
        return files.Where(f => !f.Path.StartsWith(".well-known/llms", System.StringComparison.Ordinal) && f.Path != "mcp.json" && f.Path != ".well-known/mcp.json")
            .ToDictionary(f => f.Path, f => f.Content);
    }
}
