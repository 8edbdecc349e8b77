using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Blocks;

/// <summary>
/// Swallows a page's frontmatter lines when the body is parsed in place in the page source
/// (<see cref="MdxParser"/> skips copying the body out): every line before
/// <see cref="MdxParseState.BodyStart"/> becomes one <see cref="FrontmatterLines"/> block that the
/// tree builder ignores, so the body parses exactly as it would on its own.
/// </summary>
internal sealed class FrontmatterLinesParser : BlockParser
{
    public FrontmatterLinesParser()
    {
        // The splitter only finds a block whose opening fence starts the source.
        OpeningCharacters = new[] { '-' };
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.Line.Start != 0 || MdxParseState.From(processor.Context) is not { BodyStart: > 0 } state)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new FrontmatterLines(this));
        return Next(processor, state);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        Next(processor, MdxParseState.From(processor.Context)!);

    /// <summary>Keeps the block open until the line that ends right before the body.</summary>
    private static BlockState Next(BlockProcessor processor, MdxParseState state) =>
        processor.Line.End + 2 >= state.BodyStart ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
}

/// <summary>The frontmatter lines of a page parsed in place; never part of the tree.</summary>
internal sealed class FrontmatterLines : LeafBlock
{
    public FrontmatterLines(BlockParser parser)
        : base(parser)
    {
        ProcessInlines = false;
    }
}
