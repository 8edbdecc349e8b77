using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Steps&gt;</c> → a loose ordered list, one item per <c>&lt;Step&gt;</c> (§7.9). The item opens with the bold
/// title (the <c>title</c> attribute, else the first heading or paragraph); a first content paragraph joins the
/// title line (<c>1. **Install** Run the installer.</c>). Fixed against the original (§17.1 #3): content keeps
/// its formatting and code, nested components (Tabs, …) are flattened properly instead of glued into text,
/// a one-line step keeps its inline code, and a step with content but no title keeps its content.
/// </summary>
public sealed class StepsFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Steps" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var items = new List<IEnumerable<MdNode>>();
        foreach (var step in ComponentChildren.Items(element, "Step"))
        {
            var item = Item(step);
            if (item.Count > 0)
            {
                items.Add(item);
            }
        }

        return items.Count == 0 ? Array.Empty<MdNode>() : new MdNode[] { MdNodes.List(ordered: true, spread: true, items) };
    }

    private static List<MdNode> Item(MdxJsxElement step)
    {
        var children = step.Children;
        var titleAttribute = Whitespace.Normalize(HtmlEntities.Decode(ComponentProps.String(step, "title") ?? string.Empty));
        List<MdNode>? title = null;
        var contentStart = 0;
        var titleFromParagraph = false;
        if (titleAttribute.Length > 0)
        {
            title = new List<MdNode> { MdNodes.Text(titleAttribute) };
        }
        else
        {
            var index = IndexOfTitleNode(children);
            if (index >= 0)
            {
                title = TitleInlines(children[index]);
                titleFromParagraph = children[index] is MdParagraph;
                contentStart = index + 1;
            }
        }

        var rest = new List<MdNode>(children.Count);
        for (var i = contentStart; i < children.Count; i++)
        {
            rest.Add(children[i]);
        }

        var item = new List<MdNode>();
        if (title is null || title.Count == 0)
        {
            // The original drops a step without a title, content and all; keep the content.
            item.AddRange(ContentNormalizer.Normalize(rest));
            return item;
        }

        var titleParagraph = MdNodes.Paragraph(MdNodes.Strong(title));
        item.Add(titleParagraph);
        if (rest.Count == 0 && titleFromParagraph)
        {
            return item;
        }

        var startsWithPhrasing = rest.Count > 0 && !BlockContent.IsBlock(rest[0]);
        var blocks = BlockContent.Blocks(rest);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == 0 && block is MdParagraph first && !startsWithPhrasing)
            {
                // A first paragraph continues the title line, formatting preserved.
                titleParagraph.Children.Add(MdNodes.Text(" "));
                titleParagraph.Children.AddRange(first.Children);
                continue;
            }

            var processed = ContentNormalizer.Process(block);
            if (processed is not null)
            {
                item.Add(processed);
            }
        }

        return item;
    }

    /// <summary>The first heading or paragraph child, else the first text or inline expression child.</summary>
    private static int IndexOfTitleNode(IReadOnlyList<MdNode> children)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is MdHeading or MdParagraph)
            {
                return i;
            }
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is MdText { Value: var value } && value.Trim().Length > 0)
            {
                return i;
            }

            if (children[i] is MdxExpression { IsFlow: false })
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The title's inline content, whitespace collapsed and trimmed; formatting kept.</summary>
    private static List<MdNode> TitleInlines(MdNode node)
    {
        var inlines = node is MdParent parent ? new List<MdNode>(parent.Children) : new List<MdNode> { node };
        var paragraph = BlockContent.PhrasingParagraph(inlines);
        if (paragraph is null)
        {
            return new List<MdNode>();
        }

        var result = new List<MdNode>(paragraph.Children.Count);
        foreach (var inline in paragraph.Children)
        {
            result.Add(inline switch
            {
                MdText text => new MdText(Whitespace.Collapse(text.Value)) { Range = text.Range },
                MdxExpression expression => new MdText(Whitespace.Normalize(expression.Value)),
                _ => inline,
            });
        }

        return result;
    }
}
