using System;
using System.Collections.Generic;

namespace Leadtype.Flatten;

/// <summary>
/// The shape a config-declared component flattens to (docs/reference/custom-components.mdx). Same members,
/// same order as <c>Leadtype.Config.ComponentShapeKind</c>, so config values map across one to one.
/// </summary>
public enum CustomComponentShape
{
    /// <summary><c>&gt; **title**</c> followed by the content, quoted (like a callout).</summary>
    Blockquote,

    /// <summary>A heading per item element (<see cref="CustomComponent.Item"/>) titled by its title prop, followed by the item's content.</summary>
    Headings,

    /// <summary>A bullet list with a link per item element: <c>[title](href): description</c>.</summary>
    Links,

    /// <summary>A Markdown pattern with <c>{{children}}</c> and <c>{{props.name}}</c>, parsed as Markdown.</summary>
    Template,
}

/// <summary>
/// A component declared in <c>leadtype.json</c> under <c>components</c> with the shape it flattens to
/// (the config's <c>ComponentDeclaration</c>, property for property). Evaluated by Core, so the source
/// generator and the build write the same Markdown.
/// </summary>
public sealed class CustomComponent
{
    public CustomComponent(string name, CustomComponentShape shape)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Shape = shape;
    }

    /// <summary>The element name, exact and case-sensitive (<c>Note</c>, <c>Docs.Aside</c>).</summary>
    public string Name { get; }

    /// <summary>More element names flattened the same way.</summary>
    public IReadOnlyList<string> Aliases { get; set; } = Array.Empty<string>();

    public CustomComponentShape Shape { get; }

    /// <summary>Blockquote, Headings, Links: the attribute holding the title (default <c>title</c>).</summary>
    public string TitleProp { get; set; } = "title";

    /// <summary>Blockquote: the title when the element has none (<c>Note</c>).</summary>
    public string? DefaultTitle { get; set; }

    /// <summary>Headings, Links: the name of the item elements (<c>Tab</c>, <c>Card</c>).</summary>
    public string? Item { get; set; }

    /// <summary>Headings: heading level 1–6 (default 3).</summary>
    public int Level { get; set; } = 3;

    /// <summary>Links: the attribute holding the link target (default <c>href</c>).</summary>
    public string HrefProp { get; set; } = "href";

    /// <summary>Links: the attribute holding the description written after the link (default <c>description</c>).</summary>
    public string DescriptionProp { get; set; } = "description";

    /// <summary>Template: Markdown with <c>{{children}}</c> (the flattened content) and <c>{{props.name}}</c> (an attribute).</summary>
    public string? Template { get; set; }

    /// <summary>What is wrong with the declaration; empty when usable. Config reading reports these with locations first.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Name.Trim().Length == 0)
        {
            problems.Add("a component needs a non-empty name");
        }

        switch (Shape)
        {
            case CustomComponentShape.Headings when string.IsNullOrWhiteSpace(Item):
                problems.Add("`" + Name + "`: the `headings` shape needs `item`, the name of the elements that become headings");
                break;
            case CustomComponentShape.Links when string.IsNullOrWhiteSpace(Item):
                problems.Add("`" + Name + "`: the `links` shape needs `item`, the name of the elements that become links");
                break;
            case CustomComponentShape.Template when Template is null:
                problems.Add("`" + Name + "`: the `template` shape needs `template`");
                break;
        }

        if (Level < 1 || Level > 6)
        {
            problems.Add("`" + Name + "`: `level` must be between 1 and 6");
        }

        return problems;
    }
}
