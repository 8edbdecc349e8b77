using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>The Markdown shape a declared custom component flattens to.</summary>
public enum ComponentShapeKind
{
    /// <summary><c>&gt; **{title}**</c> followed by the children, quoted (a callout).</summary>
    Blockquote,

    /// <summary>A heading per child item (<see cref="ComponentDeclaration.Item"/>), titled by its title prop, followed by the item's children (tabs, steps).</summary>
    Headings,

    /// <summary>A bullet list with a link per child item: <c>- [title](href): description</c> (cards).</summary>
    Links,

    /// <summary>A small text pattern with <c>{{children}}</c> and <c>{{props.name}}</c> placeholders.</summary>
    Template,
}

/// <summary>
/// A <c>components</c> entry: a custom MDX component (by name, plus aliases) and the shape it
/// flattens to for agents. Parameters that do not apply to the shape are null.
/// </summary>
public sealed record ComponentDeclaration(
    string Name,
    ComponentShapeKind Shape,
    EquatableArray<string> Aliases = default,
    string? TitleProp = null,
    string? DefaultTitle = null,
    string? Item = null,
    int? Level = null,
    string? HrefProp = null,
    string? DescriptionProp = null,
    string? Template = null,
    ConfigLocation Location = default)
{
    public const string DefaultTitleProp = "title";
    public const string DefaultHrefProp = "href";
    public const string DefaultDescriptionProp = "description";
    public const int DefaultLevel = 3;

    /// <summary>The name and every alias, in declaration order.</summary>
    public EquatableArray<string> AllNames
    {
        get
        {
            var names = new string[Aliases.Count + 1];
            names[0] = Name;
            for (var i = 0; i < Aliases.Count; i++)
            {
                names[i + 1] = Aliases[i];
            }

            return new EquatableArray<string>(names);
        }
    }
}
