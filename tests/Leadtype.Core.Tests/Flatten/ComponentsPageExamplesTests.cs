using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Leadtype.Core.Tests.TestSupport;
using Leadtype.Flatten;

namespace Leadtype.Core.Tests.Flatten;

/// <summary>
/// The examples on docs/writing/components.mdx are real: every authored <c>mdx</c> fence followed by an
/// <c>md</c> fence converts to exactly that Markdown.
/// </summary>
public class ComponentsPageExamplesTests
{
    private static readonly Regex Fence = new(@"^(?<fence>`{3,})(?<lang>mdx|md)\n(?<body>.*?)\n\k<fence>$", RegexOptions.Multiline | RegexOptions.Singleline);

    public static IEnumerable<object[]> Examples() => ExamplesOf("writing", "components.mdx");

    public static IEnumerable<object[]> CustomComponentExamples() => ExamplesOf("reference", "custom-components.mdx");

    private static IEnumerable<object[]> ExamplesOf(string folder, string file)
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", folder, file)).Replace("\r\n", "\n");
        var matches = Fence.Matches(page);
        for (var i = 0; i + 1 < matches.Count; i++)
        {
            if (matches[i].Groups["lang"].Value == "mdx" && matches[i + 1].Groups["lang"].Value == "md")
            {
                yield return new object[] { matches[i].Groups["body"].Value, matches[i + 1].Groups["body"].Value };
            }
        }
    }

    [Fact]
    public void Components_page_has_examples_for_the_components()
    {
        Assert.True(new List<object[]>(Examples()).Count >= 14);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Documented_example_converts_to_the_documented_markdown(string mdx, string markdown)
    {
        Assert.Equal(markdown + "\n", FlattenHarness.Body(mdx + "\n"));
    }

    [Theory]
    [MemberData(nameof(CustomComponentExamples))]
    public void Documented_custom_component_example_converts_to_the_documented_markdown(string mdx, string markdown)
    {
        // The declarations of the page's leadtype.json example.
        var options = new FlattenOptions
        {
            CustomComponents = new[]
            {
                new CustomComponent("Note", CustomComponentShape.Blockquote) { Aliases = new[] { "Aside" }, DefaultTitle = "Note" },
                new CustomComponent("Faq", CustomComponentShape.Headings) { Item = "Question", TitleProp = "q", Level = 2 },
                new CustomComponent("LinkGrid", CustomComponentShape.Links) { Item = "LinkCard" },
                new CustomComponent("Since", CustomComponentShape.Template) { Template = "**Since {{props.version}}:** {{children}}" },
            },
        };

        Assert.Equal(markdown + "\n", FlattenHarness.Body(mdx + "\n", options));
    }
}
