using System.Collections.Generic;
using System.Text;
using Leadtype.Config;
using Leadtype.Flatten;

namespace Leadtype.Conversion;

/// <summary>
/// Turns the <c>components</c> declarations of <c>leadtype.json</c> into the flattener's custom
/// components (one per name and alias), so the CLI, the build and the source generator flatten a
/// declared component the same way.
/// </summary>
public static class ConfiguredComponents
{
    /// <summary>Flatten options carrying the declared components; <see cref="FlattenOptions.Default"/> when there are none.</summary>
    public static FlattenOptions ToFlattenOptions(DocsConfig? config)
    {
        if (config is null || config.Components.IsEmpty)
        {
            return FlattenOptions.Default;
        }

        var components = new List<CustomComponent>();
        foreach (var declaration in config.Components)
        {
            components.Add(ToComponent(declaration));
        }

        return new FlattenOptions { CustomComponents = components };
    }

    /// <summary>
    /// A stable text of everything the declarations change in converted pages, for cache keys: a
    /// page converted under one set of components is reused only under the same set.
    /// </summary>
    public static string Fingerprint(FlattenOptions options)
    {
        var text = new StringBuilder();
        foreach (var component in options.CustomComponents)
        {
            text.Append(component.Name).Append('\u0001')
                .Append(string.Join("\u0003", component.Aliases)).Append('\u0001')
                .Append((int)component.Shape).Append('\u0001')
                .Append(component.TitleProp).Append('\u0001')
                .Append(component.DefaultTitle).Append('\u0001')
                .Append(component.Item).Append('\u0001')
                .Append(component.Level).Append('\u0001')
                .Append(component.HrefProp).Append('\u0001')
                .Append(component.DescriptionProp).Append('\u0001')
                .Append(component.Template).Append('\u0002');
        }

        return text.ToString();
    }

    private static CustomComponent ToComponent(ComponentDeclaration declaration)
    {
        // The two enums have the same members in the same order.
        var shape = declaration.Shape switch
        {
            ComponentShapeKind.Headings => CustomComponentShape.Headings,
            ComponentShapeKind.Links => CustomComponentShape.Links,
            ComponentShapeKind.Template => CustomComponentShape.Template,
            _ => CustomComponentShape.Blockquote,
        };
        var aliases = new List<string>(declaration.Aliases);
        return new CustomComponent(declaration.Name, shape)
        {
            Aliases = aliases,
            TitleProp = declaration.TitleProp ?? ComponentDeclaration.DefaultTitleProp,
            DefaultTitle = declaration.DefaultTitle,
            Item = declaration.Item,
            Level = declaration.Level ?? ComponentDeclaration.DefaultLevel,
            HrefProp = declaration.HrefProp ?? ComponentDeclaration.DefaultHrefProp,
            DescriptionProp = declaration.DescriptionProp ?? ComponentDeclaration.DefaultDescriptionProp,
            Template = declaration.Template,
        };
    }
}
