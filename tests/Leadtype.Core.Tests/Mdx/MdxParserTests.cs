using System.Linq;
using Leadtype.Mdx;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Core.Tests.Mdx;

public sealed class MdxParserTests
{
    private static MdxParseResult Parse(string body, int lineOffset = 0) => MdxParser.Parse(body, "page.mdx", lineOffset);

    private static string Tree(string body)
    {
        var result = Parse(body);
        Assert.Empty(result.Diagnostics);
        return MdTreePrinter.Print(result.Root);
    }

    [Fact]
    public void Multi_line_opening_tag_reads_string_expression_and_boolean_attributes()
    {
        var root = Parse("<Card\n  title=\"React &amp; Vue\"\n  count={3}\n  open\n  {...rest}\n  href='/docs'\n/>\n").Root;

        var card = Assert.IsType<MdxJsxElement>(Assert.Single(root.Children));
        Assert.True(card.IsFlow);
        Assert.True(card.SelfClosing);
        Assert.Equal("Card", card.Name);
        Assert.Collection(card.Attributes,
            a => Assert.Equal(("title", MdxAttributeKind.String, "React & Vue"), (a.Name, a.Kind, a.Value)),
            a => Assert.Equal(("count", MdxAttributeKind.Expression, "3"), (a.Name, a.Kind, a.Value)),
            a => Assert.Equal(("open", MdxAttributeKind.Boolean, (string?)null), (a.Name, a.Kind, a.Value)),
            a => Assert.Equal(MdxAttributeKind.Spread, a.Kind),
            a => Assert.Equal(("href", MdxAttributeKind.String, "/docs"), (a.Name, a.Kind, a.Value)));
    }

    [Fact]
    public void Expression_attribute_keeps_braces_inside_strings_template_literals_and_comments()
    {
        var root = Parse("<TypeTable properties={{ a: { type: \"}\", note: `${'{'}` /* } */ } }} />\n").Root;

        var table = Assert.IsType<MdxJsxElement>(Assert.Single(root.Children));
        Assert.Equal("{ a: { type: \"}\", note: `${'{'}` /* } */ } }", table.GetAttribute("properties")!.Value);
    }

    [Fact]
    public void Content_between_tags_on_their_own_lines_is_flow_content_of_the_element()
    {
        var tree = Tree("<Steps>\n  <Step>\n    ### Verify\n\n    Run it:\n\n    1. one\n    2. two\n  </Step>\n</Steps>\n");

        Assert.Equal(
            "root @1:1-10:9\n" +
            "  mdxJsxFlowElement <Steps> @1:1-10:9\n" +
            "    mdxJsxFlowElement <Step> @2:3-9:10\n" +
            "      heading depth=3 @3:5-3:15\n" +
            "        text \"Verify\" @3:9-3:15\n" +
            "      paragraph @5:5-5:12\n" +
            "        text \"Run it:\" @5:5-5:12\n" +
            "      list ordered start=1 @7:5-8:11\n" +
            "        listItem @7:5-7:11\n" +
            "          paragraph @7:8-7:11\n" +
            "            text \"one\" @7:8-7:11\n" +
            "        listItem @8:5-8:11\n" +
            "          paragraph @8:8-8:11\n" +
            "            text \"two\" @8:8-8:11\n",
            tree);
    }

    [Fact]
    public void One_line_element_with_text_is_a_flow_element_with_phrasing_children()
    {
        var root = Parse("<Callout type=\"tip\">Be *careful* with <code>x</code>.</Callout>\n").Root;

        var callout = Assert.IsType<MdxJsxElement>(Assert.Single(root.Children));
        Assert.True(callout.IsFlow);
        Assert.Collection(callout.Children,
            n => Assert.Equal("Be ", Assert.IsType<MdText>(n).Value),
            n => Assert.IsType<MdEmphasis>(n),
            n => Assert.Equal(" with ", Assert.IsType<MdText>(n).Value),
            n => Assert.Equal("code", Assert.IsType<MdxJsxElement>(n).Name),
            n => Assert.Equal(".", Assert.IsType<MdText>(n).Value));
    }

    [Fact]
    public void Element_inside_prose_is_a_text_element_in_the_paragraph()
    {
        var root = Parse("Press <Kbd>Ctrl</Kbd> and <br /> now.\n").Root;

        var paragraph = Assert.IsType<MdParagraph>(Assert.Single(root.Children));
        var kbd = Assert.IsType<MdxJsxElement>(paragraph.Children[1]);
        Assert.False(kbd.IsFlow);
        Assert.Equal("Ctrl", Assert.IsType<MdText>(Assert.Single(kbd.Children)).Value);
        Assert.True(Assert.IsType<MdxJsxElement>(paragraph.Children[3]).SelfClosing);
    }

