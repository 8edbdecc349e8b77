using System.Linq;
using Leadtype.Config;
using Leadtype.Core.Tests.Config;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Navigation;

public class CorpusNavigationTests
{
    private static (DocsConfig Config, NavigationResult Result, MountTable Mounts) Resolve()
    {
        var config = DocsConfigReader.Read(LeadtypeCorpus.ConfigPath, LeadtypeCorpus.ReadConfigText()).Config!;
        var (sources, _) = DocsSource.Parse(null);
        var mounts = DocsSource.EffectiveMounts(sources, config.Mounts);
        var result = NavigationResolver.Resolve(NavigationInput.From(config, LeadtypeCorpus.ReadPages(), mounts));
        return (config, result, mounts);
    }

    [Fact]
    public void Corpus_navigation_resolves_without_errors_or_warnings()
    {
        var (_, result, _) = Resolve();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(NavigationMode.Curated, result.Navigation.Mode);
        Assert.Equal(50, result.Pages.Count);
    }

    [Fact]
    public void Corpus_groups_follow_the_config()
    {
        var nav = Resolve().Result.Navigation;
        Assert.Equal(
            new[] { "concepts", "docs-pipeline", "aeo-agent-readability", "writing-for-agents", "search-ai-answers", "package-docs", "integrations", "reference", "changelog" },
            nav.Groups.Select(g => g.Slug));
        // pipeline/redirects is in no node, so it is ungrouped ("Other" in docs/llms.txt), as in the reference.
        Assert.Equal(new[] { "/docs", "/docs/quickstart", "/docs/how-it-works", "/docs/pipeline/redirects" }, nav.Ungrouped.Select(p => p.UrlPath));

        var pipeline = nav.Groups[1];
        Assert.Empty(pipeline.Pages);
        Assert.Equal(new[] { "sources", "build", "generate-operate" }, pipeline.Children.Select(c => c.Slug));
        Assert.Equal(new[] { "/docs/pipeline/configure-sources", "/docs/pipeline/collections", "/docs/pipeline/sync-docs-across-repos" }, pipeline.Children[0].Pages.Select(p => p.UrlPath));

        var aeo = nav.Groups[2];
        Assert.Equal("/docs/reference/skills", aeo.Pages[4].UrlPath);
        Assert.Equal("AEO & Agent Readability", aeo.Title);

        var changelog = nav.Groups[8];
        Assert.True(changelog.Optional);
        Assert.Equal(new[] { "/changelog/0-4", "/changelog/0-3", "/changelog/0-2" }, changelog.Pages.Select(p => p.UrlPath));
        Assert.Equal("/changelog/0-4.md", changelog.Pages[0].MarkdownUrlPath);
        Assert.Equal("Leadtype 0.4", changelog.Pages[0].Title);
    }

    [Fact]
    public void Every_corpus_page_is_reachable_in_reading_order_once()
    {
        var (_, result, _) = Resolve();
        var order = result.Navigation.PagesInReadingOrder(result.Pages);
        Assert.Equal(50, order.Count);
        Assert.Equal("/docs/concepts/methodology", order[0].UrlPath);
    }

    [Fact]
    public void Corpus_curated_links_all_match_pages()
    {
        var (config, result, mounts) = Resolve();
        Assert.Empty(CuratedLinkCheck.Check(config, result.Pages, mounts));
    }
}

public class CuratedLinkCheckTests
{
    [Fact]
    public void Curated_link_under_the_docs_without_a_page_is_LT0106_at_the_link()
    {
        var json = "{\n  \"product\": { \"name\": \"A\", \"tagline\": \"B\", \"bestStartingPoints\": [{ \"urlPath\": \"/docs/gone\" }] },\n" +
                   "  \"llms\": { \"sections\": [{ \"type\": \"links\", \"heading\": \"Start\", \"links\": [\n" +
                   "    { \"urlPath\": \"/docs/quickstart/#install\" },\n" +
                   "    { \"urlPath\": \"/docs/missing\" },\n" +
                   "    { \"urlPath\": \"/changelog/v9\" },\n" +
                   "    { \"urlPath\": \"/blog/post\" },\n" +
                   "    { \"urlPath\": \"https://example.test/docs/x\" }\n" +
                   "  ] }] },\n" +
                   "  \"mounts\": [{ \"pathPrefix\": \"changelog\", \"urlPrefix\": \"/changelog\" }]\n}";
        var config = DocsConfigReader.Read("leadtype.json", json).Config!;
        var mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, config.Mounts);
        var pages = NavigationResolver.Resolve(NavigationInput.From(config, new[] { new NavPage("quickstart.mdx"), new NavPage("changelog/v1.mdx") }, mounts)).Pages;

        var warnings = CuratedLinkCheck.Check(config, pages, mounts).Select(d => d.ToCompilerString()).ToArray();

        Assert.Equal(new[]
        {
            "leadtype.json:5:18: warning LT0106: `llms.sections[0].links[1].urlPath` links to `/docs/missing` under the docs, but no page has that URL",
            "leadtype.json:6:18: warning LT0106: `llms.sections[0].links[2].urlPath` links to `/changelog/v9` under the docs, but no page has that URL",
            "leadtype.json:2:81: warning LT0106: `product.bestStartingPoints[0].urlPath` links to `/docs/gone` under the docs, but no page has that URL",
        }, warnings);
    }
}
