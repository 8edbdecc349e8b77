using System.Linq;
using Leadtype.Collections;
using Leadtype.Model;

namespace Leadtype.Core.Tests.Model;

public sealed class PageTableOfContentsTests
{
    [Fact]
    public void H2_and_h3_headings_nest_by_level_with_hash_urls()
    {
        var page = Page("## Install\n### Configure\n## Use\n#### Deep\n", EquatableArray.Create(
            new SiteHeading(1, "Title", "title"),
            new SiteHeading(2, "Install", "install"),
            new SiteHeading(3, "Configure", "configure"),
            new SiteHeading(2, "Use", "use"),
            new SiteHeading(4, "Deep", "deep")));

        var toc = PageTableOfContents.For(page, "https://x.example/");

        Assert.Equal(new[] { "install", "use" }, toc.Select(t => t.Id));
        var configure = Assert.Single(toc[0].Children);
        Assert.Equal("configure", configure.Id);
        Assert.Equal("/docs/react#configure", configure.UrlWithHash);
        Assert.Equal("https://x.example/docs/react#configure", configure.AbsoluteUrlWithHash);
        Assert.Empty(toc[1].Children);
    }

    [Fact]
    public void A_leading_h3_is_a_top_level_entry_and_a_later_h2_closes_it()
    {
        var page = Page(string.Empty, EquatableArray.Create(new SiteHeading(3, "Deep", "deep"), new SiteHeading(2, "Top", "top")));

        var toc = PageTableOfContents.For(page, "https://x.example");

        Assert.Equal(new[] { "deep", "top" }, toc.Select(t => t.Id));
    }

    [Fact]
    public void Without_supplied_headings_the_markdown_is_scanned()
    {
        var toc = PageTableOfContents.For(Page("# T\n\n## Café API: Quick Start!\n\n```md\n## Not a heading\n```\n", default), "https://x.example");

        Assert.Equal("cafe-api-quick-start", Assert.Single(toc).Id);
    }

    private static SitePage Page(string body, EquatableArray<SiteHeading> headings) =>
        new("react.mdx", "react", "/docs/react", "/docs/react.md", "React", string.Empty, default, null, null, null, false, null, body, headings);
}
