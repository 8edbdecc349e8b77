using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>Reading component attributes the way the original's flatteners do (§7.1).</summary>
public static class ComponentProps
{
    /// <summary>
    /// The original's <c>attr(node, name)</c>: a string value as is, a bare attribute as <c>"true"</c>, an
    /// expression as its raw source (<c>{"warning"}</c> gives <c>"warning"</c> with the quotes); null when missing.
    /// </summary>
    public static string? Raw(MdxJsxElement element, string name)
    {
        var attribute = element.GetAttribute(name);
        if (attribute is null)
        {
            return null;
        }

        return attribute.Kind switch
        {
            MdxAttributeKind.Boolean => "true",
            _ => attribute.Value ?? string.Empty,
        };
    }

    /// <summary>The attribute with string literals unwrapped (<c>{"warning"}</c> → <c>warning</c>); null when missing.</summary>
    public static string? String(MdxJsxElement element, string name)
    {
        var raw = Raw(element, name);
        return raw is null ? null : UnwrapStringLiteral(raw);
    }

    /// <summary>The attribute unwrapped and with whitespace collapsed (the original's NW), or empty.</summary>
    public static string Normalized(MdxJsxElement element, string name) => Whitespace.Normalize(String(element, name) ?? string.Empty);

    /// <summary>
    /// Trims; when the text is then wrapped in matching <c>"</c>, <c>'</c> or <c>`</c>, drops them; otherwise
    /// returns the text as given (untrimmed).
    /// </summary>
    public static string UnwrapStringLiteral(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length >= 2)
        {
            var first = trimmed[0];
            if ((first == '"' || first == '\'' || first == '`') && trimmed[trimmed.Length - 1] == first)
            {
                return trimmed.Substring(1, trimmed.Length - 2);
            }
        }

        return value;
    }

    /// <summary>
    /// Reads an attribute holding a JavaScript literal (<c>items={[…]}</c>). Missing gives null silently; a value
    /// that is not a literal reports LT0012 at its position and gives null. A quoted string attribute reads as a string.
    /// </summary>
    public static JsValue? Literal(MdxJsxElement element, string name, FlattenContext context)
    {
        var attribute = element.GetAttribute(name);
        if (attribute is null)
        {
            return null;
        }

        switch (attribute.Kind)
        {
            case MdxAttributeKind.String:
                return new JsString(attribute.Value ?? string.Empty);
            case MdxAttributeKind.Boolean:
                return JsBoolean.True;
        }

        var result = JsLiteralReader.Read(attribute.Value ?? string.Empty);
        if (result.Success)
        {
            return result.Value;
        }

        context.ReportInAttribute(DiagnosticCatalog.MalformedAttributeValue, element, attribute, result.ErrorOffset, name, element.Name, result.Error);
        return null;
    }

    /// <summary>
    /// The original's <c>parseItemsArray</c>: an array of strings, or null. An unreadable value or one that is not
    /// an array of strings is reported (LT0012 / LT0015) instead of being ignored silently.
    /// </summary>
    public static IReadOnlyList<string>? StringArray(MdxJsxElement element, string name, FlattenContext context)
    {
        var value = Literal(element, name, context);
        if (value is null)
        {
            return null;
        }

        if (value is JsArray array)
        {
            var items = new string[array.Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                if (array.Items[i] is not JsString s)
                {
                    context.Report(DiagnosticCatalog.InvalidComponentProps, element, element.Name, "`" + name + "` must be an array of strings; item " + (i + 1) + " is not a string");
                    return null;
                }

                items[i] = s.Value;
            }

            return items;
        }

        context.Report(DiagnosticCatalog.InvalidComponentProps, element, element.Name, "`" + name + "` must be an array of strings");
        return null;
    }

    /// <summary>True when the attribute is present and not <c>false</c> (a bare attribute counts).</summary>
    public static bool Flag(MdxJsxElement element, string name)
    {
        var raw = Raw(element, name);
        return raw is not null && !string.Equals(UnwrapStringLiteral(raw).Trim(), "false", StringComparison.Ordinal);
    }
}
