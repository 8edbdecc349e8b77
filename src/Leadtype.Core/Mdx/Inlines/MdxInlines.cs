using Leadtype.Mdx.Jsx;
using Markdig.Syntax.Inlines;

namespace Leadtype.Mdx.Inlines;

/// <summary>A JSX tag inside a paragraph; the tree builder pairs opening and closing tags.</summary>
internal sealed class MdxTagInline : LeafInline
{
    public MdxTagInline(JsxTag tag) => Tag = tag;

    public JsxTag Tag { get; }
}

/// <summary>A <c>{…}</c> expression inside a paragraph (<c>mdxTextExpression</c>).</summary>
internal sealed class MdxExpressionInline : LeafInline
{
    public MdxExpressionInline(string value) => Value = value;

    public string Value { get; }
}

/// <summary>An HTML comment inside a paragraph; MDX has none, so the tree builder drops it.</summary>
internal sealed class MdxCommentInline : LeafInline
{
}
