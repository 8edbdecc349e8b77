using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Blocks;

/// <summary>
/// MDX has no indented code blocks, so indentation never stops a heading, list, quote, break or
/// fence from opening (JSX content is usually indented: CC-01, CC-48). Markdig's parsers refuse
/// lines indented four or more columns; this parser runs first for their opening characters and
/// resets the indent so they see the line as unindented.
/// </summary>
internal sealed class CodeIndentResetParser : BlockParser
{
    public CodeIndentResetParser()
    {
        // List markers are handled by IndentedListParser, which must know the real indentation.
        OpeningCharacters = new[] { '#', '_', '>' };
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            processor.RestartIndent();
        }

        return BlockState.None;
    }
}

/// <summary>
/// Fenced code that may open at any indentation. Content lines lose up to the fence's own
/// indentation (CommonMark's rule, which MDX keeps), so fences inside indented JSX keep the
/// code's relative indentation.
/// </summary>
internal sealed class IndentedFenceParser : FencedCodeBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var indent = processor.Indent;
        if (indent >= 4)
        {
            processor.RestartIndent();
        }

        var result = base.TryOpen(processor);
        if (result != BlockState.None && processor.NewBlocks.Count > 0 && processor.NewBlocks.Peek() is FencedCodeBlock fence)
        {
            fence.IndentCount = indent;
        }

        return result;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsCodeIndent && IsClosingFence(processor, (FencedCodeBlock)block))
        {
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        return base.TryContinue(processor, block);
    }

    private static bool IsClosingFence(BlockProcessor processor, FencedCodeBlock fence)
    {
        var line = processor.Line;
        var i = line.Start;
        var count = 0;
        while (i <= line.End && line.Text[i] == fence.FencedChar)
        {
            count++;
            i++;
        }

        if (count < fence.OpeningFencedCharCount)
        {
            return false;
        }

        while (i <= line.End)
        {
            if (line.Text[i] != ' ' && line.Text[i] != '\t')
            {
                return false;
            }

            i++;
        }

        return true;
    }
}

/// <summary>
/// Lists that may open at any indentation. The item's content column is kept absolute: Markdig
/// measures it from the indent start, which the reset would otherwise move.
/// </summary>
internal sealed class IndentedListParser : ListBlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        var indent = processor.Indent;
        if (indent < 4)
        {
            return base.TryOpen(processor);
        }

        var before = processor.NewBlocks.Count;
        processor.RestartIndent();
        var result = base.TryOpen(processor);
        if (result != BlockState.None)
        {
            foreach (var block in processor.NewBlocks)
            {
                if (block is ListItemBlock item)
                {
                    item.ColumnWidth = item.ColumnWidth < 0 ? item.ColumnWidth - indent : item.ColumnWidth + indent;
                }
            }
        }

        return result;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A sibling item indented four or more columns (`    - b` after `    - a`): Markdig refuses
        // bullet markers at code indent here, which would split the list.
        if (block is ListItemBlock item && processor.IsCodeIndent && !processor.IsBlankLine && processor.Indent < System.Math.Abs(item.ColumnWidth))
        {
            var indent = processor.Indent;
            processor.RestartIndent();
            var result = base.TryContinue(processor, block);
            foreach (var created in processor.NewBlocks)
            {
                if (created is ListItemBlock newItem)
                {
                    newItem.ColumnWidth = newItem.ColumnWidth < 0 ? newItem.ColumnWidth - indent : newItem.ColumnWidth + indent;
                }
            }

            return result;
        }

        return base.TryContinue(processor, block);
    }
}
