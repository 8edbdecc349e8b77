using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Leadtype.Artifacts;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

public sealed class LinkListLayoutTests
{
    private static readonly Regex MarkdownLink = new(@"\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant);

    private static readonly SitePageInput[] NestedPages =
    {
        new("index.mdx", "Home", "Start here.", "# Home\n"),
        new("guides/index.mdx", "Guides", "All guides.", "# Guides\n"),
        new("guides/install.mdx", "Install", null, "# Install\n"),
        new("guides/advanced/index.mdx", "Advanced", null, "# Advanced\n"),
        new("guides/advanced/tuning.mdx", "Tuning", "Make it fast.", "# Tuning\n"),
        new("reference/cli.mdx", null, null, "# CLI reference\n\nEvery command.\n", EquatableArray.Create(new SiteHeading(1, "CLI reference", "cli-reference"))),
    };

    [Theory]
    [InlineData("acme")]
    [InlineData("no-config")]
    public void Every_md_link_in_llms_txt_and_docs_llms_txt_names_a_file_the_run_writes(string fixture)
    {
        var site = fixture == "acme" ? AcmeSite.Build() : AcmeSite.Build(config: new DocsConfig(), pages: NestedPages);
        var (files, _) = SiteArtifacts.Render(site, TemplateSet.Default);
        var written = new HashSet<string>(files.Select(f => f.Path), StringComparer.Ordinal);
        written.UnionWith(MirrorLayout.WrittenMarkdownPaths(site));

        var links = files.Where(f => f.Path is "llms.txt" or "docs/llms.txt")
            .SelectMany(f => MarkdownLink.Matches(f.ContentAsText()).Select(m => m.Groups["url"].Value))
            .Where(url => url.EndsWith(".md", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(links);
        Assert.All(links, url => Assert.Contains(url.TrimStart('/'), written));
    }

    [Fact]
    public void Without_config_llms_txt_docs_llms_txt_and_sitemap_md_list_every_page()
    {
        var site = AcmeSite.Build(config: new DocsConfig(), pages: NestedPages);
        var templates = TemplateSet.Default;

        var llms = LlmsTxtRenderer.Render(site, templates[TextArtifact.LlmsTxt]);
        var docsLlms = DocsLlmsTxtRenderer.Render(site, templates[TextArtifact.DocsLlmsTxt]);
        var sitemap = SitemapMdRenderer.Render(site, templates[TextArtifact.SitemapMd]);

        foreach (var page in site.Pages)
        {
            Assert.Contains("](" + page.MarkdownUrlPath + ")", llms, StringComparison.Ordinal);
            Assert.Contains("](" + page.MarkdownUrlPath + ")", docsLlms, StringComparison.Ordinal);
            Assert.Contains("](" + page.UrlPath + ")", sitemap, StringComparison.Ordinal);
        }

        Assert.StartsWith("# Docs\n\n> Generated documentation.\n\n## ", llms, StringComparison.Ordinal);
        // Folder navigation: the index page titles its folder's section; nested folders are deeper headings.
        Assert.Contains("\n## Guides\n\nAll guides.\n\n- [Guides](/docs/guides/index.md): All guides.\n- [Install](/docs/guides/install.md): Reference page for install.\n\n### Advanced\n", docsLlms, StringComparison.Ordinal);
        // A page without a frontmatter title is titled by its first heading everywhere.
        Assert.Contains("[CLI reference](/docs/reference/cli.md)", docsLlms, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_links_resolve_to_pages_keep_outside_urls_and_drop_dead_docs_links()
    {
        var config = TestConfig.Read("""
            {
              "product": { "name": "Acme", "tagline": "Acme." },
              "navigation": ["index"],
              "llms": { "sections": [ { "type": "links", "heading": "Start", "links": [
                { "urlPath": "/docs/guides/install", "description": "Custom   words." },
                { "urlPath": "/docs/missing" },
                { "urlPath": "https://status.acme.example", "title": "Status" },
                { "urlPath": "/pricing" }
              ] } ] }
            }
            """);
        var site = AcmeSite.Build(config: config, pages: NestedPages);

        var llms = LlmsTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.LlmsTxt]);

        Golden.TextEqual(
            "# Acme\n\n> Acme.\n\n## Start\n\n"
            + "- [Install](/docs/guides/install.md): Custom words.\n"
            + "- [Status](https://status.acme.example): Entry point for Status documentation.\n"
            + "- [Pricing](/pricing): Entry point for Pricing documentation.",
            llms);
    }

    [Fact]
    public void Legacy_groups_aggregate_descendants_in_docs_llms_txt_but_nest_in_sitemap_md()
    {
        var config = TestConfig.Read("""
            {
              "product": { "name": "Acme", "tagline": "Acme." },
              "groups": [
                { "slug": "build", "title": "Build", "children": [ { "slug": "deploy", "title": "Deploy" } ] },
                { "slug": "empty", "title": "Empty" }
              ]
            }
            """);
        var pages = new[]
        {
            new SitePageInput("a.mdx", "Alpha", "First.", "# Alpha\n", Groups: new[] { "build" }.ToEquatableArray(), Order: 2),
            new SitePageInput("b.mdx", "Beta", "Second.", "# Beta\n", Groups: new[] { "deploy" }.ToEquatableArray(), Order: 1),
            new SitePageInput("c.mdx", "Gamma", "Loose.", "# Gamma\n"),
        };
        var site = AcmeSite.Build(config: config, pages: pages);

        var docsLlms = DocsLlmsTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.DocsLlmsTxt]);
        var sitemap = SitemapMdRenderer.Render(site, TemplateSet.Default[TextArtifact.SitemapMd]);

        Assert.EndsWith(
            "## Build\n\n- [Alpha](/docs/a.md): First.\n- [Beta](/docs/b.md): Second.\n\n## Other\n\n- [Gamma](/docs/c.md): Loose.",
            docsLlms,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Empty", docsLlms, StringComparison.Ordinal);
        Golden.TextEqual(
            "# Sitemap\n\nStructured documentation sitemap for Acme.\n\n"
            + "## Build\n\n- [Alpha](/docs/a): First.\n\n### Deploy\n\n- [Beta](/docs/b): Second.\n\n## Empty\n\n"
            + "## Other\n\n- [Gamma](/docs/c): Loose.\n",
            sitemap);
    }

    [Fact]
    public void An_optional_child_node_moves_to_the_optional_section_of_docs_llms_txt_only()
    {
        var config = TestConfig.Read("""
            {
              "product": { "name": "Acme", "tagline": "Acme." },
              "navigation": [
                { "title": "Guides", "base": "guides", "pages": ["install"], "children": [
                  { "title": "Legacy", "base": "advanced", "optional": true, "pages": ["tuning"] }
                ] }
              ]
            }
            """);
        var site = AcmeSite.Build(config: config, pages: NestedPages);

        var docsLlms = DocsLlmsTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.DocsLlmsTxt]);
        var sitemap = SitemapMdRenderer.Render(site, TemplateSet.Default[TextArtifact.SitemapMd]);

        Assert.DoesNotContain("### Legacy", docsLlms, StringComparison.Ordinal);
        Assert.EndsWith("## Optional\n\nLower-priority pages — safe to skip for a shorter context.\n\n- [Tuning](/docs/guides/advanced/tuning.md): Make it fast.", docsLlms, StringComparison.Ordinal);
        Assert.Contains("### Legacy\n\n- [Tuning](/docs/guides/advanced/tuning): Make it fast.", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_titles_are_replaced_by_the_file_name_in_docs_llms_txt_and_kept_elsewhere()
    {
        var site = AcmeSite.Build();

        var docsLlms = DocsLlmsTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.DocsLlmsTxt]);
        var sitemap = SitemapMdRenderer.Render(site, TemplateSet.Default[TextArtifact.SitemapMd]);

        Assert.Contains("- [Index](/docs/index.md)", docsLlms, StringComparison.Ordinal);
        Assert.Contains("- [Home](/docs)", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Well_known_copies_are_byte_identical_to_their_originals()
    {
        var files = SiteArtifacts.Render(AcmeSite.Build(), TemplateSet.Default).Files.ToDictionary(f => f.Path, f => f.Content);

        Assert.Equal(files["llms.txt"], files[".well-known/llms.txt"]);
        Assert.Equal(files["llms-full.txt"], files[".well-known/llms-full.txt"]);
        Assert.Equal(files[".well-known/mcp/server-card.json"], files["mcp.json"]);
        Assert.Equal(files[".well-known/mcp/server-card.json"], files[".well-known/mcp.json"]);
    }
}
