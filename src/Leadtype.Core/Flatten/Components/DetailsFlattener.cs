using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Details&gt;</c>/<c>&lt;details&gt;</c> → a level-3 heading from its <c>&lt;summary&gt;</c> (or "Details") followed
/// by the rest of its content, formatting intact (§7.6). Closed content is still content for an agent.
/// </summary>
public sealed class DetailsFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Details", "details" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        string? summary = null;
        var kept = new List<MdNode>(element.Children.Count);
        foreach (var child in element.Children)
        {
            var summaryElement = child switch
            {
                MdxJsxElement { Name: "summary" } direct => direct,
                MdParagraph { Children.Count: > 0 } paragraph when paragraph.Children[0] is MdxJsxElement { Name: "summary" } wrapped => wrapped,
                _ => null,
            };

            if (summaryElement is null)
            {
                kept.Add(child);
                continue;
            }

            // The rest of a paragraph that starts with <summary> is discarded, as in the original.
            var text = MdTree.ToPlainText(summaryElement).Trim();
            if (text.Length > 0)
            {
                summary = text;
            }
        }

        var blocks = BlockContent.Blocks(kept);
        if (summary is null && blocks.Count == 0)
        {
            return Array.Empty<MdNode>();
        }

        var result = new List<MdNode>(blocks.Count + 1) { MdNodes.Heading(3, summary ?? "Details") };
        result.AddRange(blocks);
        return result;
    }
}
