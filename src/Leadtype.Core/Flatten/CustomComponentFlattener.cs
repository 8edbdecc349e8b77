using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Markdown;
using Leadtype.Mdx;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Flattens one element of a config-declared <see cref="CustomComponent"/> into the declared shape. The
/// element's children have already been flattened by the built-in flatteners (as the original does for
/// custom flatteners), so <c>{{children}}</c> and kept content are plain Markdown.
/// </summary>
public static class CustomComponentFlattener
{
    public static IReadOnlyList<MdNode> Flatten(MdxJsxElement element, CustomComponent component, FlattenContext context) => component.Shape switch
    {
        CustomComponentShape.Blockquote => Blockquote(element, component),
        CustomComponentShape.Headings => Headings(element, component),
        CustomComponentShape.Links => Links(element, component, context),
        _ => Template(element, component, context),
    };

    /// <summary><c>&gt; **title**</c> (the title prop, else the default title), the first paragraph continuing that line, then the rest quoted.</summary>
    private static IReadOnlyList<MdNode> Blockquote(MdxJsxElement element, CustomComponent component)
    {
        var title = ComponentProps.Normalized(element, component.TitleProp);
        if (title.Length == 0)
        {
            title = Whitespace.Normalize(component.DefaultTitle ?? string.Empty);
        }

        var quote = new MdBlockquote();
        var blocks = BlockContent.Blocks(element.Children);
        var start = 0;
        if (title.Length > 0)
        {
            var header = MdNodes.Paragraph(MdNodes.Strong(title));
            quote.Children.Add(header);
            if (blocks.Count > 0 && blocks[0] is MdParagraph first)
            {
                header.Children.Add(MdNodes.Text("\n"));
                header.Children.AddRange(first.Children);
                start = 1;
            }
        }

        for (var i = start; i < blocks.Count; i++)
        {
            quote.Children.Add(blocks[i]);
        }

        return quote.Children.Count == 0 ? Array.Empty<MdNode>() : new MdNode[] { quote };
    }

    private static IReadOnlyList<MdNode> Headings(MdxJsxElement element, CustomComponent component)
    {
        var result = new List<MdNode>();
        var pending = new List<MdNode>();
        var index = 0;
        foreach (var child in element.Children)
        {
            if (child is MdxJsxElement item && item.Name == component.Item)
            {
                result.AddRange(BlockContent.Blocks(pending));
                pending.Clear();
                index++;
                var title = ComponentProps.Normalized(item, component.TitleProp);
                result.Add(MdNodes.Heading(component.Level, title.Length > 0 ? title : "Item " + index));
                result.AddRange(BlockContent.Blocks(item.Children));
            }
            else
            {
                pending.Add(child);
            }
        }

        result.AddRange(BlockContent.Blocks(pending));
        return result;
    }

    private static IReadOnlyList<MdNode> Links(MdxJsxElement element, CustomComponent component, FlattenContext context)
    {
        var items = new List<MdNode[]>();
        foreach (var item in ComponentChildren.Items(element, component.Item ?? string.Empty))
        {
            var href = ComponentProps.Normalized(item, component.HrefProp);
            var title = ComponentProps.Normalized(item, component.TitleProp);
            if (title.Length == 0)
            {
                title = Whitespace.Normalize(MdTree.ToPlainText(item));
            }

            if (href.Length == 0 || title.Length == 0)
            {
                context.Report(DiagnosticCatalog.InvalidComponentProps, item, item.Name, "needs `" + component.HrefProp + "` and a title to be listed; it was left out");
                continue;
            }

            var paragraph = MdNodes.Paragraph(MdNodes.Link(href, title));
            var description = ComponentProps.Normalized(item, component.DescriptionProp);
            if (description.Length > 0)
            {
                paragraph.Children.Add(MdNodes.Text(": " + description));
            }

            items.Add(new MdNode[] { paragraph });
        }

        return items.Count == 0 ? Array.Empty<MdNode>() : new MdNode[] { MdNodes.List(ordered: false, spread: false, items) };
    }

    private static IReadOnlyList<MdNode> Template(MdxJsxElement element, CustomComponent component, FlattenContext context)
    {
        var children = MarkdownSerializer.SerializeBlocks(BlockContent.Blocks(element.Children)).Trim();
        var markdown = Substitute(component.Template ?? string.Empty, element, children);
        var parsed = MdxParser.Parse(markdown, context.FilePath);
        foreach (var problem in parsed.Diagnostics)
        {
            // The template is not in the page; point at the element that used it.
            context.Report(DiagnosticCatalog.InvalidComponentProps, element, element.Name, "its template produced invalid MDX: " + problem.Message);
        }

        var nodes = parsed.Root.Children;
        if (!element.IsFlow && nodes.Count == 1 && nodes[0] is MdParagraph paragraph)
        {
            return paragraph.Children;
        }

        return nodes;
    }

    /// <summary>Replaces <c>{{children}}</c> and <c>{{props.name}}</c> (spaces inside the braces allowed); other text is kept.</summary>
    public static string Substitute(string template, MdxJsxElement element, string? children)
    {
        if (template.IndexOf("{{", StringComparison.Ordinal) < 0)
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf("{{", i, StringComparison.Ordinal);
            var close = open < 0 ? -1 : template.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var key = template.Substring(open + 2, close - open - 2).Trim();
            if (key == "children" && children is not null)
            {
                builder.Append(children);
            }
            else if (key.StartsWith("props.", StringComparison.Ordinal))
            {
                builder.Append(ComponentProps.String(element, key.Substring(6)) ?? string.Empty);
            }
            else
            {
                builder.Append(template, open, close + 2 - open);
            }

            i = close + 2;
        }

        return builder.ToString();
    }
}
