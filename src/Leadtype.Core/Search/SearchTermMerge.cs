using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The term half of <see cref="CompactSearchIndex.Merge(IEnumerable{PreparedSearchDocument}, SearchIndexOptions, SearchTermMerge?)"/>:
/// every term of a sequence of prepared pages, numbered in first-posting order, with its postings as LEB128 bytes
/// (chunk number as a delta from the term's previous posting, then the four counts). It depends only on the pages
/// and their order, so it can be merged before the site model has decided the documents, and used when the
/// documents turn out to index exactly those pages.
/// </summary>
public sealed class SearchTermMerge
{
    private readonly PreparedSearchPage[] _pages;

    private SearchTermMerge(PreparedSearchPage[] pages, string[] names, int[] postingStart, byte[] postings, int chunkCount, double averageChunkLength)
    {
        _pages = pages;
        Names = names;
        PostingStart = postingStart;
        Postings = postings;
        ChunkCount = chunkCount;
        AverageChunkLength = averageChunkLength;
    }

    public int ChunkCount { get; }

    public int TermCount => Names.Length;

    internal string[] Names { get; }

    internal int[] PostingStart { get; }

    internal byte[] Postings { get; }

    internal double AverageChunkLength { get; }

    /// <summary>True when <paramref name="pages"/> are the very pages (same objects, same order) this was merged from.</summary>
    public bool IsFor(IReadOnlyList<PreparedSearchPage> pages)
    {
        if (pages is null || pages.Count != _pages.Length)
        {
            return false;
        }

        for (var i = 0; i < _pages.Length; i++)
        {
            if (!ReferenceEquals(pages[i], _pages[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Merges the pages' terms in order (every page is indexed: the caller has left out those it skips).</summary>
    public static SearchTermMerge Merge(IReadOnlyList<PreparedSearchPage> pages)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        var list = new PreparedSearchPage[pages.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = pages[i] ?? throw new ArgumentException("A prepared page is missing.", nameof(pages));
        }

        var maps = new int[list.Length][];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var byteCounts = new int[1024];
        var lastChunk = new int[1024];
        var chunkIndex = 0;
        long totalLength = 0;

        // Pages restored from one cache name their terms by number in that cache's table: those numbers find a
        // term's id without hashing its text (most pages of an edit run); other pages look it up by text.
        string[]? table = null;
        int[]? byKey = null;

        // Pass 1: ids in first-posting order, and the exact encoded size of every term's postings.
        for (var p = 0; p < list.Length; p++)
        {
            var page = list[p];
            var pageTerms = page.Terms;
            var keys = page.TermKeys;
            if (keys is not null && table is null && page.TermTable is { } firstTable)
            {
                table = firstTable;
                byKey = new int[table.Length];
                for (var i = 0; i < byKey.Length; i++)
                {
                    byKey[i] = -1;
                }
            }

            var keyed = keys is not null && ReferenceEquals(page.TermTable, table);
            var map = new int[pageTerms.Length];
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = -1;
            }

            maps[p] = map;
            foreach (var chunk in page.Chunks)
            {
                totalLength += chunk.Length;
                var data = chunk.Postings.Span;
                var position = 0;
                while (position < data.Length)
                {
                    var local = (int)ReadVarInt(data, ref position);
                    var start = position;
                    position = SkipCounts(data, position);
                    var id = map[local];
                    if (id < 0)
                    {
                        id = keyed ? byKey![keys![local]] : -1;
                        if (id < 0)
                        {
                            var name = pageTerms[local];
                            if (!ids.TryGetValue(name, out id))
                            {
                                id = names.Count;
                                ids.Add(name, id);
                                names.Add(name);
                                if (id == byteCounts.Length)
                                {
                                    Array.Resize(ref byteCounts, id * 2);
                                    Array.Resize(ref lastChunk, id * 2);
                                }
                            }

                            if (keyed)
                            {
                                byKey![keys![local]] = id;
                            }
                        }

                        map[local] = id;
                    }

                    // Stored per term: the chunk number as a delta from the term's previous posting, then the counts as read.
                    byteCounts[id] += VarIntLength((uint)(chunkIndex - lastChunk[id])) + (position - start);
                    lastChunk[id] = chunkIndex;
                }

                chunkIndex++;
            }
        }

        var postingStart = new int[names.Count + 1];
        long offset = 0;
        for (var id = 0; id < names.Count; id++)
        {
            postingStart[id] = (int)offset;
            offset += byteCounts[id];
            if (offset > int.MaxValue)
            {
                throw new InvalidOperationException("The search index has more postings than one merge can hold.");
            }
        }

        postingStart[names.Count] = (int)offset;

        // Pass 2: the postings, written into each term's range.
        var postings = new byte[offset];
        var cursor = new int[names.Count];
        Array.Copy(postingStart, cursor, names.Count);
        Array.Clear(lastChunk, 0, lastChunk.Length);

        chunkIndex = 0;
        for (var p = 0; p < list.Length; p++)
        {
            var map = maps[p];
            foreach (var chunk in list[p].Chunks)
            {
                var data = chunk.Postings.Span;
                var position = 0;
                while (position < data.Length)
                {
                    var id = map[(int)ReadVarInt(data, ref position)];
                    var start = position;
                    position = SkipCounts(data, position);

                    var at = WriteVarInt(postings, cursor[id], (uint)(chunkIndex - lastChunk[id]));
                    if (position - start == 4)
                    {
                        // Nearly every posting: four one-byte counts, copied without a call.
                        postings[at] = data[start];
                        postings[at + 1] = data[start + 1];
                        postings[at + 2] = data[start + 2];
                        postings[at + 3] = data[start + 3];
                        at += 4;
                    }
                    else
                    {
                        data.Slice(start, position - start).CopyTo(postings.AsSpan(at));
                        at += position - start;
                    }

                    cursor[id] = at;
                    lastChunk[id] = chunkIndex;
                }

                chunkIndex++;
            }
        }

        var average = chunkIndex > 0 ? (double)totalLength / chunkIndex : 0;
        return new SearchTermMerge(list, names.ToArray(), postingStart, postings, chunkIndex, average);
    }

    internal static uint ReadVarInt(ReadOnlySpan<byte> data, ref int position)
    {
        if ((uint)position < (uint)data.Length && data[position] < 0x80)
        {
            return data[position++];
        }

        return VarInt.Read(data, ref position);
    }

    // Past the four LEB128 field counts of a posting; postings are well formed (made by the preparer, or checked when restored).
    private static int SkipCounts(ReadOnlySpan<byte> data, int position)
    {
        // Nearly every count is below 128: four single bytes.
        if (position + 4 <= data.Length && (data[position] | data[position + 1] | data[position + 2] | data[position + 3]) < 0x80)
        {
            return position + 4;
        }

        for (var field = 0; field < 4; field++)
        {
            while (true)
            {
                if ((uint)position >= (uint)data.Length)
                {
                    throw new SearchIndexFormatException("A prepared search chunk's postings are cut short.");
                }

                if (data[position++] < 0x80)
                {
                    break;
                }
            }
        }

        return position;
    }

    private static int WriteVarInt(byte[] output, int position, uint value)
    {
        if (value < 0x80)
        {
            output[position] = (byte)value;
            return position + 1;
        }

        while (value >= 0x80)
        {
            output[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        output[position++] = (byte)value;
        return position;
    }

    private static int VarIntLength(uint value)
    {
        if (value < 0x80)
        {
            return 1;
        }

        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