    [Fact]
    public void Several_self_closing_tags_on_one_line_are_separate_flow_elements()
    {
        var root = Parse("<A /> <B.Member /> <></>\n").Root;

        Assert.Equal(new[] { "A", "B.Member", null }, root.Children.Cast<MdxJsxElement>().Select(e => e.Name));
    }

    [Fact]
    public void Expressions_comments_and_esm_become_mdx_nodes()
    {
        var root = Parse("import { A } from \"./a\";\nexport const x = 1;\n\n{/* hidden */}\n\nText {1 + 1} end.\n").Root;

        Assert.Equal("import { A } from \"./a\";\nexport const x = 1;", Assert.IsType<MdxEsm>(root.Children[0]).Value);
        var comment = Assert.IsType<MdxExpression>(root.Children[1]);
        Assert.True(comment.IsFlow);
        Assert.Equal("/* hidden */", comment.Value);
        var paragraph = Assert.IsType<MdParagraph>(root.Children[2]);
        var inline = Assert.IsType<MdxExpression>(paragraph.Children[1]);
        Assert.False(inline.IsFlow);
        Assert.Equal("1 + 1", inline.Value);
    }

    [Fact]
    public void Code_fences_and_inline_code_are_never_read_as_jsx_or_expressions()
    {
        var root = Parse("```tsx\n<Callout>{value}</Callout>\n```\n\nUse `<Tabs items={x}>` here.\n").Root;

        Assert.Equal("<Callout>{value}</Callout>", Assert.IsType<MdCode>(root.Children[0]).Value);
        var paragraph = Assert.IsType<MdParagraph>(root.Children[1]);
        Assert.Equal("<Tabs items={x}>", Assert.IsType<MdInlineCode>(paragraph.Children[1]).Value);
    }

    [Fact]
    public void Fence_indented_inside_jsx_keeps_the_code_relative_indentation()
    {
        var root = Parse("<Tab>\n    ```ts\n    function f() {\n      return 1;\n    }\n    ```\n</Tab>\n").Root;

        var tab = Assert.IsType<MdxJsxElement>(Assert.Single(root.Children));
        Assert.Equal("function f() {\n  return 1;\n}", Assert.IsType<MdCode>(Assert.Single(tab.Children)).Value);
    }

    [Theory]
    [InlineData("    - a\n    - b\n      more b\n    - c\n")]
    [InlineData("    1. a\n    2. b\n       more b\n    3. c\n")]
    [InlineData("<Tab>\n    - a\n    - b\n      more b\n    - c\n</Tab>\n")]
    public void Deeply_indented_list_items_stay_in_one_list(string mdx)
    {
        var root = Parse(mdx).Root;

        var container = root.Children[0] is MdxJsxElement tab ? (MdParent)tab : root;
        var list = Assert.IsType<MdList>(Assert.Single(container.Children));
        Assert.Equal(3, list.Children.Count);
        Assert.False(list.Spread);
        Assert.Equal("b\nmore b", MdTree.ToPlainText(list.Children[1]));
    }

    [Fact]
    public void Four_space_indented_text_is_a_paragraph_not_code()
    {
        var root = Parse("    indented text\n").Root;

        Assert.Equal("indented text", Assert.IsType<MdText>(Assert.Single(Assert.IsType<MdParagraph>(Assert.Single(root.Children)).Children)).Value);
    }

