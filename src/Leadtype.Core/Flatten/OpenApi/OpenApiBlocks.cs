using System.Collections.Generic;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.OpenApi;

/// <summary>The pieces the Api* flatteners share (§7.17): parameter tables, schema property rows and media types.</summary>
internal static class OpenApiBlocks
{
    private static readonly MdAlign[] FourLeft = { MdAlign.Left, MdAlign.Left, MdAlign.Left, MdAlign.Left };

    /// <summary><c>Name | Type | Required | Description</c> for parameters (<c>{ name, in, required, schema: { type, format }, description }</c>).</summary>
    public static MdTable ParameterTable(IReadOnlyList<JsObject> parameters)
    {
        var rows = new List<IReadOnlyList<MdNode[]>>(parameters.Count);
        foreach (var parameter in parameters)
        {
            var schema = parameter["schema"] as JsObject;
            rows.Add(new[]
            {
                MdNodes.Cell(MdNodes.InlineCode(parameter.GetString("name") ?? string.Empty)),
                MdNodes.Cell(TypeLabel(schema)),
                MdNodes.Cell(IsTrue(parameter["required"]) ? "required" : "optional"),
                MdNodes.Cell(parameter.GetString("description") ?? string.Empty),
            });
        }

        return Table(rows);
    }

    /// <summary><c>type</c>, or <c>type (format)</c>.</summary>
    public static string TypeLabel(JsObject? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        var type = schema.GetString("type") ?? string.Empty;
        var format = schema.GetString("format");
        return string.IsNullOrEmpty(format) ? type : type + " (" + format + ")";
    }

    /// <summary>
    /// One media type: <c>Content type: …</c>, the schema's property table (nested <c>a.b</c>, array items
    /// <c>a[].b</c>, six levels deep) or <c>Schema: label</c>, the single example when shown, the named examples
    /// other than the preferred one, and the raw JSON schema when present.
    /// </summary>
    public static void MediaType(JsObject media, bool showSingleExample, List<MdNode> output)
    {
        output.Add(MdNodes.TextParagraph("Content type: " + (media.GetString("mediaType") ?? string.Empty)));
        var schema = media["schema"] as JsObject;
        var rows = new List<IReadOnlyList<MdNode[]>>();
        if (schema is not null)
        {
            AddPropertyRows(schema, string.Empty, 0, rows);
        }

        if (rows.Count > 0)
        {
            output.Add(Table(rows, "Property"));
        }
        else if (schema is not null)
        {
            output.Add(MdNodes.TextParagraph("Schema: " + SchemaLabel(schema)));
        }

        if (showSingleExample && media.TryGetValue("example", out var example) && example is not JsUndefined)
        {
            output.Add(MdNodes.TextParagraph("Example:"));
            output.Add(Json(example));
        }

        if (media["examples"] is JsObject examples)
        {
            var preferred = PreferredExample(examples);
            foreach (var named in examples.Properties)
            {
                if (named.Key == preferred)
                {
                    continue;
                }

                output.Add(MdNodes.TextParagraph("Example: " + named.Key));
                output.Add(Json(named.Value));
            }
        }

        if (media.TryGetValue("rawSchema", out var rawSchema) && rawSchema is not JsUndefined and not JsNull)
        {
            output.Add(MdNodes.TextParagraph("JSON Schema:"));
            output.Add(Json(rawSchema));
        }
    }

    public static MdCode Json(JsValue value) => MdNodes.Code(value is JsString s ? s.Value : value.ToJson(), "json");

    public static bool IsTrue(JsValue? value) => value is JsBoolean { Value: true };

    /// <summary>The objects of an array value, skipping anything else.</summary>
    public static List<JsObject> Objects(JsValue? value)
    {
        var result = new List<JsObject>();
        if (value is JsArray array)
        {
            foreach (var item in array.Items)
            {
                if (item is JsObject obj)
                {
                    result.Add(obj);
                }
            }
        }

        return result;
    }

    private static void AddPropertyRows(JsObject schema, string prefix, int depth, List<IReadOnlyList<MdNode[]>> rows)
    {
        if (depth >= 6)
        {
            return;
        }

        foreach (var property in Objects(schema["properties"]))
        {
            var path = prefix + (property.GetString("name") ?? string.Empty);
            rows.Add(new[]
            {
                MdNodes.Cell(MdNodes.InlineCode(path)),
                MdNodes.Cell(property.GetString("type") ?? string.Empty),
                MdNodes.Cell(IsTrue(property["required"]) ? "required" : "optional"),
                MdNodes.Cell(property.GetString("description") ?? string.Empty),
            });

            AddPropertyRows(property, path + ".", depth + 1, rows);
            if (property["items"] is JsObject items)
            {
                AddPropertyRows(items, path + "[].", depth + 1, rows);
            }
        }
    }

    private static string SchemaLabel(JsObject schema) =>
        schema.GetString("title") ?? schema.GetString("type") ?? schema.GetString("ref") ?? "object";

    /// <summary><c>default</c> when present and not external-only, else the first example that is not external-only.</summary>
    private static string? PreferredExample(JsObject examples)
    {
        if (examples["default"] is { } defaultExample && !IsExternalOnly(defaultExample))
        {
            return "default";
        }

        foreach (var named in examples.Properties)
        {
            if (!IsExternalOnly(named.Value))
            {
                return named.Key;
            }
        }

        return null;
    }

    private static bool IsExternalOnly(JsValue value) =>
        value is JsObject { Properties.Count: 1 } obj && obj.TryGetValue("externalValue", out _);

    private static MdTable Table(List<IReadOnlyList<MdNode[]>> rows, string first = "Name") =>
        MdNodes.Table(FourLeft, new[] { MdNodes.Cell(first), MdNodes.Cell("Type"), MdNodes.Cell("Required"), MdNodes.Cell("Description") }, rows);
}
