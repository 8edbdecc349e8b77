using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Flatten;

/// <summary>
/// The examples on docs/writing/components.mdx are real: every authored <c>mdx</c> fence followed by an
/// <c>md</c> fence converts to exactly that Markdown.
/// </summary>
public class ComponentsPageExamplesTests
{
    private static readonly Regex Fence = new(@"^(?<fence>`{3,})(?<lang>mdx|md)\n(?<body>.*?)\n\k<fence>$", RegexOptions.Multiline | RegexOptions.Singleline);

    public static IEnumerable<object[]> Examples()
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", "writing", "components.mdx")).Replace("\r\n", "\n");
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
}
