using System;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Tests.Shared;

namespace Leadtype.Core.Tests.Model;

public sealed class SiteBuilderTests
{
    private static readonly DateTimeOffset Fallback = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Source_date_epoch_wins_over_page_dates()
    {
        var epoch = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var site = Build(epoch, Page("a.mdx", date: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(epoch, site.GeneratedAt);
    }

    [Fact]
    public void Without_source_date_epoch_the_newest_page_date_is_the_run_timestamp()
    {
        var newest = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

        var site = Build(null, Page("a.mdx", date: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), Page("b.mdx", lastModified: newest));

        Assert.Equal(newest, site.GeneratedAt);
        Assert.Equal(newest, site.LastModifiedOf(site.Pages.Single(p => p.UrlPath == "/docs/b")));
    }

    [Fact]
    public void Without_any_date_the_fallback_time_is_used()
    {
        Assert.Equal(Fallback, Build(null, Page("a.mdx")).GeneratedAt);
    }

    [Fact]
    public void Pages_get_routes_markdown_urls_and_mirror_paths_under_their_mounts()
    {
        var config = new DocsConfig { Mounts = EquatableArray.Create(new MountConfig("changelog", "/changelog")) };
        var site = Build(null, config, Page("guides\\index.mdx"), Page("changelog/v1.mdx"), Page("index.mdx"));

        var guides = site.Pages.Single(p => p.SourcePath == "guides/index.mdx");
        Assert.Equal(("/docs/guides", "/docs/guides/index.md", "docs/guides/index.md"), (guides.UrlPath, guides.MarkdownUrlPath, guides.MirrorPath));
        var v1 = site.Pages.Single(p => p.SourcePath == "changelog/v1.mdx");
        Assert.Equal(("/changelog/v1", "/changelog/v1.md", "docs/changelog/v1.md"), (v1.UrlPath, v1.MarkdownUrlPath, v1.MirrorPath));
        Assert.Equal(new[] { "/changelog/v1", "/docs", "/docs/guides" }, site.Pages.Select(p => p.UrlPath));
    }

    [Fact]
    public void Titles_fall_back_to_the_first_h1_then_the_file_name_and_descriptions_are_whitespace_collapsed()
    {
        var site = Build(
            null,
            new SitePageInput("a.mdx", null, "  Two\n  lines. ", "# Heading A\n", EquatableArray.Create(new SiteHeading(2, "Sub", "sub"), new SiteHeading(1, "Heading A", "heading-a"))),
            new SitePageInput("getting-started.mdx", " ", null, "Text.\n"));

        Assert.Equal("Heading A", site.Pages[0].Title);
        Assert.Equal("Two lines.", site.Pages[0].Description);
        Assert.Equal("Getting Started", site.Pages[1].Title);
        Assert.Equal(string.Empty, site.Pages[1].Description);
    }

    [Fact]
    public void Navigation_and_pages_share_titles_and_descriptions()
    {
        var site = AcmeSite.Build();

        foreach (var view in site.Navigation.PagesInReadingOrder())
        {
            var page = site.Pages.Single(p => p.UrlPath == view.UrlPath);
            Assert.Equal(page.Title, view.Title);
            Assert.Equal(page.Description, view.Description);
            Assert.Equal(page.MarkdownUrlPath, view.MarkdownUrlPath);
        }
    }

    [Fact]
    public void Two_sources_on_one_route_stop_the_build_with_a_located_error()
    {
        var (site, diagnostics) = SiteBuilder.Build(
            SiteMode.Site, new DocsConfig(), BaseUrl.Resolve("https://x.example").Url!, MountTable.Default,
            new[] { Page("guides.mdx"), Page("guides/index.mdx") }, null, Fallback);

        Assert.Null(site);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("LT0104", error.Id);
        Assert.Contains("/docs/guides", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_navigation_page_stops_the_build()
    {
        var config = TestConfig.Read("""{ "product": { "name": "A", "tagline": "B" }, "navigation": ["missing"] }""");

        var (site, diagnostics) = SiteBuilder.Build(
            SiteMode.Site, config, BaseUrl.Resolve("https://x.example").Url!, MountTable.Default, new[] { Page("a.mdx") }, null, Fallback);

        Assert.Null(site);
        Assert.Contains(diagnostics, d => d.Id == "LT0102");
    }

    [Fact]
    public void The_site_model_is_value_equatable()
    {
        Assert.Equal(AcmeSite.Build(), AcmeSite.Build());
        Assert.NotEqual(AcmeSite.Build(), AcmeSite.Build(SiteMode.Bundle));
    }

    [Fact]
    public void Reading_order_follows_groups_then_ungrouped_then_the_rest()
    {
        var order = SiteReadingOrder.Of(AcmeSite.Build()).Select(p => p.UrlPath);

        Assert.Equal(new[] { "/docs/guides/deploy", "/changelog/v1", "/docs", "/docs/quickstart", "/docs/guides" }, order);
    }

    private static SitePageInput Page(string path, DateTimeOffset? date = null, DateTimeOffset? lastModified = null) =>
        new(path, "T " + path, null, "Body.\n", Date: date, LastModified: lastModified);

    private static DocsSite Build(DateTimeOffset? epoch, params SitePageInput[] pages) => Build(epoch, new DocsConfig(), pages);

    private static DocsSite Build(DateTimeOffset? epoch, DocsConfig config, params SitePageInput[] pages)
    {
        var mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, config.Mounts);
        var (site, diagnostics) = SiteBuilder.Build(SiteMode.Site, config, BaseUrl.Resolve("https://x.example").Url!, mounts, pages, epoch, Fallback);
        return site ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }
}
