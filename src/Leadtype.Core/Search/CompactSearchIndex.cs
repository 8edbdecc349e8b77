using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Leadtype.Json;

namespace Leadtype.Search;

/// <summary>
/// Prepared pages merged just far enough to write the two search files, and written straight to streams:
/// the same bytes as <see cref="SearchIndexJson.RenderIndex"/> and <see cref="SearchIndexJson.RenderContent"/>
/// of <see cref="SearchIndexMerger.Merge"/>, without the <see cref="SearchIndex"/> object graph. Postings
/// stay LEB128 bytes grouped by term (a few bytes each instead of a 20-byte record in a list per term) and
/// chunk texts are composed while they are written, so a large site's index costs a fraction of the memory
/// and no file is ever held whole. The two writes only read the merged state: they may run in parallel.
/// </summary>
public sealed class CompactSearchIndex
{
    private readonly string _generatedAt;
    private readonly List<SearchIndexDocument> _documents;
    private readonly List<PreparedSearchPage> _pages;
    private readonly string[] _names;
    private readonly int[] _order;
    private readonly int[] _postingStart;
    private readonly byte[] _postings;
    private readonly double _averageChunkLength;

    private CompactSearchIndex(
        string generatedAt,
        List<SearchIndexDocument> documents,
        List<PreparedSearchPage> pages,
        int chunkCount,
        string[] names,
        int[] postingStart,
        byte[] postings,
        double averageChunkLength)
    {
        _generatedAt = generatedAt;
        _documents = documents;
        _pages = pages;
        ChunkCount = chunkCount;
        _names = names;
        _order = JsPropertyOrder.Order(names);
        _postingStart = postingStart;
        _postings = postings;
        _averageChunkLength = averageChunkLength;
    }

    public int DocumentCount => _documents.Count;

    public int ChunkCount { get; }

    public int TermCount => _names.Length;

    // For SearchIndexBinaryWriter, which writes the binary form from this state.
    internal string GeneratedAt => _generatedAt;

    internal double AverageChunkLength => _averageChunkLength;

    internal IReadOnlyList<SearchIndexDocument> Documents => _documents;

    internal IReadOnlyList<PreparedSearchPage> Pages => _pages;

    /// <summary>The term at JavaScript enumeration rank <paramref name="rank"/>.</summary>
    internal string TermAt(int rank) => _names[_order[rank]];

    /// <summary>The term's postings as stored: per posting the chunk delta and the four counts, LEB128.</summary>
    internal ReadOnlySpan<byte> PostingsAt(int rank)
    {
        var id = _order[rank];
        return _postings.AsSpan(_postingStart[id], _postingStart[id + 1] - _postingStart[id]);
    }

    /// <summary>
    /// Merges the pages, in order, as <see cref="SearchIndexMerger.Merge"/> does (pages
    /// <see cref="SearchIndexBuilder.IsIndexed"/> leaves out are skipped).
    /// </summary>
    /// <exception cref="ArgumentException">A page was prepared with another title, description or chunking than its document.</exception>
    public static CompactSearchIndex Merge(IEnumerable<PreparedSearchDocument> pages, SearchIndexOptions options) => Merge(pages, options, null);

    /// <summary>
    /// <see cref="Merge(IEnumerable{PreparedSearchDocument}, SearchIndexOptions)"/>, taking the terms and postings from
    /// <paramref name="terms"/> when it was merged from exactly the prepared pages indexed here, in the same order
    /// (the same objects: a merge made while the documents were not yet known); otherwise they are merged here.
    /// </summary>
    /// <exception cref="ArgumentException">A page was prepared with another title, description or chunking than its document.</exception>
    public static CompactSearchIndex Merge(IEnumerable<PreparedSearchDocument> pages, SearchIndexOptions options, SearchTermMerge? terms)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        var (maxChunkChars, overlapChars) = SearchPagePreparer.EffectiveChunking(options);
        var documents = new List<SearchIndexDocument>();
        var prepared = new List<PreparedSearchPage>();
        foreach (var entry in pages)
        {
            var document = entry.Document;
            var page = entry.Page;
            if (!SearchIndexBuilder.IsIndexed(document))
            {
                continue;
            }

            var description = document.Description ?? string.Empty;
            Check(document, description, page, maxChunkChars, overlapChars);
            documents.Add(SearchIndexBuilder.ToEntry(document, documents.Count, description));
            prepared.Add(page);
        }

