using System;
using System.Collections.Generic;

namespace Leadtype.Flatten;

/// <summary>The shape a config-declared component flattens to (docs/reference/custom-components.mdx).</summary>
public enum CustomComponentShape
{
    /// <summary>A blockquote opening with a bold label and bold title, then the content (like a callout).</summary>
    Blockquote,

    /// <summary>A heading per item element (<c>ItemName</c>), followed by that item's content.</summary>
    Headings,

    /// <summary>A bullet list of links, one per item element (<c>[title](href) — description</c>).</summary>
    Links,

    /// <summary>A Markdown template with <c>{{children}}</c> and <c>{{props.name}}</c>, parsed as Markdown.</summary>
    Template,

    /// <summary>The content without the wrapper.</summary>
    Unwrap,

    /// <summary>Nothing: the element and its content are dropped.</summary>
    Remove,
}

/// <summary>
/// A component declared in <c>leadtype.json</c> under <c>components</c> with the shape it flattens to. Evaluated by
/// Core, so the source generator and the build write the same Markdown. Config reading maps the JSON onto this
/// model and reports <see cref="Problems"/> as config errors.
/// </summary>
public sealed class CustomComponent
{
    public CustomComponent(string name, CustomComponentShape shape)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Shape = shape;
    }

    /// <summary>The element name, exact and case-sensitive (<c>Hint</c>, <c>docs.Note</c>).</summary>
    public string Name { get; }

    public CustomComponentShape Shape { get; }

    /// <summary>Blockquote: the bold label opening the quote (<c>Hint:</c>); may use <c>{{props.name}}</c>.</summary>
    public string? Label { get; set; }

    /// <summary>Blockquote, Headings, Links: the attribute holding the title (default <c>title</c>).</summary>
    public string TitleProp { get; set; } = "title";

    /// <summary>Headings, Links: the name of the item elements (<c>Question</c>, <c>Card</c>).</summary>
    public string? ItemName { get; set; }

    /// <summary>Headings: heading level 1–6 (default 3).</summary>
    public int HeadingDepth { get; set; } = 3;

    /// <summary>Links: the attribute holding the link target (default <c>href</c>).</summary>
    public string HrefProp { get; set; } = "href";

    /// <summary>Links: the attribute holding an optional description written after the link (default <c>description</c>).</summary>
    public string? DescriptionProp { get; set; } = "description";

    /// <summary>Template: Markdown with <c>{{children}}</c> (the flattened content) and <c>{{props.name}}</c> (an attribute).</summary>
    public string? Template { get; set; }

    /// <summary>What is wrong with the declaration, phrased for <c>leadtype.json</c> authors; empty when it is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Name.Trim().Length == 0)
        {
            problems.Add("a component needs a non-empty name");
        }

        switch (Shape)
        {
            case CustomComponentShape.Headings when string.IsNullOrWhiteSpace(ItemName):
                problems.Add("`" + Name + "`: the `headings` shape needs `item`, the name of the elements that become headings");
                break;
            case CustomComponentShape.Links when string.IsNullOrWhiteSpace(ItemName):
                problems.Add("`" + Name + "`: the `links` shape needs `item`, the name of the elements that become links");
                break;
            case CustomComponentShape.Template when Template is null:
                problems.Add("`" + Name + "`: the `template` shape needs `template`");
                break;
        }

        if (HeadingDepth < 1 || HeadingDepth > 6)
        {
            problems.Add("`" + Name + "`: `depth` must be between 1 and 6");
        }

        return problems;
    }
}
