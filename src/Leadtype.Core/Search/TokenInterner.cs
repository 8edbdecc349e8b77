using System;

namespace Leadtype.Search;

/// <summary>
/// Gives every distinct token a dense id, found by its characters without allocating a string per
/// occurrence (open addressing over the folded text's spans). Ids are assigned in first-seen order.
/// </summary>
internal sealed class TokenInterner
{
    private int[] _buckets = NewBuckets(1 << 10);
    private string[] _names = new string[256];
    private int[] _hashes = new int[256];

    public int Count { get; private set; }

    public string Name(int id) => _names[id];

    /// <summary>Ids of the tokens of <paramref name="text"/>, in order.</summary>
    public int[] Ids(string text, TokenSpans spans)
    {
        spans.Read(text);
        if (spans.Count == 0)
        {
            return Array.Empty<int>();
        }

        var ids = new int[spans.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = GetOrAdd(spans[i]);
        }

        return ids;
    }

    public int GetOrAdd(ReadOnlySpan<char> token)
    {
        var hash = Hash(token);
        var mask = _buckets.Length - 1;
        var bucket = hash & mask;
        while (true)
        {
            var id = _buckets[bucket];
            if (id < 0)
            {
                break;
            }

            if (_hashes[id] == hash && token.SequenceEqual(_names[id].AsSpan()))
            {
                return id;
            }

            bucket = (bucket + 1) & mask;
        }

        var added = Count++;
        if (added == _names.Length)
        {
            Array.Resize(ref _names, added * 2);
            Array.Resize(ref _hashes, added * 2);
        }

        _names[added] = token.ToString();
        _hashes[added] = hash;
        _buckets[bucket] = added;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return added;
    }

    private void Rehash()
    {
        _buckets = NewBuckets(_buckets.Length * 2);
        var mask = _buckets.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var bucket = _hashes[id] & mask;
            while (_buckets[bucket] >= 0)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = id;
        }
    }

    private static int[] NewBuckets(int size)
    {
        var buckets = new int[size];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = -1;
        }

        return buckets;
    }

    // FNV-1a over the UTF-16 units; non-negative so it can be masked directly.
    private static int Hash(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }
}
