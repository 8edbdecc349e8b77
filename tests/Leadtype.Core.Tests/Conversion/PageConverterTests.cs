using System.Linq;
using System.Text;
using Leadtype.Conversion;

namespace Leadtype.Core.Tests.Conversion;

public sealed class PageConverterTests
{
    private static ConvertedPage Convert(string path, string text, IDocsFileSource? files = null) =>
        PageConverter.Convert(new PageSource(path, text), files ?? NoDocsFiles.Instance);

    [Fact]
    public void Page_carries_markdown_frontmatter_headings_links_and_dependencies()
    {
        var files = new InMemoryDocsFiles().Add("shared/intro.mdx", "## Shared part\n");
        var page = Convert("guides/setup.mdx",
            "---\ntitle: Setup\ndescription: How to set up.\n---\n# Setup\n\nSee [the other page](./other.mdx) and [site](https://example.com).\n\n<include src=\"../shared/intro.mdx\" />\n\n## Setup\n",
            files);

        Assert.Equal("guides/setup.mdx", page.SourcePath);
        Assert.Equal("guides/setup.md", page.OutputPath);
        Assert.Equal("Setup", page.Title);
        Assert.Equal("How to set up.", page.Description);
        Assert.Equal("---\ntitle: Setup\ndescription: How to set up.\n---\n# Setup\n\nSee [the other page](./other.md) and [site](https://example.com).\n\n## Shared part\n\n## Setup\n", page.Markdown);
        Assert.StartsWith("# Setup", page.Body);
        // Lines are in the file that holds the heading: the included one is line 1 of shared/intro.mdx.
        Assert.Equal(new[] { new PageHeading(1, "Setup", "setup", 5), new PageHeading(2, "Shared part", "shared-part", 1), new PageHeading(2, "Setup", "setup-1", 11) },
            page.Headings);
        Assert.Equal(new[] { new PageLink("./other.mdx", 7, 5), new PageLink("https://example.com", 7, 39) }, page.Links);
        Assert.Equal(new[] { "shared/intro.mdx" }, page.Dependencies);
        Assert.Empty(page.Diagnostics);
    }

    [Fact]
    public void Byte_order_mark_before_the_frontmatter_is_ignored()
    {
        var page = Convert("a.mdx", "\uFEFF---\ntitle: B\n---\nBody\n");

        Assert.Equal("---\ntitle: B\n---\nBody\n", page.Markdown);
    }

    [Fact]
    public void Crlf_source_converts_with_no_carriage_return_anywhere()
    {
        var page = Convert("crlf.mdx", "---\r\ntitle: CR\r\n---\r\n# Head\r\n\r\nLine one\r\nline two\r\n\r\n```js\r\nx\r\n```\r\n\r\n- a\r\n- b\r\n");

        Assert.Equal("---\ntitle: CR\n---\n# Head\n\nLine one\nline two\n\n```js\nx\n```\n\n* a\n* b\n", page.Markdown);
    }

    [Fact]
    public void Empty_file_converts_to_frontmatter_with_a_title_from_the_path()
    {
        var page = Convert("getting-started/empty-page.mdx", string.Empty);

        Assert.Equal("---\ntitle: Empty Page\n---\n", page.Markdown);
        Assert.Empty(page.Diagnostics);
    }

    [Fact]
    public void Ten_megabyte_page_converts_completely()
    {
        var section = "## Section\n\nSome **bold** text with `code`, a [link](./x.mdx) and {/* a comment */} more.\n\n- item one\n- item two\n\n```ts\nconst x = { a: 1 };\n```\n\n";
        var builder = new StringBuilder("---\ntitle: Big\n---\n");
        var count = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(section);
            count++;
        }

        var page = Convert("big.mdx", builder.ToString());

        Assert.Empty(page.Diagnostics);
        Assert.Equal(count, page.Headings.Count);
        Assert.Equal(count, CountOccurrences(page.Body, "[link](./x.md)"));
        Assert.DoesNotContain("a comment", page.Body);
    }

    [Fact]
    public void Malformed_jsx_is_located_in_the_file_and_the_rest_of_the_page_converts()
    {
        var page = Convert("broken.mdx", "---\ntitle: Broken\n---\n# Broken\n\n<Callout>\n\nKept text.\n\n</Tabs>\n\nAfter {oops\n");

        Assert.Collection(page.Diagnostics,
            d => Assert.Equal(("LT0010", "broken.mdx", 6, 1), (d.Id, d.FilePath, d.Line, d.Column)),
            d => Assert.Equal(("LT0010", "broken.mdx", 10, 1), (d.Id, d.FilePath, d.Line, d.Column)),
            d => Assert.Equal(("LT0011", "broken.mdx", 12, 7), (d.Id, d.FilePath, d.Line, d.Column)));
        Assert.True(page.HasErrors);
        Assert.Contains("Kept text.", page.Markdown);
        Assert.Contains("After \\{oops", page.Markdown);
    }

    [Fact]
    public void Malformed_frontmatter_is_located_and_the_body_still_converts()
    {
        var page = Convert("bad.mdx", "---\ntitle: [unclosed\n---\nBody text.\n");

        var error = Assert.Single(page.Diagnostics);
        Assert.Equal(("LT0001", 2), (error.Id, error.Line));
        Assert.EndsWith("---\nBody text.\n", page.Markdown);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
