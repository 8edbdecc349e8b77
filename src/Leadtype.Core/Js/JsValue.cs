using System;
using System.Collections.Generic;
using System.Text;

namespace Leadtype.Js;

/// <summary>
/// A JavaScript literal read from a component attribute (<c>items={["npm", 'pnpm']}</c>,
/// <c>properties={{ a: { type: "string" } }}</c>): what the original gets from <c>JSON5.parse</c>, plus
/// template literals and <c>undefined</c>.
/// </summary>
public abstract class JsValue
{
    private protected JsValue()
    {
    }

    /// <summary>The string value, or null when this is not a string.</summary>
    public string? AsString() => (this as JsString)?.Value;

    /// <summary>JavaScript truthiness (<c>if (value)</c>).</summary>
    public abstract bool IsTruthy { get; }

    /// <summary>JavaScript's <c>String(value)</c> for scalars; arrays join with commas; objects give <c>[object Object]</c>.</summary>
    public abstract string ToJsString();

    /// <summary>The value written as JSON with 2-space indent (<c>JSON.stringify(value, null, 2)</c>).</summary>
    public string ToJson()
    {
        var builder = new StringBuilder();
        WriteJson(builder, string.Empty);
        return builder.ToString();
    }

    internal abstract void WriteJson(StringBuilder builder, string indent);

    internal static void WriteJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

public sealed class JsString : JsValue
{
    public JsString(string value, bool isTemplate = false)
    {
        Value = value;
        IsTemplate = isTemplate;
    }

    public string Value { get; }

    /// <summary>True for a template literal (<c>`…`</c>); <c>${…}</c> parts are kept as written.</summary>
    public bool IsTemplate { get; }

    public override bool IsTruthy => Value.Length > 0;

    public override string ToJsString() => Value;

    internal override void WriteJson(StringBuilder builder, string indent) => WriteJsonString(builder, Value);
}

public sealed class JsNumber : JsValue
{
    public JsNumber(double value) => Value = value;

    public double Value { get; }

    public override bool IsTruthy => Value != 0 && !double.IsNaN(Value);

    public override string ToJsString() => JsNumberFormat.Format(Value);

    internal override void WriteJson(StringBuilder builder, string indent) =>
        builder.Append(double.IsNaN(Value) || double.IsInfinity(Value) ? "null" : JsNumberFormat.Format(Value));
}

public sealed class JsBoolean : JsValue
{
    public static readonly JsBoolean True = new(true);
    public static readonly JsBoolean False = new(false);

    private JsBoolean(bool value) => Value = value;

    public bool Value { get; }

    public override bool IsTruthy => Value;

    public override string ToJsString() => Value ? "true" : "false";

    internal override void WriteJson(StringBuilder builder, string indent) => builder.Append(ToJsString());
}

public sealed class JsNull : JsValue
{
    public static readonly JsNull Instance = new();

    private JsNull()
    {
    }

    public override bool IsTruthy => false;

    public override string ToJsString() => "null";

    internal override void WriteJson(StringBuilder builder, string indent) => builder.Append("null");
}

public sealed class JsUndefined : JsValue
{
    public static readonly JsUndefined Instance = new();

    private JsUndefined()
    {
    }

    public override bool IsTruthy => false;

    public override string ToJsString() => "undefined";

    internal override void WriteJson(StringBuilder builder, string indent) => builder.Append("null");
}

public sealed class JsArray : JsValue
{
    public JsArray(IReadOnlyList<JsValue> items) => Items = items;

    public IReadOnlyList<JsValue> Items { get; }

    public override bool IsTruthy => true;

    public override string ToJsString()
    {
        var parts = new string[Items.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Items[i] is JsNull or JsUndefined ? string.Empty : Items[i].ToJsString();
        }

        return string.Join(",", parts);
    }

    internal override void WriteJson(StringBuilder builder, string indent)
    {
        if (Items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        var inner = indent + "  ";
        builder.Append("[\n");
        for (var i = 0; i < Items.Count; i++)
        {
            builder.Append(inner);
            Items[i].WriteJson(builder, inner);
            builder.Append(i + 1 < Items.Count ? ",\n" : "\n");
        }

        builder.Append(indent).Append(']');
    }
}

/// <summary>An object literal; keys in JavaScript's property order (integer-like keys first, ascending, then insertion order).</summary>
public sealed class JsObject : JsValue
{
    public JsObject(IReadOnlyList<KeyValuePair<string, JsValue>> properties) => Properties = properties;

    public IReadOnlyList<KeyValuePair<string, JsValue>> Properties { get; }

    public override bool IsTruthy => true;

    public JsValue? this[string key] => TryGetValue(key, out var value) ? value : null;

    public bool TryGetValue(string key, out JsValue value)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Key, key, StringComparison.Ordinal))
            {
                value = property.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>The property as a string, or null when missing or not a string.</summary>
    public string? GetString(string key) => this[key] is JsString s ? s.Value : null;

    public override string ToJsString() => "[object Object]";

    internal override void WriteJson(StringBuilder builder, string indent)
    {
        var written = 0;
        var inner = indent + "  ";
        foreach (var property in Properties)
        {
            // JSON.stringify skips undefined properties.
            if (property.Value is JsUndefined)
            {
                continue;
            }

            builder.Append(written == 0 ? "{\n" : ",\n").Append(inner);
            WriteJsonString(builder, property.Key);
            builder.Append(": ");
            property.Value.WriteJson(builder, inner);
            written++;
        }

        builder.Append(written == 0 ? "{}" : "\n" + indent + "}");
    }
}
