using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Leadtype.Diagnostics;
using Leadtype.Flatten;
using Leadtype.Markdown;
using Leadtype.Mdx;

namespace Leadtype.Core.Tests.Flatten;

public class ComponentDispatcherTests
{
    [Fact]
    public void Built_in_table_lists_every_component_in_priority_order()
    {
        var names = ComponentDispatcher.BuiltIns.Select(f => string.Join("|", f.Names)).ToArray();

        Assert.Equal(
            new[]
            {
                "Audience", "Section|section", "Callout", "Cards", "Details|details", "Mermaid", "CommandTabs", "Steps", "Tabs",
                "AutoTypeTable|ExtractedTypeTable|TypeTable", "Accordion", "TopicSwitcher", "FileTree", "Prompt", "Example",
                "ApiEndpoint", "ApiAuth", "ApiParameters", "ApiRequestBody", "ApiCodeSamples", "ApiResponses", "ApiTryIt",
            },
            names);
    }

    [Fact]
    public void Known_components_inside_an_unknown_wrapper_are_flattened_and_the_wrapper_reported()
    {
        var body = FlattenHarness.Body("<Wrapper kind=\"x\">\n  <Callout>Inside.</Callout>\n</Wrapper>\n", out var diagnostics);

        Assert.Equal("<Wrapper kind=\"x\">\n> ℹ️ **Info:**\n> Inside.\n</Wrapper>\n", body);
        var info = Assert.Single(diagnostics);
        Assert.Equal("LT0013", info.Id);
        Assert.Equal(DocsDiagnosticSeverity.Info, info.Severity);
        Assert.Equal(4, info.Line);
        Assert.Equal(1, info.Column);
        Assert.Equal("<Wrapper> has no flattener and is kept as text; declare it under `components` in leadtype.json to flatten it", info.Message);
    }

    [Fact]
    public void Html_like_lowercase_tags_and_member_components_are_told_apart()
    {
        FlattenHarness.Body("Inline <kbd>Ctrl</kbd> and <br /> here.\n\n<docs.Note>x</docs.Note>\n", out var diagnostics);

        var info = Assert.Single(diagnostics);
        Assert.Equal("LT0013", info.Id);
        Assert.Contains("<docs.Note>", info.Message);
    }

    [Fact]
    public void Same_priority_nesting_flattens_the_inner_component_after_the_outer()
    {
        var body = FlattenHarness.Body("<Callout title=\"Outer\">\n  Text.\n\n  <Callout type=\"warn\">Inner.</Callout>\n</Callout>\n");

        Assert.Equal("> ℹ️ **Info:** **Outer**\n> Text.\n>\n> > ⚠️ **Warning:**\n> > Inner.\n", body);
    }

    [Fact]
    public void Adjacent_plain_blockquotes_merge_and_separated_ones_do_not()
    {
        var body = FlattenHarness.Body("> First quote.\n\n> Second quote.\n\nPara.\n\n> Third.\n");

        Assert.Equal("> First quote.\n>\n> Second quote.\n\nPara.\n\n> Third.\n", body);
    }

    [Fact]
    public void Flattening_random_component_nestings_never_throws()
    {
        var names = Gen.OneOfConst("Callout", "Steps", "Step", "Tabs", "Tab", "Cards", "Card", "Accordion", "AccordionItem", "Details", "summary", "Prompt", "Example", "Audience", "section", "FileTree", "Folder", "File", "Unknown", "TypeTable", "Mermaid", "TopicSwitcher", "CommandTabs");
        var attributes = Gen.OneOfConst("", " title=\"T\"", " value=\"v\"", " items={[\"a\"]}", " properties={{ a: { type: \"x\" } }}", " name=\"n\"", " href=\"/h\"", " items={bad}", " target=\"human\"", " command=\"c\"", " chart=\"g\"");
        var leaf = Gen.OneOfConst("text", "**bold**", "`code`", "- item", "```js\nx\n```", "| a | b |\n| - | - |\n| 1 | 2 |");
        Gen<string> Tree(int depth) => depth == 0
            ? leaf
            : Gen.Select(names, attributes, Tree(depth - 1).Array[0, 3], (name, attrs, children) =>
                "<" + name + attrs + ">\n\n" + string.Join("\n\n", children) + "\n\n</" + name + ">");

        Tree(3).Sample(mdx =>
        {
            var diagnostics = new List<DocsDiagnostic>();
            var parsed = MdxParser.Parse(mdx, "p.mdx");
            ComponentDispatcher.Flatten(parsed.Root, new FlattenContext("p.mdx", diagnostics));
            var markdown = MarkdownSerializer.Serialize(parsed.Root);
            Assert.NotNull(markdown);
            Assert.DoesNotContain(diagnostics, d => d.IsError);
        }, iter: 500);
    }
}
