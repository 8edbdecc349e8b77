using System.Collections.Generic;
using Leadtype.Mdx.Jsx;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Blocks;

/// <summary>
/// Opens an <see cref="MdxFlowBlock"/> on a line that holds only JSX tags, expressions and HTML
/// comments. A line with any other text is left to the paragraph parser, where the inline JSX
/// parser reads it (<c>&lt;Callout&gt;Be careful.&lt;/Callout&gt;</c> becomes a paragraph the tree
/// builder later unwraps).
/// </summary>
internal sealed class MdxFlowBlockParser : BlockParser
{
    public MdxFlowBlockParser()
    {
        OpeningCharacters = new[] { '<', '{' };
    }

    // A tag line ends a paragraph (so `</Step>` right after prose closes the step); an expression
    // line does not, matching MDX where `{x}` after text continues the paragraph.
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock || processor.CurrentChar == '<';

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var text = processor.Line.Text;
        var i = processor.Line.Start;
        var limit = System.Math.Min(text.Length, i + ScanWindow.MaxConstructLength);
        var lineEnd = LineEnd(text, i);
        List<MdxFlowItem>? items = null;
        while (true)
        {
            while (i < lineEnd && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            if (i >= lineEnd)
            {
                break;
            }

            var c = text[i];
            MdxFlowItem item;
            if (c == '<')
            {
                if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
                {
                    var close = i + 4 < limit ? text.IndexOf("-->", i + 4, limit - i - 4, System.StringComparison.Ordinal) : -1;
                    if (close < 0)
                    {
                        return BlockState.None;
                    }

                    item = new MdxFlowItem(MdxFlowItemKind.Comment, i, close + 3, null, null);
                }
                else if (JsxTagScanner.TryScan(text, i, limit, flowContext: true, out var tag, out _))
                {
                    item = new MdxFlowItem(MdxFlowItemKind.Tag, i, tag!.End, tag, null);
                }
                else
                {
                    return BlockState.None;
                }
            }
            else if (c == '{')
            {
                var end = ExpressionScanner.FindEnd(text, i, limit);
                if (end < 0)
                {
                    return BlockState.None;
                }

                var value = JsxTagScanner.Dedent(text.Substring(i + 1, end - i - 2), flowContext: true);
                item = new MdxFlowItem(MdxFlowItemKind.Expression, i, end, null, value);
            }
            else
            {
                return BlockState.None;
            }

            (items ??= new List<MdxFlowItem>()).Add(item);
            i = item.End;
            if (i > lineEnd)
            {
                lineEnd = LineEnd(text, i);
            }
        }

        if (items is null)
        {
            return BlockState.None;
        }

        var block = new MdxFlowBlock(this, items)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(items[0].Start, items[items.Count - 1].End - 1),
        };
        processor.NewBlocks.Push(block);
        return block.ItemsEnd - 1 <= processor.Line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var flow = (MdxFlowBlock)block;
        return flow.ItemsEnd - 1 <= processor.Line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>Offset of the line ending (or text end) at or after <paramref name="from"/>.</summary>
    private static int LineEnd(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline;
    }
}
