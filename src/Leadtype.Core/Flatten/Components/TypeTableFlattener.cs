using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;TypeTable properties={{ … }} /&gt;</c> → an optional <c>### title</c> and description, then a
/// <c>Property | Type | Description | Default | Required</c> table (§7.11). Fixed against the original (§17.1 #6,
/// #7): a linked type is a real link and a deprecated type real strikethrough, and unreadable or mis-shaped
/// <c>properties</c> are reported and written as code instead of vanishing. <c>ExtractedTypeTable</c> and
/// <c>AutoTypeTable</c> point at TypeScript, which Leadtype does not evaluate: LT0014 and a table naming the
/// type and the file.
/// </summary>
public sealed class TypeTableFlattener : IComponentFlattener
{
    private static readonly MdAlign[] Align = { MdAlign.Left, MdAlign.Left, MdAlign.Left, MdAlign.Left, MdAlign.Center };

    public IReadOnlyList<string> Names { get; } = new[] { "AutoTypeTable", "ExtractedTypeTable", "TypeTable" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context) =>
        element.Name == "TypeTable" ? Inline(element, context) : Extracted(element, context);

    private static IReadOnlyList<MdNode> Inline(MdxJsxElement element, FlattenContext context)
    {
        var result = Heading(element);
        var attribute = element.GetAttribute("properties");
        if (attribute is null)
        {
            context.Report(DiagnosticCatalog.InvalidComponentProps, element, "TypeTable", "needs a `properties` object");
            return result;
        }

        var value = ComponentProps.Literal(element, "properties", context);
        if (value is null)
        {
            result.AddRange(UnreadableProps.AsCode(attribute));
            return result;
        }

        var problem = ShapeProblem(value);
        if (problem is not null)
        {
            context.Report(DiagnosticCatalog.InvalidComponentProps, element, "TypeTable", problem + "; the properties are written as code");
            result.AddRange(UnreadableProps.AsCode(attribute));
            return result;
        }

        var rows = new List<IReadOnlyList<MdNode[]>>();
        foreach (var property in ((JsObject)value).Properties)
        {
            rows.Add(Row(property.Key, (JsObject)property.Value));
        }

        result.Add(MdNodes.Table(
            Align,
            new[] { MdNodes.Cell("Property"), MdNodes.Cell("Type"), MdNodes.Cell("Description"), MdNodes.Cell("Default"), MdNodes.Cell("Required") },
            rows));
        return result;
    }

    /// <summary>Why the value is not a map of property name → <c>{ type, … }</c>; null when it is.</summary>
    private static string? ShapeProblem(JsValue value)
    {
        if (value is not JsObject properties)
        {
            return "`properties` must be an object of property name → { type, description, … }";
        }

        foreach (var property in properties.Properties)
        {
            if (property.Value is not JsObject entry || !entry.TryGetValue("type", out _))
            {
                return "property `" + property.Key + "` must be an object with a `type`";
            }
        }

        return null;
    }

    private static IReadOnlyList<MdNode[]> Row(string name, JsObject property)
    {
        var typeText = property["type"]!.ToJsString();
        MdNode type = MdNodes.Text(typeText);
        var link = property["typeDescriptionLink"];
        if (link is not null && link.IsTruthy)
        {
            type = MdNodes.Link(link.ToJsString(), typeText);
        }

        var typeCell = new List<MdNode> { type };
        var deprecated = property["deprecated"];
        if (deprecated is not null && deprecated.IsTruthy)
        {
            var strike = new MdDelete();
            strike.Children.Add(type);
            typeCell = new List<MdNode> { strike, MdNodes.Text(" (deprecated)") };
        }

        var description = Text(property["description"]);
        var typeDescription = property["typeDescription"];
        if (typeDescription is not null && typeDescription.IsTruthy)
        {
            description += " (" + typeDescription.ToJsString() + ")";
        }

        var defaultValue = Text(property["default"]);
        var required = property["required"];
        return new[]
        {
            MdNodes.Cell(name),
            typeCell.ToArray(),
            MdNodes.Cell(description.Trim()),
            MdNodes.Cell(defaultValue.Length == 0 ? "-" : defaultValue),
            MdNodes.Cell(required is not null && required.IsTruthy ? "\u2705 Required" : "Optional"),
        };
    }

    private static string Text(JsValue? value) => value is null or JsUndefined ? string.Empty : value.ToJsString();

    private static List<MdNode> Heading(MdxJsxElement element)
    {
        var result = new List<MdNode>();
        var title = ComponentProps.Normalized(element, "title");
        if (title.Length > 0)
        {
            result.Add(MdNodes.Heading(3, title));
        }

        var description = ComponentProps.Normalized(element, "description");
        if (description.Length > 0)
        {
            result.Add(MdNodes.TextParagraph(description));
        }

        return result;
    }

    private static IReadOnlyList<MdNode> Extracted(MdxJsxElement element, FlattenContext context)
    {
        var name = ComponentProps.Normalized(element, "name");
        var path = ComponentProps.Normalized(element, "path");
        context.Report(DiagnosticCatalog.TypeTableNotEvaluated, element, element.Name, name.Length == 0 ? "(no name)" : name, path.Length == 0 ? "(no path)" : path);

        var result = Heading(element);
        result.Add(MdNodes.Table(
            new[] { MdAlign.Left, MdAlign.Left },
            new[] { MdNodes.Cell("Property"), MdNodes.Cell("Value") },
            new[]
            {
                new[] { MdNodes.Cell("Type Name"), MdNodes.Cell(MdNodes.InlineCode(name)) },
                new[] { MdNodes.Cell("Source Path"), MdNodes.Cell(MdNodes.InlineCode(path)) },
            }));

        var note = new MdEmphasis();
        note.Children.Add(MdNodes.Text("The properties of "));
        note.Children.Add(MdNodes.InlineCode(name));
        note.Children.Add(MdNodes.Text(" are defined in "));
        note.Children.Add(MdNodes.InlineCode(path));
        note.Children.Add(MdNodes.Text("."));
        result.Add(MdNodes.Paragraph(note));
        return result;
    }
}
