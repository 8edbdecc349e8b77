using System.Linq;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Navigation;

public class TableOfContentsTests
{
    [Fact]
    public void Headings_nest_by_level_with_urls()
    {
        var toc = TableOfContents.Extract("## Install\n\nText\n\n### Configure\n", "/docs/frameworks/react", "https://leadtype.dev/");
        var install = Assert.Single(toc);
        Assert.Equal(("install", "Install", 2, "/docs/frameworks/react#install", "https://leadtype.dev/docs/frameworks/react#install"),
            (install.Id, install.Title, install.Level, install.UrlWithHash, install.AbsoluteUrlWithHash));
        Assert.Equal("configure", Assert.Single(install.Children).Id);
    }

    [Fact]
    public void Frontmatter_code_fences_and_out_of_range_levels_are_skipped()
    {
        var markdown = "---\ntitle: \"## Not a heading\"\n---\n# Title\n\n```md\n## In code\n~~~\n## Still code\n```\n\n~~~\n## Tilde code\n~~~\n\n## Real\n#### Too deep\n";
        var toc = TableOfContents.Extract(markdown, "/docs/x", "https://a.test");
        Assert.Equal(new[] { "Real" }, toc.Select(t => t.Title));
    }

    [Fact]
    public void Titles_are_cleaned_and_duplicate_ids_numbered()
    {
        var toc = TableOfContents.Extract("## Use `Tabs` with [links](/x) <Badge /> ##\n## Use Tabs with links\n## Use Tabs with links\n## Café API: Quick Start!", "/d", "https://a.test");
        Assert.Equal(new[] { "Use Tabs with links", "Use Tabs with links", "Use Tabs with links", "Café API: Quick Start!" }, toc.Select(t => t.Title));
        Assert.Equal(new[] { "use-tabs-with-links", "use-tabs-with-links-1", "use-tabs-with-links-2", "cafe-api-quick-start" }, toc.Select(t => t.Id));
    }

    [Fact]
    public void Custom_range_and_invalid_range()
    {
        Assert.Equal(new[] { "T" }, TableOfContents.Extract("# T\n## S", "/d", "https://a.test", 1, 1).Select(t => t.Title));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => TableOfContents.Extract("", "/d", "https://a.test", 3, 2));
    }

    [Fact]
    public void A_shallower_heading_after_a_deeper_one_starts_a_new_branch()
    {
        var toc = TableOfContents.Extract("### Deep first\n## Top\n### Child", "/d", "https://a.test");
        Assert.Equal(new[] { "deep-first", "top" }, toc.Select(t => t.Id));
        Assert.Equal("child", toc[1].Children.Single().Id);
    }

    [Theory]
    [InlineData("Café API: Quick Start!", "cafe-api-quick-start")]
    [InlineData("快速开始", "快速开始")]
    [InlineData("  --Hello__World--  ", "hello-world")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ", "fullwidth")]
    [InlineData("v1.2 — notes", "v1-2-notes")]
    public void Heading_slugs(string text, string slug)
    {
        Assert.Equal(slug, HeadingSlug.Create(text));
    }
}