        var merged = terms is not null && terms.IsFor(prepared) ? terms : SearchTermMerge.Merge(prepared);
        return new CompactSearchIndex(options.GeneratedAt, documents, prepared, merged.ChunkCount, merged.Names, merged.PostingStart, merged.Postings, merged.AverageChunkLength);
    }

    /// <summary>Writes <c>search-index.json</c>; returns its length in bytes.</summary>
    public long WriteIndex(Stream output)
    {
        var json = new JsonWriter(output ?? throw new ArgumentNullException(nameof(output)));
        json.StartObject();
        json.PropertyName("version");
        json.Number(SearchIndex.FormatVersion);
        json.PropertyName("generatedAt");
        json.String(_generatedAt);

        json.PropertyName("documents");
        json.StartArray();
        foreach (var document in _documents)
        {
            SearchIndexJson.WriteDocument(json, document);
        }

        json.EndArray();

        json.PropertyName("chunks");
        json.StartArray();
        var chunkIndex = 0;
        for (var documentIndex = 0; documentIndex < _pages.Count; documentIndex++)
        {
            foreach (var chunk in _pages[documentIndex].Chunks)
            {
                json.StartArray();
                json.String("chunk-" + chunkIndex.ToString(CultureInfo.InvariantCulture));
                json.Number(documentIndex);
                json.String(chunk.Anchor);
                json.StartArray();
                foreach (var heading in chunk.HeadingPath)
                {
                    json.StringOrNull(heading);
                }

                json.EndArray();
                json.Number(chunk.Length);
                json.Number(chunkIndex);
                json.EndArray();
                chunkIndex++;
            }
        }

        json.EndArray();

        json.PropertyName("terms");
        json.StartObject();
        var postings = _postings.AsSpan();
        var chunkDigits = new ChunkDigits(ChunkCount);
        foreach (var id in _order)
        {
            json.PropertyName(_names[id]);
            json.StartArray();
            WritePostings(json, postings, _postingStart[id], _postingStart[id + 1], chunkDigits);
            json.EndArray();
        }

        json.EndObject();

        json.PropertyName("averageChunkLength");
        json.Number(_averageChunkLength);
        json.EndObject();
        json.RawAscii("\n");
        json.Flush();
        return json.BytesWritten;
    }

    /// <summary>Writes <c>search-content.json</c> (every chunk's text); returns its length in bytes.</summary>
    public long WriteContent(Stream output)
    {
        var json = new JsonWriter(output ?? throw new ArgumentNullException(nameof(output)));
        json.StartObject();
        json.PropertyName("version");
        json.Number(SearchIndex.FormatVersion);
        json.PropertyName("generatedAt");
        json.String(_generatedAt);
        json.PropertyName("chunks");
        json.StartArray();

        // ChunkTextLayout.Compose written piece by piece: non-empty pieces joined by a blank line. The title and
        // description open every chunk of a page, and neighbouring chunks share their headings, so those are
        // escaped once per page (per heading path) and copied as bytes.
        var separator = JsonWriter.EscapeToUtf8(ChunkTextLayout.Separator);
        for (var documentIndex = 0; documentIndex < _pages.Count; documentIndex++)
        {
            var document = _documents[documentIndex];
            var prefix = EscapedPieces(separator, document.Title, document.Description, null);
            IReadOnlyList<string?>? lastPath = null;
            byte[] pathBytes = Array.Empty<byte>();
            foreach (var chunk in _pages[documentIndex].Chunks)
            {
                if (lastPath is null || !SamePath(lastPath, chunk.HeadingPath))
                {
                    lastPath = chunk.HeadingPath;
                    pathBytes = EscapedPieces(separator, null, null, chunk.HeadingPath);
                }

                json.StartString();
                json.EscapedStringPart(prefix);
                var empty = prefix.Length == 0;
                if (pathBytes.Length > 0)
                {
                    if (!empty)
                    {
                        json.EscapedStringPart(separator);
                    }

                    json.EscapedStringPart(pathBytes);
                    empty = false;
                }

                if (chunk.EscapedPart.Length > 0)
                {
                    if (!empty)
                    {
                        json.EscapedStringPart(separator);
                    }

                    json.EscapedStringPart(chunk.EscapedPart.Span);
                }

                json.EndString();
            }
        }

        json.EndArray();
        json.EndObject();
        json.RawAscii("\n");
        json.Flush();
        return json.BytesWritten;
    }

    // One term's postings as `[chunk,title,heading,body,code]` items, formatted straight into the writer's
    // buffer: the file holds millions of them, so the general per-value path would dominate its writing. Chunk
    // numbers come from `chunkDigits` (each number's decimal digits, formatted once), and the four counts, nearly
    // always single digits, are written in one step when they are.
    private static void WritePostings(JsonWriter json, ReadOnlySpan<byte> postings, int position, int end, ChunkDigits chunkDigits)
    {
        // The most one posting takes: ",[" and "]", five numbers of at most ten digits and four commas.
        const int MaxPostingBytes = 2 + (5 * 10) + 4 + 1;
        var chunk = 0u;
        var first = true;
        while (position < end)
        {
            var space = json.RawItemSpace(MaxPostingBytes);
            var written = 0;
            while (position < end && written + MaxPostingBytes <= space.Length)
            {
                if (!first)
                {
                    space[written++] = (byte)',';
                }

                first = false;
                space[written++] = (byte)'[';
                chunk += ReadVarInt(postings, ref position);
                written = chunkDigits.Write(space, written, chunk);
                // An OR below 10 means every one of the four is a single digit (and a single LEB128 byte).
                if (position + 4 <= end && (postings[position] | postings[position + 1] | postings[position + 2] | postings[position + 3]) < 10)
                {
                    space[written] = (byte)',';
                    space[written + 1] = (byte)('0' + postings[position]);
                    space[written + 2] = (byte)',';
                    space[written + 3] = (byte)('0' + postings[position + 1]);
                    space[written + 4] = (byte)',';
                    space[written + 5] = (byte)('0' + postings[position + 2]);
                    space[written + 6] = (byte)',';
                    space[written + 7] = (byte)('0' + postings[position + 3]);
                    space[written + 8] = (byte)']';
                    written += 9;
                    position += 4;
                    continue;
                }

                for (var field = 0; field < 4; field++)
                {
                    space[written++] = (byte)',';
                    written = WriteUInt(space, written, ReadVarInt(postings, ref position));
                }

                space[written++] = (byte)']';
            }

            json.CommitRawItems(written);
        }
    }

    /// <summary>The decimal digits of every chunk number of one index, formatted once (each is written once per posting).</summary>
    private sealed class ChunkDigits
    {
        private const int Width = 8;
        private readonly byte[] _table;
        private readonly int _count;

        public ChunkDigits(int count)
        {
            // Up to seven digits fit an entry; a larger index formats the rest as it goes.
            _count = Math.Min(count, 9_999_999);
            _table = new byte[_count * Width];
            Span<byte> digits = stackalloc byte[16];
            for (var i = 0; i < _count; i++)
            {
                var length = WriteUInt(digits, 0, (uint)i);
                _table[i * Width] = (byte)length;
                digits.Slice(0, length).CopyTo(_table.AsSpan((i * Width) + 1));
            }
        }

        public int Write(Span<byte> output, int at, uint chunk)
        {
            if (chunk >= (uint)_count)
            {
                return WriteUInt(output, at, chunk);
            }

            var entry = (int)chunk * Width;
            var length = _table[entry];
            for (var i = 1; i <= length; i++)
            {
                output[at++] = _table[entry + i];
            }

            return at;
        }
    }

    private static uint ReadVarInt(ReadOnlySpan<byte> data, ref int position) => SearchTermMerge.ReadVarInt(data, ref position);

    private static int WriteUInt(Span<byte> output, int at, uint value)
    {
        if (value < 10)
        {
            output[at] = (byte)('0' + value);
            return at + 1;
        }

        if (value < 100)
        {
            output[at] = (byte)('0' + (value / 10));
            output[at + 1] = (byte)('0' + (value % 10));
            return at + 2;
        }

        var digits = 3;
        for (var rest = value / 1000; rest != 0; rest /= 10)
        {
            digits++;
        }

        var end = at + digits;
        for (var i = end - 1; i >= at; i--)
        {
            output[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        return end;
    }

    // The non-empty values among title, description and headings, escaped and joined by the escaped separator.
    private static byte[] EscapedPieces(byte[] separator, string? title, string? description, IReadOnlyList<string?>? headings)
    {
        var pieces = new List<byte>();
        void Add(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (pieces.Count > 0)
            {
                pieces.AddRange(separator);
            }

            pieces.AddRange(JsonWriter.EscapeToUtf8(value!));
        }

        Add(title);
        Add(description);
        if (headings is not null)
        {
            foreach (var heading in headings)
            {
                Add(heading);
            }
        }

        return pieces.ToArray();
    }

    private static bool SamePath(IReadOnlyList<string?> a, IReadOnlyList<string?> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(SearchDocument document, string description, PreparedSearchPage page, int maxChunkChars, int overlapChars)
    {
        if (!string.Equals(page.Title, document.Title, StringComparison.Ordinal) || !string.Equals(page.Description, description, StringComparison.Ordinal)
            || page.MaxChunkChars != maxChunkChars || page.OverlapChars != overlapChars)
        {
            throw new ArgumentException("The prepared page for '" + document.UrlPath + "' was made with another title, description or chunking than its document; prepare it again.", nameof(page));
        }
    }
}
