using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Component children as blocks. A one-line component (<c>&lt;Tab&gt;Use **pnpm**&lt;/Tab&gt;</c>) has phrasing
/// children, which would print as separate paragraphs if spliced into a block context; runs of them are
/// wrapped in one paragraph with the run's outer whitespace trimmed, keeping their formatting.
/// </summary>
public static class BlockContent
{
    public static bool IsBlock(MdNode node) => node switch
    {
        MdParagraph or MdHeading or MdThematicBreak or MdBlockquote or MdList or MdCode or MdTable or MdDefinition or MdFootnoteDefinition => true,
        MdRoot or MdxEsm => true,
        MdxExpression expression => expression.IsFlow,
        MdxJsxElement element => element.IsFlow,
        _ => false,
    };

    /// <summary>The nodes with every run of phrasing nodes wrapped in a paragraph; blank runs are dropped.</summary>
    public static List<MdNode> Blocks(IReadOnlyList<MdNode> nodes)
    {
        var result = new List<MdNode>(nodes.Count);
        List<MdNode>? run = null;
        foreach (var node in nodes)
        {
            if (IsBlock(node))
            {
                Flush(result, ref run);
                result.Add(node);
            }
            else
            {
                (run ??= new List<MdNode>()).Add(node);
            }
        }

        Flush(result, ref run);
        return result;
    }

    /// <summary>
    /// What an element is replaced by when it is unwrapped: its children, as blocks when the element stood
    /// alone on its lines, as they are when it sat inside a paragraph.
    /// </summary>
    public static List<MdNode> Unwrapped(MdxJsxElement element) =>
        element.IsFlow ? Blocks(element.Children) : new List<MdNode>(element.Children);

    private static void Flush(List<MdNode> result, ref List<MdNode>? run)
    {
        if (run is null)
        {
            return;
        }

        var paragraph = PhrasingParagraph(run);
        if (paragraph is not null)
        {
            result.Add(paragraph);
        }

        run = null;
    }

    /// <summary>A paragraph of the phrasing nodes with leading/trailing whitespace trimmed; null when only whitespace.</summary>
    public static MdParagraph? PhrasingParagraph(IReadOnlyList<MdNode> run)
    {
        var start = 0;
        var end = run.Count;
        while (start < end && run[start] is MdText t && t.Value.Trim().Length == 0)
        {
            start++;
        }

        while (end > start && run[end - 1] is MdText t && t.Value.Trim().Length == 0)
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        var paragraph = new MdParagraph();
        for (var i = start; i < end; i++)
        {
            var node = run[i];
            if (node is MdText text && (i == start || i == end - 1))
            {
                var value = text.Value;
                if (i == start)
                {
                    value = value.TrimStart();
                }

                if (i == end - 1)
                {
                    value = value.TrimEnd();
                }

                node = new MdText(value) { Range = text.Range };
            }

            paragraph.Children.Add(node);
        }

        var first = paragraph.Children[0].Range;
        var last = paragraph.Children[paragraph.Children.Count - 1].Range;
        if (!first.IsEmpty && !last.IsEmpty)
        {
            paragraph.Range = new SourceRange(first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);
        }

        return paragraph;
    }
}
