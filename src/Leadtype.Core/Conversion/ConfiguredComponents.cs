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
            foreach (var name in declaration.AllNames)
            {
                components.Add(ToComponent(name, declaration));
            }
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
                .Append((int)component.Shape).Append('\u0001')
                .Append(component.Label).Append('\u0001')
                .Append(component.TitleProp).Append('\u0001')
                .Append(component.ItemName).Append('\u0001')
                .Append(component.HeadingDepth).Append('\u0001')
                .Append(component.HrefProp).Append('\u0001')
                .Append(component.DescriptionProp).Append('\u0001')
                .Append(component.Template).Append('\u0002');
        }

        text.Append(options.TypeTableBasePath);
        return text.ToString();
    }

    private static CustomComponent ToComponent(string name, ComponentDeclaration declaration)
    {
        var shape = declaration.Shape switch
        {
            ComponentShapeKind.Headings => CustomComponentShape.Headings,
            ComponentShapeKind.Links => CustomComponentShape.Links,
            ComponentShapeKind.Template => CustomComponentShape.Template,
            _ => CustomComponentShape.Blockquote,
        };
        var component = new CustomComponent(name, shape)
        {
            TitleProp = declaration.TitleProp ?? ComponentDeclaration.DefaultTitleProp,
            ItemName = declaration.Item,
            HeadingDepth = declaration.Level ?? ComponentDeclaration.DefaultLevel,
            HrefProp = declaration.HrefProp ?? ComponentDeclaration.DefaultHrefProp,
            DescriptionProp = declaration.DescriptionProp ?? ComponentDeclaration.DefaultDescriptionProp,
            Template = declaration.Template,
        };

        // The flattener has a bold label before the title rather than a title fallback; the
        // declared default title is that label, so a blockquote always opens with it.
        if (shape == CustomComponentShape.Blockquote && !string.IsNullOrWhiteSpace(declaration.DefaultTitle))
        {
            component.Label = declaration.DefaultTitle;
        }

        return component;
    }
}
