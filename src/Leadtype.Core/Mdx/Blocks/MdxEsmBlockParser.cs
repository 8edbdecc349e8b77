using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Blocks;

/// <summary>Top-level <c>import </c>/<c>export </c> lines up to the next blank line (§3.5).</summary>
internal sealed class MdxEsmBlockParser : BlockParser
{
    public MdxEsmBlockParser()
    {
        OpeningCharacters = new[] { 'i', 'e' };
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.CurrentContainer is not MarkdownDocument || processor.Column != 0)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (!StartsWithKeyword(line.Text, line.Start, line.End, "import") && !StartsWithKeyword(line.Text, line.Start, line.End, "export"))
        {
            return BlockState.None;
        }

        var block = new MdxEsmBlock(this, line.Start)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            End = line.End + 1,
        };
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }

        var esm = (MdxEsmBlock)block;
        esm.End = processor.Line.End + 1;
        return BlockState.ContinueDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var esm = (MdxEsmBlock)block;
        esm.Span = new SourceSpan(esm.Start, esm.End - 1);
        return true;
    }

    private static bool StartsWithKeyword(string text, int start, int end, string keyword)
    {
        if (end - start + 1 <= keyword.Length || string.CompareOrdinal(text, start, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var next = text[start + keyword.Length];
        return next == ' ' || next == '\t' || next == '{' || next == '*';
    }
}
