using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Leadtype;

/// <summary>
/// A page's frontmatter as data, in source order. Values are <see cref="string"/>, <see cref="bool"/>,
/// <see cref="long"/>, <see cref="double"/>, <c>null</c>, <see cref="IReadOnlyList{T}"/> of values or a
/// nested <see cref="DocFrontmatter"/>; dates are ISO 8601 strings. No reflection, so it is trimming-
/// and AOT-safe.
/// </summary>
public sealed class DocFrontmatter : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _entries;
    private Dictionary<string, object?>? _lookup;

    public DocFrontmatter(KeyValuePair<string, object?>[] entries)
    {
        _entries = entries ?? throw new ArgumentNullException(nameof(entries));
    }

    public static DocFrontmatter Empty { get; } = new(Array.Empty<KeyValuePair<string, object?>>());

    public int Count => _entries.Length;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Key;
            }
        }
    }

    public IEnumerable<object?> Values
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Value;
            }
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException("Frontmatter has no key '" + key + "'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        // Small pages have a handful of keys: a linear scan beats building a dictionary.
        if (_entries.Length <= 8)
        {
            foreach (var entry in _entries)
            {
                if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                {
                    value = entry.Value;
                    return true;
                }
            }

            value = null;
            return false;
        }

        _lookup ??= BuildLookup();
        return _lookup.TryGetValue(key, out value);
    }

    /// <summary>The value of <paramref name="key"/> when it is a string, else <c>null</c>.</summary>
    public string? GetString(string key) => TryGetValue(key, out var value) ? value as string : null;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<string, object?> BuildLookup()
    {
        var lookup = new Dictionary<string, object?>(_entries.Length, StringComparer.Ordinal);
        foreach (var entry in _entries)
        {
            lookup[entry.Key] = entry.Value;
        }

        return lookup;
    }
}
