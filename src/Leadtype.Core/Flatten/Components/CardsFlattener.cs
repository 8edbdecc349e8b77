using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Cards&gt;</c> → a bullet list of <c>[title](href)</c> links, one per <c>&lt;Card&gt;</c> (§7.5); the title is
/// the <c>title</c> attribute or the card's text. Descriptions are not written, as in the original. A card
/// without a link or a title is skipped with a warning (the original skips it silently).
/// </summary>
public sealed class CardsFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Cards" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var items = new List<MdNode[]>();
        foreach (var card in ComponentChildren.Items(element, "Card"))
        {
            var href = ComponentProps.Normalized(card, "href");
            var title = ComponentProps.Normalized(card, "title");
            if (title.Length == 0)
            {
                title = MdTree.ToPlainText(card).Trim();
            }

            if (href.Length == 0 || title.Length == 0)
            {
                context.Report(DiagnosticCatalog.InvalidComponentProps, card, "Card", href.Length == 0 ? "a card needs an `href`; it was left out of the list" : "a card needs a `title` or text; it was left out of the list");
                continue;
            }

            items.Add(new MdNode[] { MdNodes.Paragraph(MdNodes.Link(href, title)) });
        }

        return items.Count == 0 ? Array.Empty<MdNode>() : new MdNode[] { MdNodes.List(ordered: false, spread: false, items) };
    }
}
