using System.Globalization;
using System.Text;
using Leadtype.Frontmatter;
using Leadtype.Mdx;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Core.Tests.Mdx;

/// <summary>
/// A page body is parsed where it lies in the page source (its frontmatter lines skipped) instead of
/// being copied out first; the tree, every node's file position and every diagnostic must be exactly
/// those of parsing the copied-out body.
/// </summary>
public sealed class InPlaceBodyParseTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\n# Heading\n\nText with `code` and <Badge>new</Badge>.\n")]
    [InlineData("---\ntitle: A\n---\n---\n\nAfter a thematic break right below the fence.\n")]
    [InlineData("---\ntitle: A\n---\n===\n")]
    [InlineData("---\ntitle: A\n---\n- item one\n- item two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n")]
    [InlineData("---\ntitle: A\ndescription: |\n  # not a heading\n  - not a list\n---\n```js\nconst a = 1;\n```\n")]
    [InlineData("---\ntitle: A\n---\n<Callout type=\"warn\">\n  Unclosed\n\n<Tabs items={['a'\n\nText {unbalanced\n")]
    [InlineData("---\ntitle: A\n---\nimport X from './x'\nexport const y = 1\n\n<X />\n")]
    [InlineData("---\ntitle: A\n---")]
    [InlineData("---\ntitle: A\n---\n")]
    [InlineData("---\n---\nBody after an empty block.\n")]
    [InlineData("---\ntitle: A\n---\n\n\n   Indented paragraph.\n[ref]: https://example.com\n\nSee [x][ref] and a footnote[^1].\n\n[^1]: The note.\n")]
    [InlineData("---  \ntitle: A\n---\t\nBody after fences with trailing blanks.\n")]
    public void Body_parsed_in_place_equals_body_parsed_on_its_own(string source)
    {
        var block = FrontmatterSplitter.Split(source);
        Assert.True(block.HasBlock);

        var inPlace = MdxParser.ParseBody(block, "page.mdx");
        var copied = MdxParser.Parse(block.Body, "page.mdx", block.BodyLineOffset);

        Assert.Equal(Dump(copied), Dump(inPlace));
    }

    [Fact]
    public void Positions_of_a_body_parsed_in_place_are_file_positions()
    {
        var block = FrontmatterSplitter.Split("---\ntitle: A\n---\nIntro.\n\n## Setup\n");

        var root = MdxParser.ParseBody(block, "page.mdx").Root;

        var heading = Assert.IsType<MdHeading>(root.Children[1]);
        Assert.Equal(new SourceRange(6, 1, 6, 9), heading.Range);
        Assert.Equal(new SourceRange(4, 1, 6, 9), root.Range);
    }

    private static string Dump(MdxParseResult result)
    {
        var builder = new StringBuilder();
        MdTree.Visit(result.Root, node =>
        {
            builder.Append(node.Type).Append(' ').Append(node.Range.ToString());
            if (node is MdLiteral literal)
            {
                builder.Append(" \"").Append(literal.Value).Append('"');
            }

            builder.Append('\n');
        });
        foreach (var diagnostic in result.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{diagnostic.Id} {diagnostic.Line}:{diagnostic.Column}-{diagnostic.EndLine}:{diagnostic.EndColumn} {diagnostic.Message}\n");
        }

        return builder.ToString();
    }
}
