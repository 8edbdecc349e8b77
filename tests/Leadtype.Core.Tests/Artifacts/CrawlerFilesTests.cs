using System;
using System.Linq;
using System.Xml;
using Leadtype.Artifacts;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Tests.Shared;

namespace Leadtype.Core.Tests.Artifacts;

public sealed class CrawlerFilesTests
{
    private const string GoldenRoot = "tests/Leadtype.Core.Tests/Artifacts/Golden/";

    [Fact]
    public void Sitemap_xml_is_well_formed_with_one_absolute_loc_per_page_in_reading_order()
    {
        var site = AcmeSite.Build();

        var xml = SitemapXmlRenderer.Render(site);

        var document = new XmlDocument();
        document.LoadXml(xml);
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("s", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var locs = document.SelectNodes("/s:urlset/s:url/s:loc", namespaces)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Equal(
            new[]
            {
                "https://acme.example/docs/guides/deploy", "https://acme.example/changelog/v1", "https://acme.example/docs",
                "https://acme.example/docs/quickstart", "https://acme.example/docs/guides",
            },
            locs);
        Assert.All(locs, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out _)));
        Assert.EndsWith("</urlset>\n", xml, StringComparison.Ordinal);
        Golden.Matches(GoldenRoot + "acme/sitemap.xml.expected", xml);
    }

    [Fact]
    public void Sitemap_lastmod_is_the_page_date_else_the_run_timestamp_never_the_clock()
    {
        var xml = SitemapXmlRenderer.Render(AcmeSite.Build());

        Assert.Contains("<loc>https://acme.example/changelog/v1</loc>\n    <lastmod>2026-06-01T00:00:00.000Z</lastmod>", xml, StringComparison.Ordinal);
        Assert.Contains("<loc>https://acme.example/docs</loc>\n    <lastmod>2026-06-15T10:30:00.000Z</lastmod>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_escapes_xml_special_characters_in_urls()
    {
        var pages = new[] { new SitePageInput("a&b.mdx", "A and B", null, "# A\n") };

        var xml = SitemapXmlRenderer.Render(AcmeSite.Build(config: new DocsConfig(), pages: pages));

        Assert.Contains("<loc>https://acme.example/docs/a&amp;b</loc>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Robots_txt_names_the_sitemap_and_allows_every_crawler_under_the_balanced_default()
    {
        var robots = RobotsTxtRenderer.Render(AcmeSite.Build());

        Assert.StartsWith("User-agent: *\nContent-Signal: ai-train=no, search=yes, ai-input=yes\nAllow: /\nAllow: /docs/\nAllow: /llms.txt\nAllow: /docs/llms.txt\nAllow: /sitemap.xml\nAllow: /sitemap.md\n\n", robots, StringComparison.Ordinal);
        Assert.Contains("\nSitemap: https://acme.example/sitemap.xml\n", robots, StringComparison.Ordinal);
        // The fixture enables NLWeb, which adds the schema map right after the sitemap.
        Assert.EndsWith("Sitemap: https://acme.example/sitemap.xml\nSchemamap: https://acme.example/schema-map.xml\n", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow", robots, StringComparison.Ordinal);
        foreach (var agent in new[] { "GPTBot", "ClaudeBot", "Amazonbot", "Bytespider", "Applebot-Extended", "PerplexityBot" })
        {
            Assert.Contains("User-agent: " + agent + "\nAllow: /\n", robots, StringComparison.Ordinal);
        }

        Golden.Matches(GoldenRoot + "acme/robots.txt.expected", robots);
    }

    [Fact]
    public void Block_training_disallows_training_crawlers_and_keeps_retrieval_crawlers()
    {
        var robots = RobotsTxtRenderer.Render(WithRobots(new RobotsConfig(RobotsPolicy.BlockTraining)));

        Assert.Contains("User-agent: GPTBot\nDisallow: /\n\n", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: PerplexityBot\nAllow: /\n", robots, StringComparison.Ordinal);
        Assert.Contains("Content-Signal: ai-train=no, search=yes, ai-input=yes", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_ai_disallows_every_ai_crawler_and_signals_no_ai_input()
    {
        var robots = RobotsTxtRenderer.Render(WithRobots(new RobotsConfig(RobotsPolicy.BlockAi)));

        Assert.Contains("Content-Signal: ai-train=no, search=yes, ai-input=no", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: GPTBot\nDisallow: /\n", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: PerplexityBot\nDisallow: /\n", robots, StringComparison.Ordinal);
        Assert.Equal(RobotsTxtRenderer.RetrievalCrawlers.Length + RobotsTxtRenderer.TrainingCrawlers.Length, CountOf(robots, "Disallow: /\n"));
    }

    [Fact]
    public void Signal_overrides_replace_single_content_signal_values()
    {
        var robots = RobotsTxtRenderer.Render(WithRobots(new RobotsConfig(RobotsPolicy.Balanced, AiTrainSignal: true)));

        Assert.Contains("Content-Signal: ai-train=yes, search=yes, ai-input=yes\n", robots, StringComparison.Ordinal);
    }

    [Fact]
    public void Api_catalog_links_the_agent_surfaces_of_the_site()
    {
        var json = System.Text.Encoding.UTF8.GetString(ApiCatalogRenderer.Render(AcmeSite.Build()));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var entry = document.RootElement.GetProperty("linkset")[0];
        Assert.Equal("https://acme.example/", entry.GetProperty("anchor").GetString());
        Assert.Equal("https://acme.example/.well-known/api-catalog", entry.GetProperty("api-catalog")[0].GetProperty("href").GetString());
        Assert.Equal("https://acme.example/docs/llms.txt", entry.GetProperty("service-doc")[0].GetProperty("href").GetString());
        Assert.Equal("https://acme.example/docs/agent-readability.json", entry.GetProperty("service-desc")[0].GetProperty("href").GetString());
        Assert.Equal("application/xml", entry.GetProperty("describedby")[0].GetProperty("type").GetString());
        Golden.Matches(GoldenRoot + "acme/api-catalog.expected", json);
    }

    [Fact]
    public void Schema_map_uses_the_explicit_base_url_and_stays_relative_without_it()
    {
        Assert.Contains("<loc>https://acme.example/feeds/schema.jsonl</loc>", NlwebRenderer.RenderSchemaMap(AcmeSite.Build()), StringComparison.Ordinal);
        Assert.Contains("<loc>/feeds/schema.jsonl</loc>", NlwebRenderer.RenderSchemaMap(AcmeSite.Build(baseUrl: null)), StringComparison.Ordinal);
    }

    [Fact]
    public void Nlweb_schema_feed_has_one_json_object_per_page()
    {
        var site = AcmeSite.Build();

        var lines = NlwebRenderer.RenderSchemaFeed(site).Split('\n');

        Assert.Equal(site.Pages.Count + 1, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        foreach (var line in lines[..^1])
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            Assert.Equal("TechArticle", document.RootElement.GetProperty("@type").GetString());
        }
    }

    private static DocsSite WithRobots(RobotsConfig robots)
    {
        var config = AcmeSite.Config();
        config = config with { Agents = config.Agents with { Robots = robots, Nlweb = NlwebConfig.Default } };
        return AcmeSite.Build(config: config);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
