using Markdig;
using Markdig.Extensions.EmphasisExtras;

namespace Leadtype.Mdx;

/// <summary>
/// The Markdig pipeline for MDX bodies (§3.1, §17.2 of the conversion reference): CommonMark +
/// GFM tables, strikethrough (single and double tilde), task lists, autolink literals and
/// footnotes; no HTML, no indented code; plus the MDX block and inline parsers. Built once:
/// Markdig pipelines are immutable and thread-safe.
/// </summary>
internal static class MdxPipeline
{
    public static MarkdownPipeline Instance { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript)
            .UseTaskLists()
            .UseAutoLinks()
            .UseFootnotes()
            .UsePreciseSourceLocation()
            .DisableHtml();
        builder.Extensions.Add(new MdxExtension());
        return builder.Build();
    }
}