    [Theory]
    [InlineData("a < b and c > d")]
    [InlineData("a<b")]
    [InlineData("I <3 MDX")]
    [InlineData("x <= y")]
    public void Angle_brackets_that_cannot_start_a_tag_are_text(string prose)
    {
        var result = Parse(prose + "\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(prose, MdTree.ToPlainText(result.Root));
    }

    [Fact]
    public void Void_html_elements_written_without_a_slash_need_no_closing_tag()
    {
        var result = Parse("Line<br>next and <img src=\"a.png\">.\n");

        Assert.Empty(result.Diagnostics);
        var paragraph = Assert.IsType<MdParagraph>(Assert.Single(result.Root.Children));
        Assert.Equal(2, paragraph.Children.OfType<MdxJsxElement>().Count(e => e.SelfClosing));
    }

    [Fact]
    public void Html_comments_are_dropped()
    {
        var result = Parse("<!-- block comment -->\n\nText <!-- inline --> end.\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Text  end.", MdTree.ToPlainText(result.Root));
    }

    [Fact]
    public void Angle_bracket_autolink_is_a_link()
    {
        var paragraph = Assert.IsType<MdParagraph>(Parse("See <https://example.com>.\n").Root.Children[0]);

        Assert.Equal("https://example.com", Assert.IsType<MdLink>(paragraph.Children[1]).Url);
    }

    [Fact]
    public void Unclosed_element_is_reported_at_its_opening_tag_and_closed_at_the_end_of_its_container()
    {
        var result = Parse("# Title\n\n<Callout>\n\nInside.\n\nAfter.\n", lineOffset: 3);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LT0010", 6, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("page.mdx", diagnostic.FilePath);
        Assert.Contains("<Callout>", diagnostic.Message);
        var callout = Assert.IsType<MdxJsxElement>(result.Root.Children[1]);
        Assert.Equal("Inside.After.", MdTree.ToPlainText(callout));
    }

    [Fact]
    public void Mismatched_closing_tag_is_reported_and_closes_the_matching_outer_element()
    {
        var result = Parse("<Tabs>\n<Tab>\n\nA\n\n</Tabs>\n\nAfter.\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LT0010", 2, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Contains("</Tabs>", diagnostic.Message);
        Assert.Equal(2, result.Root.Children.Count);
        Assert.Equal("After.", MdTree.ToPlainText(result.Root.Children[1]));
    }

    [Fact]
    public void Closing_tag_without_an_opening_tag_is_reported_and_ignored()
    {
        var result = Parse("Before.\n\n</Stray>\n\nAfter.\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LT0010", 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("Before.After.", MdTree.ToPlainText(result.Root));
    }

    [Fact]
    public void Unbalanced_brace_is_reported_and_kept_as_text()
    {
        var result = Parse("Intro.\n\nValue {unclosed here\n\nAfter.\n", lineOffset: 4);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LT0011", 7, 7), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("Intro.Value {unclosed hereAfter.", MdTree.ToPlainText(result.Root));
    }

    [Fact]
    public void Tag_cut_off_by_the_end_of_the_file_is_reported_and_kept_as_text()
    {
        var result = Parse("# Broken\n\n<Unclosed\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("LT0010", 3, 1), (diagnostic.Id, diagnostic.Line, diagnostic.Column));
        Assert.Equal("Broken<Unclosed", MdTree.ToPlainText(result.Root));
    }

    [Fact]
    public void Multi_line_expression_attribute_loses_two_columns_of_indentation_like_the_original()
    {
        var root = Parse("<Example code={`a {\n  b;\n    c;\n}`} />\n").Root;

        Assert.Equal("`a {\nb;\n  c;\n}`", ((MdxJsxElement)root.Children[0]).GetAttribute("code")!.Value);
    }

    [Fact]
    public void List_is_spread_only_when_a_blank_line_separates_two_items()
    {
        var root = Parse("- a\n\n  still a\n- b\n\n- loose\n- c\n").Root;

        Assert.True(Assert.IsType<MdList>(Assert.Single(root.Children)).Spread);
        var tight = Parse("- a\n\n  still a\n- b\n").Root;
        Assert.False(Assert.IsType<MdList>(Assert.Single(tight.Children)).Spread);
    }

    [Fact]
    public void Crlf_line_endings_leave_no_carriage_return_in_the_tree()
    {
        var root = Parse("Line one\r\nline two\r\n\r\n- a\r\n").Root;

        Assert.DoesNotContain('\r', MdTree.ToPlainText(root));
        Assert.Equal("Line one\nline two", MdTree.ToPlainText(root.Children[0]));
    }

    [Fact]
    public void Definitions_and_footnotes_stay_where_they_were_written()
    {
        var root = Parse("A [x][ref] b[^1].\n\n[ref]: https://r.example \"T\"\n\n[^1]: The note.\n\nEnd.\n").Root;

        Assert.Collection(root.Children,
            n => Assert.IsType<MdParagraph>(n),
            n => Assert.Equal("https://r.example", Assert.IsType<MdDefinition>(n).Url),
            n => Assert.Equal("1", Assert.IsType<MdFootnoteDefinition>(n).Label),
            n => Assert.Equal("End.", MdTree.ToPlainText(n)));
    }
}
