using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>The real leadtype docs (50 pages, its own leadtype.json) through every renderer.</summary>
public sealed class LeadtypeCorpusArtifactTests
{
    private static readonly Regex MarkdownLink = new(@"\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant);

    private static readonly Lazy<(DocsSite Site, IReadOnlyList<ArtifactFile> Files, IReadOnlyList<Leadtype.Diagnostics.DocsDiagnostic> Diagnostics)> SiteRun = new(() =>
    {
        var (site, _) = LeadtypeCorpusSite.Build(SiteMode.Site);
        var (files, diagnostics) = SiteArtifacts.Render(site, TemplateSet.Default);
        return (site, files, diagnostics);
    });

    [Fact]
    public void The_corpus_renders_without_errors()
    {
        var (site, files, diagnostics) = SiteRun.Value;

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.True(site.Pages.Count >= 45, "pages: " + site.Pages.Count);
        Assert.Contains(files, f => f.Path == "docs/llms.txt");
    }

    [Fact]
    public void Every_md_link_in_llms_txt_and_docs_llms_txt_resolves_to_a_written_file()
    {
        var (site, files, _) = SiteRun.Value;
        var written = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        written.UnionWith(MirrorLayout.WrittenMarkdownPaths(site));

        var links = files.Where(f => f.Path is "llms.txt" or "docs/llms.txt")
            .SelectMany(f => MarkdownLink.Matches(f.ContentAsText()).Select(m => m.Groups["url"].Value))
            .Where(url => url.StartsWith("/", StringComparison.Ordinal))
            .ToList();

        Assert.True(links.Count >= site.Pages.Count, "links: " + links.Count);
        Assert.All(links, url => Assert.Contains(url.TrimStart('/'), written));
    }

    [Fact]
    public void Sitemap_xml_is_well_formed_with_one_absolute_loc_per_page()
    {
        var (site, files, _) = SiteRun.Value;
        var document = new XmlDocument();
        document.LoadXml(files.Single(f => f.Path == "sitemap.xml").ContentAsText());

        var locs = document.GetElementsByTagName("loc").Cast<XmlNode>().Select(n => n.InnerText).ToList();

        Assert.Equal(site.Pages.Count, locs.Count);
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(locs, loc => Assert.StartsWith("https://leadtype.dev/", loc, StringComparison.Ordinal));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        var robots = SiteRun.Value.Files.Single(f => f.Path == "robots.txt").ContentAsText();

        Assert.Contains("\nSitemap: https://leadtype.dev/sitemap.xml\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changelog_feeds_parse_back_with_a_syndication_reader()
    {
        var feeds = SiteRun.Value.Files.Where(f => f.Path.StartsWith("changelog/", StringComparison.Ordinal) && f.Path.EndsWith(".xml", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, feeds.Count);
        foreach (var file in feeds)
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Content));
            var feed = SyndicationFeed.Load(reader);
            Assert.NotEmpty(feed.Items);
            Assert.All(feed.Items, item => Assert.StartsWith("https://leadtype.dev/changelog/", item.Id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Bundle_agents_md_links_resolve_relative_to_the_bundle_root()
    {
        var (site, _) = LeadtypeCorpusSite.Build(SiteMode.Bundle);
        var (files, diagnostics) = SiteArtifacts.Render(site, TemplateSet.Default);
        var mirrors = new HashSet<string>(site.Pages.Select(p => p.MirrorPath), StringComparer.Ordinal);

        var agentsMd = files.Single(f => f.Path == "AGENTS.md").ContentAsText();
        var links = MarkdownLink.Matches(agentsMd).Select(m => m.Groups["url"].Value).Where(u => u.StartsWith("./", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.Equal(site.Pages.Count, links.Distinct().Count());
        Assert.All(links, url => Assert.Contains(url.Substring(2), mirrors));
        Assert.DoesNotContain(files, f => f.Path is "sitemap.xml" or "robots.txt" or "sitemap.md" or ".well-known/api-catalog");
    }
}
