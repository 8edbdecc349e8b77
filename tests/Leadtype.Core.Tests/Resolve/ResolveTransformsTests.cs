using Leadtype.Markdown;
using Leadtype.Mdx;
using Leadtype.Resolve;

namespace Leadtype.Core.Tests.Resolve;

public sealed class ResolveTransformsTests
{
    private static string Apply(string mdx, System.Action<Leadtype.Mdx.Syntax.MdRoot> transform)
    {
        var root = MdxParser.Parse(mdx, "page.mdx").Root;
        transform(root);
        return MarkdownSerializer.Serialize(root);
    }

    [Fact]
    public void Import_only_blocks_are_removed_and_export_or_mixed_blocks_kept()
    {
        Assert.Equal("export const a = 1;\n\nimport C from \"./c\";\nexport const x = 1;\n\nText\n",
            Apply("import { A } from \"./a\";\nimport B from \"./b\";\n\nexport const a = 1;\n\nimport C from \"./c\";\nexport const x = 1;\n\nText\n", ImportRemoval.Apply));
    }

    [Fact]
    public void Jsx_comments_are_removed_flow_and_inline()
    {
        Assert.Equal("Text  end.\n\nAfter {x}\n", Apply("{/* a */}\n{/* b */}\n\nText {/* c */} end.\n\nAfter \\{x}\n", JsxCommentRemoval.Apply)
            .Replace("\\{", "{"));
    }

    [Theory]
    [InlineData("./other.mdx", "./other.md")]
    [InlineData("../guides/setup.mdx#install", "../guides/setup.md#install")]
    [InlineData("other.mdx?x=1", "other.md?x=1")]
    [InlineData("https://example.com/a.mdx", "https://example.com/a.mdx")]
    [InlineData("/docs/a.mdx", "/docs/a.mdx")]
    [InlineData("./image.png", "./image.png")]
    public void Relative_mdx_links_point_at_the_markdown_mirror(string url, string expected) =>
        Assert.Equal(expected, MdxLinkRewriter.Rewrite(url));
}
