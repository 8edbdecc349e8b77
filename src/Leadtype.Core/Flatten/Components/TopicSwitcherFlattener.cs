using System;
using System.Collections.Generic;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;
using Leadtype.Placeholders;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;TopicSwitcher label="Framework" items={[…]} /&gt;</c> → the label as a paragraph, then a bullet list of
/// <c>[label](href) — description</c> links (§7.13); hrefs get the page's placeholders resolved. No usable items
/// removes the element; an unreadable <c>items</c> value is reported (LT0012) and written as code.
/// </summary>
public sealed class TopicSwitcherFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "TopicSwitcher" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var value = ComponentProps.Literal(element, "items", context);
        if (value is null)
        {
            var attribute = element.GetAttribute("items");
            return attribute is null || attribute.Kind != MdxAttributeKind.Expression ? Array.Empty<MdNode>() : UnreadableProps.AsCode(attribute);
        }

        var items = new List<MdNode[]>();
        if (value is JsArray array)
        {
            foreach (var entry in array.Items)
            {
                if (entry is not JsObject topic || topic.GetString("value") is null || topic.GetString("label") is not { } label || topic.GetString("href") is not { } href)
                {
                    continue;
                }

                var paragraph = MdNodes.Paragraph(MdNodes.Link(DocPlaceholders.Resolve(href, context.Placeholders), label));
                if (topic.GetString("description") is { Length: > 0 } description)
                {
                    paragraph.Children.Add(MdNodes.Text(" \u2014 " + description));
                }

                items.Add(new MdNode[] { paragraph });
            }
        }

        if (items.Count == 0)
        {
            return Array.Empty<MdNode>();
        }

        var heading = ComponentProps.Normalized(element, "label");
        return new MdNode[]
        {
            MdNodes.TextParagraph(heading.Length > 0 ? heading : "Topics"),
            MdNodes.List(ordered: false, spread: false, items),
        };
    }
}
