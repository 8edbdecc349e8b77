using Leadtype.Mdx.Blocks;
using Leadtype.Mdx.Inlines;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Leadtype.Mdx;

/// <summary>Swaps Markdig's HTML and indented-code handling for MDX's JSX, expressions and ESM.</summary>
internal sealed class MdxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var blocks = pipeline.BlockParsers;
        blocks.TryRemove<IndentedCodeBlockParser>();
        blocks.TryRemove<HtmlBlockParser>();
        blocks.Replace<FencedCodeBlockParser>(new IndentedFenceParser());
        blocks.Replace<ListBlockParser>(new IndentedListParser());
        blocks.Insert(0, new CodeIndentResetParser());
        blocks.Insert(0, new FrontmatterLinesParser());
        blocks.Insert(2, new MdxEsmBlockParser());
        blocks.Insert(3, new MdxFlowBlockParser());

        var inlines = pipeline.InlineParsers;
        // Before autolinks and the literal parser so `<Tag>` and `{expr}` are ours first.
        inlines.Insert(0, new MdxInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
