using Leadtype.Markdown;
using Leadtype.Mdx;

namespace Leadtype.Core.Tests.Markdown;

public sealed class MarkdownSerializerTests
{
    /// <summary>Parse then print, without flattening or compaction.</summary>
    private static string RoundTrip(string mdx) => MarkdownSerializer.Serialize(MdxParser.Parse(mdx, "page.mdx").Root);

    [Theory]
    [InlineData("\\> not a quote\n", "\\> not a quote\n")]
    [InlineData("\\# not a heading\n", "\\# not a heading\n")]
    [InlineData("\\- not a list\n", "\\- not a list\n")]
    [InlineData("1986\\. A great year.\n", "1986\\. A great year.\n")]
    [InlineData("a # b > c - d\n", "a # b > c - d\n")]
    public void Escaped_block_syntax_at_line_start_stays_escaped(string mdx, string expected) =>
        Assert.Equal(expected, RoundTrip(mdx));

    [Fact]
    public void Text_escapes_the_original_character_set()
    {
        Assert.Equal("a\\_b 2\\*3 \\[x] \\{y} a \\< b \\` \\~t back\\\\slash http\\://x 'foo\\.bar'\n",
            RoundTrip("a\\_b 2\\*3 \\[x] \\{y} a \\< b \\` \\~t back\\\\slash http\\://x 'foo.bar'\n"));
    }

    [Fact]
    public void Image_references_footnote_references_and_definitions_are_kept()
    {
        Assert.Equal("Logo ![logo][ref] and note[^n].\n\n[ref]: https://r.example\n\n[^n]: The note.\n",
            RoundTrip("Logo ![logo][ref] and note[^n].\n\n[ref]: https://r.example\n\n[^n]: The note.\n"));
    }

    [Fact]
    public void Multi_paragraph_footnote_definition_indents_its_continuation()
    {
        Assert.Equal("x[^a]\n\n[^a]: First.\n\n    Second.\n", RoundTrip("x[^a]\n\n[^a]: First.\n\n    Second.\n"));
    }

    [Fact]
    public void Shortcut_and_collapsed_references_print_in_full_form()
    {
        Assert.Equal("[ref][ref] and [ref][ref]\n\n[ref]: /x\n", RoundTrip("[ref] and [ref][]\n\n[ref]: /x\n"));
    }

    [Fact]
    public void Code_fence_grows_past_the_longest_backtick_run_in_the_code()
    {
        Assert.Equal("````md\n```js\ninner\n```\n````\n", RoundTrip("````md\n```js\ninner\n```\n````\n"));
    }

    [Fact]
    public void Unknown_flow_component_prints_as_jsx_with_its_children()
    {
        Assert.Equal("<Box kind=\"a &quot;b&quot;\" n={1} flag>\nInner **bold**.\n</Box>\n",
            RoundTrip("<Box kind='a \"b\"' n={1} flag {...rest}>\n  Inner **bold**.\n</Box>\n"));
    }

    [Fact]
    public void Lists_use_star_bullets_and_renumber_from_start()
    {
        Assert.Equal("* a\n* b\n\n3. c\n4. d\n", RoundTrip("- a\n- b\n\n3) c\n7) d\n"));
    }

    [Fact]
    public void Hard_breaks_print_as_backslash_newline()
    {
        Assert.Equal("one\\\ntwo\n", RoundTrip("one  \ntwo\n"));
    }

    [Fact]
    public void Email_and_www_literals_become_explicit_links()
    {
        Assert.Equal("[www.x.com](http://www.x.com) [a@b.co](mailto:a@b.co).\n", RoundTrip("www.x.com a@b.co.\n"));
    }
}
