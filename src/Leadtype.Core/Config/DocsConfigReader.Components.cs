using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    // JSX component names start upper-case (lower-case tags are HTML elements); member names like Tabs.Tab are allowed.
    private static readonly Regex ComponentName = new("^[A-Z][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant);
    private static readonly Regex TemplatePlaceholder = new("\\{\\{(.*?)\\}\\}", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex PropsPlaceholder = new("^props\\.[A-Za-z_$][A-Za-z0-9_$-]*$", RegexOptions.CultureInvariant);

    /// <summary>Which optional parameters each shape reads; others are reported as ignored.</summary>
    private static readonly Dictionary<ComponentShapeKind, string[]> ShapeParameters = new()
    {
        [ComponentShapeKind.Blockquote] = new[] { "titleProp", "defaultTitle" },
        [ComponentShapeKind.Headings] = new[] { "item", "titleProp", "level" },
        [ComponentShapeKind.Links] = new[] { "item", "titleProp", "hrefProp", "descriptionProp" },
        [ComponentShapeKind.Template] = new[] { "template" },
    };

    private static EquatableArray<ComponentDeclaration> ReadComponents(ConfigReadContext context, JsonObject root)
    {
        const string path = "components";
        var components = context.AsObject(root["components"], path);
        if (components is null)
        {
            return default;
        }

        context.CheckDuplicateKeys(components, path);
        var declarations = new List<ComponentDeclaration>();
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in components.Properties)
        {
            var componentPath = ConfigReadContext.Member(path, property.Name);
            if (!ComponentName.IsMatch(property.Name))
            {
                context.Error(property.Line, property.Column, "`" + componentPath + "`: component names start with an upper-case letter and use letters, digits and `_` (lower-case tags are HTML elements), got \"" + property.Name + "\"");
                continue;
            }

            if (property.Value is not JsonObject declaration)
            {
                context.TypeError(property.Value, componentPath, "an object ({ \"shape\": \"blockquote\" | \"headings\" | \"links\" | \"template\", … })");
                continue;
            }

            if (ReadComponent(context, property.Name, declaration, componentPath, claimed) is { } component)
            {
                declarations.Add(component);
            }
        }

        return declarations.ToEquatableArray();
    }

    private static ComponentDeclaration? ReadComponent(ConfigReadContext context, string name, JsonObject obj, string path, Dictionary<string, string> claimed)
    {
        context.CheckMembers(obj, path, ConfigShapes.Component);
        var ok = Claim(context, name, path, obj, claimed);
        ComponentShapeKind? shape = null;
        if (obj["shape"] is null or JsonNull)
        {
            context.Error(obj, "`" + ConfigReadContext.Member(path, "shape") + "` is required: \"blockquote\", \"headings\", \"links\" or \"template\"");
        }
        else
        {
            shape = context.Enum(obj, path, "shape", "blockquote", "headings", "links", "template") switch
            {
                "blockquote" => ComponentShapeKind.Blockquote,
                "headings" => ComponentShapeKind.Headings,
                "links" => ComponentShapeKind.Links,
                "template" => ComponentShapeKind.Template,
                _ => null,
            };
        }

        var aliases = new List<string>();
        var aliasesPath = ConfigReadContext.Member(path, "aliases");
        if (context.AsArray(obj["aliases"], aliasesPath, "an array of component names") is { } aliasArray)
        {
            for (var i = 0; i < aliasArray.Items.Count; i++)
            {
                var aliasPath = ConfigReadContext.Index(aliasesPath, i);
                if (aliasArray.Items[i] is not JsonString alias)
                {
                    context.TypeError(aliasArray.Items[i], aliasPath, "a component name");
                    ok = false;
                }
                else if (!ComponentName.IsMatch(alias.Value))
                {
                    context.Error(alias, "`" + aliasPath + "`: component names start with an upper-case letter and use letters, digits and `_`, got \"" + alias.Value + "\"");
                    ok = false;
                }
                else if (Claim(context, alias.Value, aliasPath, alias, claimed))
                {
                    aliases.Add(alias.Value);
                }
                else
                {
                    ok = false;
                }
            }
        }

        var titleProp = context.OptionalString(obj, path, "titleProp", nonEmpty: true);
        var defaultTitle = context.OptionalString(obj, path, "defaultTitle");
        var item = context.OptionalString(obj, path, "item", nonEmpty: true);
        if (item is not null && !ComponentName.IsMatch(item))
        {
            context.Error(obj["item"]!, "`" + ConfigReadContext.Member(path, "item") + "` must name the child component (e.g. \"Tab\"), got \"" + item + "\"");
            ok = false;
        }

        var hrefProp = context.OptionalString(obj, path, "hrefProp", nonEmpty: true);
        var descriptionProp = context.OptionalString(obj, path, "descriptionProp", nonEmpty: true);
        var template = context.OptionalString(obj, path, "template");
        int? level = null;
        if (obj["level"] is { } levelValue && levelValue is not JsonNull)
        {
            if (levelValue is JsonNumber n && n.TryGetInt32(out var parsed) && parsed >= 1 && parsed <= 6)
            {
                level = parsed;
            }
            else
            {
                context.Error(levelValue, "`" + ConfigReadContext.Member(path, "level") + "` must be a heading level from 1 to 6");
                ok = false;
            }
        }

        if (shape is null)
        {
            return null;
        }

        if ((shape == ComponentShapeKind.Headings || shape == ComponentShapeKind.Links) && item is null && obj["item"] is null or JsonNull)
        {
            context.Error(obj, "`" + ConfigReadContext.Member(path, "item") + "` is required for shape \"" + ShapeName(shape.Value) + "\": the child component that becomes " +
                (shape == ComponentShapeKind.Headings ? "a heading (e.g. \"Tab\")" : "a link (e.g. \"Card\")"));
            ok = false;
        }

        if (shape == ComponentShapeKind.Template)
        {
            if (obj["template"] is null or JsonNull)
            {
                context.Error(obj, "`" + ConfigReadContext.Member(path, "template") + "` is required for shape \"template\" (e.g. \"**Note:** {{children}}\")");
                ok = false;
            }
            else if (template is not null && !CheckTemplate(context, obj["template"]!, ConfigReadContext.Member(path, "template"), template))
            {
                ok = false;
            }
        }

        ReportIgnoredShapeParameters(context, obj, path, shape.Value);
        return ok
            ? new ComponentDeclaration(name, shape.Value, aliases.ToEquatableArray(), titleProp, defaultTitle, item, level, hrefProp, descriptionProp, template, context.Locate(obj, path))
            : null;
    }

    private static bool Claim(ConfigReadContext context, string name, string path, JsonValue at, Dictionary<string, string> claimed)
    {
        if (claimed.TryGetValue(name, out var previous))
        {
            context.Error(at, "`" + path + "` declares <" + name + ">, which `" + previous + "` already declares");
            return false;
        }

        claimed[name] = path;
        return true;
    }

    private static bool CheckTemplate(ConfigReadContext context, JsonValue at, string path, string template)
    {
        var ok = true;
        foreach (Match match in TemplatePlaceholder.Matches(template))
        {
            var inner = match.Groups[1].Value.Trim();
            if (inner != "children" && !PropsPlaceholder.IsMatch(inner))
            {
                context.Error(at, "`" + path + "` uses the placeholder `" + match.Value + "`; only {{children}} and {{props.<name>}} are available");
                ok = false;
            }
        }

        var unclosed = TemplatePlaceholder.Replace(template, string.Empty).IndexOf("{{", StringComparison.Ordinal);
        if (unclosed >= 0)
        {
            context.Error(at, "`" + path + "` has a `{{` without a closing `}}`");
            ok = false;
        }

        return ok;
    }

    private static void ReportIgnoredShapeParameters(ConfigReadContext context, JsonObject obj, string path, ComponentShapeKind shape)
    {
        var used = ShapeParameters[shape];
        foreach (var property in obj.Properties)
        {
            if (property.Name == "shape" || property.Name == "aliases" || !ConfigShapes.Component.Contains(property.Name) || property.Value is JsonNull)
            {
                continue;
            }

            if (Array.IndexOf(used, property.Name) < 0)
            {
                context.Report(DiagnosticCatalog.IgnoredConfigField, property.Line, property.Column, ConfigReadContext.Member(path, property.Name),
                    "shape \"" + ShapeName(shape) + "\" does not use it");
            }
        }
    }

    private static string ShapeName(ComponentShapeKind shape) => shape switch
    {
        ComponentShapeKind.Blockquote => "blockquote",
        ComponentShapeKind.Headings => "headings",
        ComponentShapeKind.Links => "links",
        _ => "template",
    };
}
