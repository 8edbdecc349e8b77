using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Json;

/// <summary>The kind of a parsed JSON value.</summary>
public enum JsonValueKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it starts in the source text, so config validation can
/// point at the exact line and column of a bad value (1-based; columns count UTF-16 units).
/// </summary>
public abstract class JsonValue
{
    protected JsonValue(int line, int column, int offset)
    {
        Line = line;
        Column = column;
        Offset = offset;
    }

    public abstract JsonValueKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Offset of the first character of the value in the source text.</summary>
    public int Offset { get; }

    /// <summary>"an object", "a string", … for messages such as "expected a string, got a number".</summary>
    public string Describe() => DescribeKind(Kind);

    public static string DescribeKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Boolean => "a boolean",
        _ => "null",
    };
}

/// <summary>One <c>"name": value</c> member of an object; the name keeps its own position for "unknown property" messages.</summary>
public sealed class JsonProperty
{
    public JsonProperty(string name, int line, int column, JsonValue value)
    {
        Name = name;
        Line = line;
        Column = column;
        Value = value;
    }

    public string Name { get; }

    /// <summary>Line of the opening quote of the name.</summary>
    public int Line { get; }

    public int Column { get; }

    public JsonValue Value { get; }
}

public sealed class JsonObject : JsonValue
{
    public JsonObject(IReadOnlyList<JsonProperty> properties, int line, int column, int offset)
        : base(line, column, offset) => Properties = properties;

    public override JsonValueKind Kind => JsonValueKind.Object;

    /// <summary>Members in source order. Duplicates are kept (callers decide whether that is an error).</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>The last member named <paramref name="name"/> (JSON.parse semantics), or <c>null</c>.</summary>
    public JsonProperty? Find(string name)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
            {
                return Properties[i];
            }
        }

        return null;
    }

    public JsonValue? this[string name] => Find(name)?.Value;
}

public sealed class JsonArray : JsonValue
{
    public JsonArray(IReadOnlyList<JsonValue> items, int line, int column, int offset)
        : base(line, column, offset) => Items = items;

    public override JsonValueKind Kind => JsonValueKind.Array;

    public IReadOnlyList<JsonValue> Items { get; }
}

public sealed class JsonString : JsonValue
{
    public JsonString(string value, int line, int column, int offset)
        : base(line, column, offset) => Value = value;

    public override JsonValueKind Kind => JsonValueKind.String;

    public string Value { get; }
}

public sealed class JsonNumber : JsonValue
{
    public JsonNumber(string raw, int line, int column, int offset)
        : base(line, column, offset)
    {
        Raw = raw;
        Value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public override JsonValueKind Kind => JsonValueKind.Number;

    /// <summary>The number exactly as written.</summary>
    public string Raw { get; }

    public double Value { get; }

    /// <summary>True when the value is a whole number that fits an <see cref="int"/> (<c>20</c>, <c>2e1</c>, <c>20.0</c>).</summary>
    public bool TryGetInt32(out int value)
    {
        if (!double.IsInfinity(Value) && Math.Floor(Value) == Value && Value >= int.MinValue && Value <= int.MaxValue)
        {
            value = (int)Value;
            return true;
        }

        value = 0;
        return false;
    }
}

public sealed class JsonBoolean : JsonValue
{
    public JsonBoolean(bool value, int line, int column, int offset)
        : base(line, column, offset) => Value = value;

    public override JsonValueKind Kind => JsonValueKind.Boolean;

    public bool Value { get; }
}

public sealed class JsonNull : JsonValue
{
    public JsonNull(int line, int column, int offset)
        : base(line, column, offset)
    {
    }

    public override JsonValueKind Kind => JsonValueKind.Null;
}
