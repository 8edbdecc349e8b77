using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Frontmatter;

/// <summary>
/// A frontmatter value after YAML parsing: the data the original's <c>yaml</c> v2 parser hands to
/// JavaScript (strings, numbers, booleans, null, dates, sequences, ordered maps). Value-equatable, so
/// the source generator can cache pages by their frontmatter and tests can compare "equal as data".
/// </summary>
public abstract class YamlValue : IEquatable<YamlValue>
{
    private protected YamlValue()
    {
    }

    public abstract bool Equals(YamlValue? other);

    public override bool Equals(object? obj) => obj is YamlValue other && Equals(other);

    public abstract override int GetHashCode();

    /// <summary>The string value, or null when this is not a string.</summary>
    public string? AsString() => (this as YamlString)?.Value;
}

public sealed class YamlString : YamlValue
{
    public YamlString(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    public string Value { get; }

    public override bool Equals(YamlValue? other) => other is YamlString s && string.Equals(Value, s.Value, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;
}

/// <summary>A YAML number. Stored as a double because that is what the original's data holds (JavaScript numbers).</summary>
public sealed class YamlNumber : YamlValue
{
    public YamlNumber(double value) => Value = value;

    public double Value { get; }

    public override bool Equals(YamlValue? other) => other is YamlNumber n && Value.Equals(n.Value);

    public override int GetHashCode() => Value.GetHashCode();

    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

public sealed class YamlBoolean : YamlValue
{
    public static readonly YamlBoolean True = new(true);
    public static readonly YamlBoolean False = new(false);

    private YamlBoolean(bool value) => Value = value;

    public bool Value { get; }

    public static YamlBoolean Of(bool value) => value ? True : False;

    public override bool Equals(YamlValue? other) => other is YamlBoolean b && Value == b.Value;

    public override int GetHashCode() => Value ? 1 : 0;

    public override string ToString() => Value ? "true" : "false";
}

public sealed class YamlNull : YamlValue
{
    public static readonly YamlNull Instance = new();

    private YamlNull()
    {
    }

    public override bool Equals(YamlValue? other) => other is YamlNull;

    public override int GetHashCode() => 0x5A5A;

    public override string ToString() => "null";
}

/// <summary>
/// An unquoted YAML timestamp (<c>2024-01-01</c>, <c>2026-04-19T12:00:00Z</c>): kept as an instant in UTC
/// with millisecond precision, as the original keeps a JavaScript <c>Date</c> (CC-17).
/// </summary>
public sealed class YamlDate : YamlValue
{
    public YamlDate(DateTime utc) => Utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public DateTime Utc { get; }

    public override bool Equals(YamlValue? other) => other is YamlDate d && Utc.Ticks == d.Utc.Ticks;

    public override int GetHashCode() => Utc.Ticks.GetHashCode();

    /// <summary>JavaScript's <c>toISOString()</c>: <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>.</summary>
    public string ToIsoString() => Utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public override string ToString() => ToIsoString();
}

public sealed class YamlSequence : YamlValue
{
    public static readonly YamlSequence Empty = new(Array.Empty<YamlValue>());

    private readonly YamlValue[] _items;

    public YamlSequence(IEnumerable<YamlValue> items) => _items = new List<YamlValue>(items).ToArray();

    public IReadOnlyList<YamlValue> Items => _items;

    public int Count => _items.Length;

    public override bool Equals(YamlValue? other)
    {
        if (other is not YamlSequence s || s._items.Length != _items.Length)
        {
            return false;
        }

        for (var i = 0; i < _items.Length; i++)
        {
            if (!_items[i].Equals(s._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = 19;
        foreach (var item in _items)
        {
            hash = unchecked((hash * 31) + item.GetHashCode());
        }

        return hash;
    }
}

/// <summary>A YAML mapping with string keys in document order (the order the emitter writes them back).</summary>
public sealed class YamlMap : YamlValue
{
    public static readonly YamlMap Empty = new(Array.Empty<KeyValuePair<string, YamlValue>>());

    private readonly KeyValuePair<string, YamlValue>[] _entries;

    public YamlMap(IEnumerable<KeyValuePair<string, YamlValue>> entries) => _entries = new List<KeyValuePair<string, YamlValue>>(entries).ToArray();

    public IReadOnlyList<KeyValuePair<string, YamlValue>> Entries => _entries;

    public int Count => _entries.Length;

    public YamlValue? this[string key] => TryGetValue(key, out var value) ? value : null;

    public bool TryGetValue(string key, out YamlValue value)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                value = entry.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>A copy with <paramref name="key"/> set: replaced in place when present, appended otherwise.</summary>
    public YamlMap With(string key, YamlValue value)
    {
        var list = new List<KeyValuePair<string, YamlValue>>(_entries.Length + 1);
        var replaced = false;
        foreach (var entry in _entries)
        {
            if (!replaced && string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                list.Add(new KeyValuePair<string, YamlValue>(key, value));
                replaced = true;
            }
            else
            {
                list.Add(entry);
            }
        }

        if (!replaced)
        {
            list.Add(new KeyValuePair<string, YamlValue>(key, value));
        }

        return new YamlMap(list);
    }

    public override bool Equals(YamlValue? other)
    {
        if (other is not YamlMap m || m._entries.Length != _entries.Length)
        {
            return false;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (!string.Equals(_entries[i].Key, m._entries[i].Key, StringComparison.Ordinal) || !_entries[i].Value.Equals(m._entries[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = 23;
        foreach (var entry in _entries)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(entry.Key));
            hash = unchecked((hash * 31) + entry.Value.GetHashCode());
        }

        return hash;
    }
}
