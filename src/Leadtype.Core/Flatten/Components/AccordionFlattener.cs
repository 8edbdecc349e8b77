using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Accordion&gt;</c> → for each <c>&lt;AccordionItem&gt;</c> a bold title paragraph (<c>title</c>, or
/// <c>Item N</c>) followed by its content (§7.12). Unlike the original, the content keeps its formatting and
/// links (§17.1 #3, fixed).
/// </summary>
public sealed class AccordionFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Accordion" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var items = ComponentChildren.Items(element, "AccordionItem");
        if (items.Count == 0)
        {
            return Array.Empty<MdNode>();
        }

        var result = new List<MdNode>();
        for (var k = 0; k < items.Count; k++)
        {
            var title = ComponentProps.Normalized(items[k], "title");
            result.Add(MdNodes.StrongParagraph(title.Length > 0 ? title : "Item " + (k + 1)));
            result.AddRange(ContentNormalizer.Normalize(items[k].Children));
        }

        return result;
    }
}
