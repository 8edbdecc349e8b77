using System.Linq;

namespace Leadtype.Core.Tests.Flatten;

/// <summary>Audience, Section, Details, Mermaid, FileTree: the flatteners that reshape without data props.</summary>
public class SimpleFlattenerTests
{
    [Fact]
    public void Audience_human_is_removed_and_agent_is_unwrapped()
    {
        var body = FlattenHarness.Body("<Audience target=\"human\">\n  Browser only.\n</Audience>\n\n<Audience target={\"agent\"}>\n  Read `x`.\n</Audience>\n\n<Audience target={' Human '}>Gone.</Audience>\n");

        Assert.Equal("Read `x`.\n", body);
    }

    [Fact]
    public void Audience_without_target_keeps_its_content()
    {
        Assert.Equal("Everyone sees this.\n", FlattenHarness.Body("<Audience>\n  Everyone sees this.\n</Audience>\n"));
    }

    [Fact]
    public void One_line_audience_content_stays_one_paragraph_with_its_formatting()
    {
        Assert.Equal("Read **this** now.\n", FlattenHarness.Body("<Audience target=\"agent\">Read **this** now.</Audience>\n"));
    }

    [Fact]
    public void Section_of_either_case_is_unwrapped_and_attributes_dropped()
    {
        var body = FlattenHarness.Body("<section id=\"outer\" className=\"x\">\n  Outer copy.\n\n  <Section id=\"inner\">\n    Inner copy.\n  </Section>\n</section>\n");

        Assert.Equal("Outer copy.\n\nInner copy.\n", body);
    }

    [Fact]
    public void Details_summary_becomes_a_level_three_heading_and_body_keeps_formatting()
    {
        var body = FlattenHarness.Body("<details>\n  <summary>`ConsentState`</summary>\n\n  More **detail** here.\n</details>\n");

        Assert.Equal("### ConsentState\n\nMore **detail** here.\n", body);
    }

    [Fact]
    public void Details_without_summary_is_titled_details_and_empty_details_are_removed()
    {
        Assert.Equal("### Details\n\nBody.\n", FlattenHarness.Body("<Details>\n  Body.\n</Details>\n\n<details></details>\n"));
    }

    [Fact]
    public void Mermaid_chart_attribute_becomes_a_mermaid_fence()
    {
        var body = FlattenHarness.Body("<Mermaid chart={`flowchart LR\n  a --> b   \n  b --> c`} />\n");

        Assert.Equal("```mermaid\nflowchart LR\na --> b\nb --> c\n```\n", body);
    }

    [Fact]
    public void Mermaid_string_chart_turns_escaped_newlines_into_line_breaks()
    {
        Assert.Equal("```mermaid\ngraph LR\nA-->B\n```\n", FlattenHarness.Body("<Mermaid chart=\"graph LR\\nA-->B\" />\n"));
    }

    [Fact]
    public void Mermaid_quoted_string_expression_is_written_without_its_quotes()
    {
        Assert.Equal("```mermaid\ngraph LR\nA-->B\n```\n", FlattenHarness.Body("<Mermaid chart={\"graph LR\\nA-->B\"} />\n"));
    }

    [Fact]
    public void Mermaid_content_is_used_when_there_is_no_chart_and_empty_charts_are_removed()
    {
        Assert.Equal("```mermaid\ngraph TD\nA-->B\n```\n", FlattenHarness.Body("<Mermaid>\ngraph TD\nA-->B\n</Mermaid>\n\n<Mermaid chart=\"  \" />\n"));
    }

    [Fact]
    public void File_tree_draws_nested_folders_with_box_characters()
    {
        var body = FlattenHarness.Body("<FileTree root=\"public/\">\n  <File name=\"llms.txt\" />\n  <Folder name=\"docs\">\n    <File name=\"index.md\" />\n    <Folder name=\"api\">\n      <File name=\"a.md\" />\n    </Folder>\n  </Folder>\n  <File name=\"robots.txt\" />\n</FileTree>\n");

        Assert.Equal("```text\npublic/\n├── llms.txt\n├── docs/\n│   ├── index.md\n│   └── api/\n│       └── a.md\n└── robots.txt\n```\n", body);
    }

    [Fact]
    public void File_tree_skips_unnamed_entries_and_removes_empty_trees()
    {
        Assert.Equal("```text\n└── a.ts\n```\n", FlattenHarness.Body("<FileTree>\n  <File name=\"\" />\n  <File name=\"a.ts\" />\n</FileTree>\n\n<FileTree />\n"));
    }
}
