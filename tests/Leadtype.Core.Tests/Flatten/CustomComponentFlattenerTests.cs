using Leadtype.Flatten;

namespace Leadtype.Core.Tests.Flatten;

public class CustomComponentFlattenerTests
{
    private static FlattenOptions With(params CustomComponent[] components) => new() { CustomComponents = components };

    [Fact]
    public void Blockquote_shape_writes_the_bold_title_then_the_content()
    {
        var options = With(new CustomComponent("Hint", CustomComponentShape.Blockquote) { DefaultTitle = "Hint", Aliases = new[] { "Aside" } });

        var body = FlattenHarness.Body("<Hint title=\"Remember\">\n  Keep **this**.\n\n  And this.\n</Hint>\n\nBetween.\n\n<Aside>Default title.</Aside>\n", out var diagnostics, options);

        Assert.Empty(diagnostics);
        Assert.Equal("> **Remember**\n> Keep **this**.\n>\n> And this.\n\nBetween.\n\n> **Hint**\n> Default title.\n", body);
    }

    [Fact]
    public void Headings_shape_turns_each_item_into_a_heading_with_its_content()
    {
        var options = With(new CustomComponent("Faq", CustomComponentShape.Headings) { Item = "Question", TitleProp = "q", Level = 2 });

        var body = FlattenHarness.Body("<Faq>\n  Intro.\n\n  <Question q=\"Why?\">\n    Because.\n  </Question>\n  <Question>\n    Untitled.\n  </Question>\n</Faq>\n", options);

        Assert.Equal("Intro.\n\n## Why?\n\nBecause.\n\n## Item 2\n\nUntitled.\n", body);
    }

    [Fact]
    public void Links_shape_lists_item_links_with_descriptions()
    {
        var options = With(new CustomComponent("LinkGrid", CustomComponentShape.Links) { Item = "LinkCard" });

        var body = FlattenHarness.Body("<LinkGrid>\n  <LinkCard title=\"Docs\" href=\"/docs\" description=\"Read them.\" />\n  <LinkCard href=\"/api\">API</LinkCard>\n  <LinkCard title=\"Nowhere\" />\n</LinkGrid>\n", out var diagnostics, options);

        Assert.Equal("* [Docs](/docs): Read them.\n* [API](/api)\n", body);
        Assert.Equal("LT0015", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Template_shape_substitutes_children_and_props_and_parses_the_result()
    {
        var options = With(new CustomComponent("Since", CustomComponentShape.Template) { Template = "**Since {{ props.version }}:** {{children}}" });

        var body = FlattenHarness.Body("<Since version=\"2.0\">\n  Streaming is *on*.\n</Since>\n\nText with <Since version={\"3\"}>inline</Since> use.\n", options);

        Assert.Equal("**Since 2.0:** Streaming is *on*.\n\nText with **Since 3:** inline use.\n", body);
    }

    [Fact]
    public void Built_ins_inside_a_custom_component_are_flattened_before_it()
    {
        var options = With(new CustomComponent("Panel", CustomComponentShape.Template) { Template = "Panel:\n\n{{children}}" });

        var body = FlattenHarness.Body("<Panel>\n  <Callout type=\"tip\">Inside.</Callout>\n</Panel>\n", options);

        Assert.Equal("Panel:\n\n> 💡 **Tip:**\n> Inside.\n", body);
    }

    [Fact]
    public void Custom_component_overrides_a_built_in_of_the_same_name()
    {
        var options = With(new CustomComponent("Callout", CustomComponentShape.Blockquote) { TitleProp = "type" });

        Assert.Equal("> **warn**\n> Careful.\n", FlattenHarness.Body("<Callout type=\"warn\">Careful.</Callout>\n", options));
    }

    [Fact]
    public void Template_that_contains_its_own_component_stops_with_a_warning()
    {
        var options = With(new CustomComponent("Loop", CustomComponentShape.Template) { Template = "<Loop>again</Loop>" });

        FlattenHarness.Body("<Loop>x</Loop>\n", out var diagnostics, options);

        Assert.Contains(diagnostics, d => d.Id == "LT0015" && d.Message.Contains("expanded more than"));
    }

    [Fact]
    public void Declaration_problems_are_described_for_config_authors()
    {
        Assert.Contains("needs `item`", Assert.Single(new CustomComponent("Faq", CustomComponentShape.Headings).Problems()));
        Assert.Contains("needs `template`", Assert.Single(new CustomComponent("T", CustomComponentShape.Template).Problems()));
        Assert.Contains("between 1 and 6", Assert.Single(new CustomComponent("H", CustomComponentShape.Blockquote) { Level = 9 }.Problems()));
        Assert.Empty(new CustomComponent("Ok", CustomComponentShape.Blockquote).Problems());
    }
}
