using System.Collections.Generic;
using Leadtype.Placeholders;

namespace Leadtype.Core.Tests.Placeholders;

public class DocPlaceholdersTests
{
    [Theory]
    [InlineData("/tmp/docs/frameworks/vue/quickstart.mdx")]
    [InlineData("\\tmp\\docs\\frameworks\\vue\\quickstart.mdx")]
    [InlineData("docs/frameworks/vue/quickstart.mdx")]
    public void Framework_comes_from_the_docs_frameworks_segment(string path)
    {
        Assert.Equal(new PlaceholderContext("vue", "/docs/frameworks/vue"), PlaceholderContext.FromPath(path));
    }

    [Theory]
    [InlineData("/tmp/docs/shared/concepts/common.mdx")]
    [InlineData("\\tmp\\docs\\shared\\concepts\\common.mdx")]
    [InlineData("/tmp/docs/frameworks/vue")]
    public void Other_paths_have_no_framework(string path)
    {
        Assert.Equal(PlaceholderContext.None, PlaceholderContext.FromPath(path));
    }

    [Fact]
    public void Docs_relative_paths_treat_the_docs_folder_as_the_docs_segment()
    {
        Assert.Equal("next", PlaceholderContext.FromDocsRelativePath("frameworks/next/quickstart.mdx").Framework);
    }

    [Theory]
    [InlineData("/docs/frameworks/{framework}/a", "/docs/frameworks/vue/a")]
    [InlineData("{frameworkDocsBase}/b", "/docs/frameworks/vue/b")]
    [InlineData("/x/{unknown}/c", "/x/{unknown}/c")]
    [InlineData("/x/{unknown:fallback}/d", "/x/fallback/d")]
    [InlineData("{framework:react}", "vue")]
    [InlineData("{9bad}/{}/{framework:}", "{9bad}/{}/{framework:}")]
    [InlineData("no placeholders", "no placeholders")]
    public void Placeholders_resolve_for_a_framework_page(string input, string expected)
    {
        var context = PlaceholderContext.FromPath("docs/frameworks/vue/guide.mdx");

        Assert.Equal(expected, DocPlaceholders.Resolve(input, context));
    }

    [Fact]
    public void Fallbacks_apply_outside_framework_pages_and_unresolved_ones_are_reported()
    {
        var unresolved = new List<string>();

        var result = DocPlaceholders.Resolve("{framework:react} {frameworkDocsBase:/docs} {framework}", PlaceholderContext.None, unresolved);

        Assert.Equal("react /docs {framework}", result);
        Assert.Equal(new[] { "{framework}" }, unresolved);
    }
}
