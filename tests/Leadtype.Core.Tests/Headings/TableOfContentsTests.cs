using System;
using System.Linq;
using Leadtype.Headings;

namespace Leadtype.Core.Tests.Headings;

public class TableOfContentsTests
{
    [Fact]
    public void Nested_h2_h3_entries_skip_frontmatter_and_code_fences()
    {
        // CC-94.
        var markdown = string.Join("\n", new[]
        {
            "---", "title: Example", "---", "# Page title", "## Install [`leadtype`](/docs/quickstart)", "### Configure",
            "```md", "## Not a heading", "```", "~~~md", "## Not a tilde heading", "~~~", "#### Too deep", "## Café API: Quick Start!",
        });

        var toc = TableOfContents.Extract(markdown, "/docs/example", "https://leadtype.dev/docs/example");

        Assert.Equal(2, toc.Count);
        Assert.Equal("install-leadtype", toc[0].Id);
        Assert.Equal("Install leadtype", toc[0].Title);
        Assert.Equal(2, toc[0].Level);
        Assert.Equal("/docs/example#install-leadtype", toc[0].UrlWithHash);
        Assert.Equal("https://leadtype.dev/docs/example#install-leadtype", toc[0].AbsoluteUrlWithHash);
        var child = Assert.Single(toc[0].Children);
        Assert.Equal("configure", child.Id);
        Assert.Equal(3, child.Level);
        Assert.Equal("/docs/example#configure", child.UrlWithHash);
        Assert.Empty(child.Children);
        Assert.Equal("cafe-api-quick-start", toc[1].Id);
        Assert.Equal("Café API: Quick Start!", toc[1].Title);
        Assert.Empty(toc[1].Children);
    }

    [Fact]
    public void Fence_closes_only_with_the_same_marker()
    {
        // CC-95.
        var markdown = "## Before\n```md\n## Hidden in backticks\n~~~\n## Still hidden\n```\n## After";

        var toc = TableOfContents.Extract(markdown, "/docs/x");

        Assert.Equal(new[] { "Before", "After" }, toc.Select(i => i.Title));
    }

    [Fact]
    public void Repeated_headings_get_numbered_ids_across_levels()
    {
        // CC-96.
        var toc = TableOfContents.Extract("## Install\n### Install\n## Install", "/docs/x");

        Assert.Equal("install", toc[0].Id);
        Assert.Equal("install-1", toc[0].Children[0].Id);
        Assert.Equal("install-2", toc[1].Id);
    }

    [Fact]
    public void Custom_level_range_changes_what_is_collected()
    {
        // CC-97.
        var toc = TableOfContents.Extract("# Page\n## Section\n### Child\n#### Detail", "/docs/x", minLevel: 3, maxLevel: 4);

        var child = Assert.Single(toc);
        Assert.Equal("Child", child.Title);
        Assert.Equal(new[] { "Detail" }, child.Children.Select(c => c.Title));
        Assert.Null(child.AbsoluteUrlWithHash);
    }

    [Fact]
    public void Page_with_frontmatter_and_blank_line_lists_its_headings()
    {
        var toc = TableOfContents.Extract("---\ntitle: Quickstart\ndescription: Get started\n---\n\n## Install\n\nRun the command.\n", "/docs/quickstart");

        Assert.Equal(new[] { "Install" }, toc.Select(i => i.Title));
    }

    [Fact]
    public void Inverted_level_range_is_rejected_with_the_originals_message()
    {
        var error = Assert.Throws<ArgumentException>(() => TableOfContents.Extract("## A", "/x", minLevel: 4, maxLevel: 2));

        Assert.Equal("Invalid TOC range: minLevel (4) must be less than or equal to maxLevel (2).", error.Message);
    }

    [Theory]
    [InlineData("Title ###", "Title")]
    [InlineData("Use <Badge>new</Badge> `code` **bold**", "Use new code bold")]
    [InlineData("a | b {c}", "a b c")]
    [InlineData("C# is #1", "C# is #1")]
    public void Titles_are_cleaned_of_markdown(string raw, string expected)
    {
        Assert.Equal(expected, TableOfContents.CleanTitle(raw));
    }

    [Fact]
    public void Headings_need_a_space_and_indented_ones_count()
    {
        var toc = TableOfContents.Extract("##NoSpace\n  ## Indented\n## ", "/x");

        Assert.Equal(new[] { "Indented" }, toc.Select(i => i.Title));
    }

    [Fact]
    public void Equal_tocs_compare_equal_as_values()
    {
        var a = TableOfContents.Extract("## A\n### B", "/x");
        var b = TableOfContents.Extract("## A\n### B", "/x");

        Assert.Equal(a[0], b[0]);
        Assert.Equal(a[0].GetHashCode(), b[0].GetHashCode());
    }

    [Fact]
    public void Headings_nest_by_level_with_relative_and_absolute_urls()
    {
        var toc = TableOfContents.Extract("## Install\n\nText\n\n### Configure\n", "/docs/frameworks/react", "https://leadtype.dev/docs/frameworks/react");
        var install = Assert.Single(toc);
        Assert.Equal(("install", "Install", 2, "/docs/frameworks/react#install", "https://leadtype.dev/docs/frameworks/react#install"),
            (install.Id, install.Title, install.Level, install.UrlWithHash, install.AbsoluteUrlWithHash));
        Assert.Equal("configure", Assert.Single(install.Children).Id);
    }

    [Fact]
    public void Frontmatter_code_fences_of_either_marker_and_out_of_range_levels_are_skipped()
    {
        var markdown = "---\ntitle: \"## Not a heading\"\n---\n# Title\n\n```md\n## In code\n~~~\n## Still code\n```\n\n~~~\n## Tilde code\n~~~\n\n## Real\n#### Too deep\n";
        Assert.Equal(new[] { "Real" }, TableOfContents.Extract(markdown, "/docs/x").Select(t => t.Title));
    }

    [Fact]
    public void Titles_lose_inline_markup_and_repeated_ids_are_numbered()
    {
        var toc = TableOfContents.Extract("## Use `Tabs` with [links](/x) ##\n## Use Tabs with links\n## Use Tabs with links\n## Café API: Quick Start!", "/d");
        Assert.Equal(new[] { "Use Tabs with links", "Use Tabs with links", "Use Tabs with links", "Café API: Quick Start!" }, toc.Select(t => t.Title));
        Assert.Equal(new[] { "use-tabs-with-links", "use-tabs-with-links-1", "use-tabs-with-links-2", "cafe-api-quick-start" }, toc.Select(t => t.Id));
    }

    [Fact]
    public void A_shallower_heading_after_a_deeper_one_starts_a_new_branch()
    {
        var toc = TableOfContents.Extract("### Deep first\n## Top\n### Child", "/d");
        Assert.Equal(new[] { "deep-first", "top" }, toc.Select(t => t.Id));
        Assert.Equal("child", toc[1].Children.Single().Id);
    }
}
