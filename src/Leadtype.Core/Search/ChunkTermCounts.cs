using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>The four fields a term is counted in, in the order the reference first meets them.</summary>
internal enum ChunkField
{
    Title = 0,
    Heading = 1,
    Body = 2,
    Code = 3,
}

/// <summary>
/// Term counts of one chunk per field, keeping the reference's first-occurrence order (title, heading,
/// body, code): slot <c>i</c> is the <c>i</c>-th distinct term met. Reused from chunk to chunk.
/// </summary>
internal sealed class ChunkTermCounts
{
    private readonly List<int> _order = new();
    private readonly List<int> _counts = new();
    private int[] _stamp = new int[1024];
    private int[] _slot = new int[1024];
    private int _generation;

    /// <summary>Distinct terms of the current chunk.</summary>
    public int Count => _order.Count;

    public void Begin()
    {
        _generation++;
        _order.Clear();
        _counts.Clear();
    }

    /// <param name="termCount">How many term ids exist (every id in <paramref name="termIds"/> is below it).</param>
    public void Add(ChunkField field, int[] termIds, int termCount)
    {
        if (_stamp.Length < termCount)
        {
            var size = Math.Max(termCount, _stamp.Length * 2);
            Array.Resize(ref _stamp, size);
            Array.Resize(ref _slot, size);
        }

        foreach (var id in termIds)
        {
            if (_stamp[id] != _generation)
            {
                _stamp[id] = _generation;
                _slot[id] = _order.Count;
                _order.Add(id);
                _counts.Add(0);
                _counts.Add(0);
                _counts.Add(0);
                _counts.Add(0);
            }

            _counts[(_slot[id] * 4) + (int)field]++;
        }
    }

    public int TermAt(int slot) => _order[slot];

    public int CountAt(int slot, ChunkField field) => _counts[(slot * 4) + (int)field];
}
