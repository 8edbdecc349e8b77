using System.Collections.Generic;
using Leadtype.Mdx.Jsx;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Blocks;

internal enum MdxFlowItemKind
{
    Tag,
    Expression,
    Comment,
}

/// <summary>One construct on a flow line: a JSX tag, a <c>{…}</c> expression, or an HTML comment (dropped).</summary>
internal sealed class MdxFlowItem
{
    public MdxFlowItem(MdxFlowItemKind kind, int start, int end, JsxTag? tag, string? expression)
    {
        Kind = kind;
        Start = start;
        End = end;
        Tag = tag;
        Expression = expression;
    }

    public MdxFlowItemKind Kind { get; }

    /// <summary>Offsets in the parsed body text (end exclusive).</summary>
    public int Start { get; }

    public int End { get; }

    public JsxTag? Tag { get; }

    public string? Expression { get; }
}

/// <summary>
/// Lines that hold nothing but JSX tags, expressions and whitespace (§3.3 "flow"). Tags stay
/// unpaired here, as in micromark: content between an opening and a closing tag is parsed as
/// ordinary blocks of the same container, and the tree builder nests them afterwards.
/// </summary>
internal sealed class MdxFlowBlock : LeafBlock
{
    public MdxFlowBlock(BlockParser parser, List<MdxFlowItem> items)
        : base(parser)
    {
        Items = items;
        ProcessInlines = false;
    }

    public List<MdxFlowItem> Items { get; }

    /// <summary>Offset just past the last item; the block swallows every line up to the one holding it.</summary>
    public int ItemsEnd => Items[Items.Count - 1].End;
}

/// <summary>An <c>import</c>/<c>export</c> block at the top level (§3.5); runs to the next blank line.</summary>
internal sealed class MdxEsmBlock : LeafBlock
{
    public MdxEsmBlock(BlockParser parser, int start)
        : base(parser)
    {
        Start = start;
        End = start;
        ProcessInlines = false;
    }

    public int Start { get; }

    /// <summary>Offset just past the last character of the block's last line.</summary>
    public int End { get; set; }
}
