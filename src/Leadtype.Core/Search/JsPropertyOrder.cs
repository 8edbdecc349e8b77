using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The order in which JavaScript enumerates an object's own string keys: keys that are array indices
/// (canonical decimal integers below 2³²−1) first, ascending numerically, then every other key in
/// insertion order. The <c>terms</c> object of <c>search-index.json</c> is enumerated this way by the
/// reference's writer and by the browser client after <c>JSON.parse</c>, and the order decides which
/// prefix and typo expansions win their caps, so numeric terms such as <c>2024</c> must sort first here too.
/// </summary>
internal static class JsPropertyOrder
{
    public static bool IsArrayIndex(string key, out uint value)
    {
        value = 0;
        if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong parsed = 0;
        foreach (var c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            parsed = (parsed * 10) + (ulong)(c - '0');
        }

        if (parsed >= uint.MaxValue)
        {
            return false;
        }

        value = (uint)parsed;
        return true;
    }

    /// <summary>Reorders <paramref name="keysInInsertionOrder"/> into enumeration order; returns the permutation.</summary>
    public static int[] Order(IReadOnlyList<string> keysInInsertionOrder)
    {
        var indices = new List<(uint Value, int Position)>();
        var others = new List<int>(keysInInsertionOrder.Count);
        for (var i = 0; i < keysInInsertionOrder.Count; i++)
        {
            if (IsArrayIndex(keysInInsertionOrder[i], out var value))
            {
                indices.Add((value, i));
            }
            else
            {
                others.Add(i);
            }
        }

        indices.Sort((a, b) => a.Value.CompareTo(b.Value));
        var order = new int[keysInInsertionOrder.Count];
        var next = 0;
        foreach (var (_, position) in indices)
        {
            order[next++] = position;
        }

        foreach (var position in others)
        {
            order[next++] = position;
        }

        return order;
    }
}
