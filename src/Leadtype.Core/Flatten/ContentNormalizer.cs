using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Prepares the content of a Steps, Accordion or Example item (the original's <c>processContentNode</c>, §7.1),
/// without its losses (§17.1, fixed): paragraphs keep their inline formatting and links, code keeps its meta,
/// blockquotes keep their text as written, and nested components stay elements so the dispatcher flattens them
/// properly afterwards instead of gluing their text together. As in the original, a heading becomes a plain
/// paragraph (its level would clash with the page outline), thematic breaks and blank content are dropped.
/// </summary>
public static class ContentNormalizer
{
    public static List<MdNode> Normalize(IReadOnlyList<MdNode> nodes)
    {
        var blocks = BlockContent.Blocks(nodes);
        var result = new List<MdNode>(blocks.Count);
        foreach (var block in blocks)
        {
            var processed = Process(block);
            if (processed is not null)
            {
                result.Add(processed);
            }
        }

        return result;
    }

    /// <summary>One block as content, or null when it contributes nothing.</summary>
    public static MdNode? Process(MdNode node)
    {
        switch (node)
        {
            case MdParagraph paragraph:
                return IsBlank(paragraph) ? null : paragraph;
            case MdHeading heading:
            {
                if (IsBlank(heading))
                {
                    return null;
                }

                var paragraph = new MdParagraph { Range = heading.Range };
                paragraph.Children.AddRange(heading.Children);
                return paragraph;
            }

            case MdThematicBreak:
                return null;
            case MdBlockquote quote:
                return IsBlank(quote) ? null : quote;
            case MdText text:
                return text.Value.Trim().Length == 0 ? null : BlockContent.PhrasingParagraph(new MdNode[] { text });
            default:
                return node;
        }
    }

    /// <summary>True when the node holds nothing but whitespace text.</summary>
    public static bool IsBlank(MdNode node)
    {
        switch (node)
        {
            case MdText text:
                return text.Value.Trim().Length == 0;
            case MdParent parent:
                foreach (var child in parent.Children)
                {
                    if (!IsBlank(child))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
