using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Threading;

namespace Leadtype.Search;

/// <summary>
/// A search index in the compact binary form (<see cref="BinaryLayout"/>), read in place from memory:
/// loading checks the checksum and every table bound, and nothing is copied except the small per-document
/// URL order; postings and texts are decoded on demand with bounds checks, so damaged data raises
/// <see cref="SearchIndexFormatException"/> rather than changing results. Immutable and thread-safe.
/// </summary>
public sealed class BinarySearchIndex
{
    private const int TextCacheSlots = 256;

    private readonly ReadOnlyMemory<byte> _data;
    private readonly byte[]? _array;
    private readonly int _arrayOffset;
    private readonly int[] _sectionOffset = new int[BinaryLayout.SectionCount];
    private readonly int[] _sectionLength = new int[BinaryLayout.SectionCount];
    private readonly ushort _flags;
    private readonly int _generatedAt;
    private readonly TextBlock?[] _textCache = new TextBlock?[TextCacheSlots];

    private BinarySearchIndex(ReadOnlyMemory<byte> data)
    {
        _data = data;
        if (MemoryMarshal.TryGetArray(data, out var segment) && segment.Array is not null)
        {
            _array = segment.Array;
            _arrayOffset = segment.Offset;
        }

        var span = data.Span;
        if (span.Length < BinaryLayout.HeaderSize)
        {
            throw Corrupt($"it is {span.Length} bytes long, shorter than the {BinaryLayout.HeaderSize}-byte header");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span) != BinaryLayout.Magic)
        {
            throw new SearchIndexFormatException("Not a Leadtype binary search index (the LTSX signature is missing).");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(4));
        if (version != BinaryLayout.Version)
        {
            throw new SearchIndexFormatException($"Binary search index version {version} is not supported (expected {BinaryLayout.Version}); rebuild the index with this version of Leadtype.");
        }

        if (BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(6)) != 0)
        {
            throw Corrupt("its reserved header field is not zero");
        }

        var total = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(8));
        if (total != (uint)span.Length)
        {
            throw Corrupt($"the header says {total} bytes but {span.Length} are present (truncated or padded)");
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(12)) != 0)
        {
            throw Corrupt("its reserved header field is not zero");
        }

        var expectedHash = BinaryPrimitives.ReadUInt64LittleEndian(span.Slice(16));
        if (XxHash64.Hash(span.Slice(24)) != expectedHash)
        {
            throw Corrupt("its checksum does not match (the bytes were altered)");
        }

        AverageChunkLength = BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(span.Slice(24)));
        if (double.IsNaN(AverageChunkLength) || double.IsInfinity(AverageChunkLength) || AverageChunkLength < 0)
        {
            throw Corrupt("its average chunk length is not a finite non-negative number");
        }

        _flags = BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(38));
        if ((_flags & ~(BinaryLayout.FlagHasContent | BinaryLayout.FlagCanonicalChunkIds | BinaryLayout.FlagAscendingPostings)) != 0)
        {
            throw Corrupt("it sets unknown flags");
        }

        var sectionCount = BinaryPrimitives.ReadUInt16LittleEndian(span.Slice(36));
        if (sectionCount != BinaryLayout.SectionCount || BinaryLayout.HeaderSize + (BinaryLayout.SectionCount * 8) > span.Length)
        {
            throw Corrupt($"it declares {sectionCount} sections (expected {BinaryLayout.SectionCount})");
        }

        for (var s = 0; s < BinaryLayout.SectionCount; s++)
        {
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(BinaryLayout.HeaderSize + (s * 8)));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(BinaryLayout.HeaderSize + (s * 8) + 4));
            if ((ulong)offset + length > (ulong)span.Length)
            {
                throw Corrupt($"section {s} lies outside the data");
            }

            _sectionOffset[s] = (int)offset;
            _sectionLength[s] = (int)length;
        }

        StringCount = CountFromOffsets(BinaryLayout.StringOffsets, "string");
        CheckOffsets(BinaryLayout.StringOffsets, StringCount, BinaryLayout.StringBytes, 4, 0, "string");
        DocumentCount = CountRecords(BinaryLayout.Documents, BinaryLayout.DocumentRecordSize, "document");
        ChunkCount = CountRecords(BinaryLayout.Chunks, BinaryLayout.ChunkRecordSize, "chunk");
        TermCount = CountFromOffsets(BinaryLayout.TermOffsets, "term");
        CheckOffsets(BinaryLayout.TermOffsets, TermCount, BinaryLayout.TermBytes, 4, 0, "term");
        if (_sectionLength[BinaryLayout.TermInfo] != (TermCount + 1) * BinaryLayout.TermInfoSize)
        {
            throw Corrupt("the term table and the term information table disagree in size");
        }

        CheckOffsets(BinaryLayout.TermInfo, TermCount, BinaryLayout.Postings, BinaryLayout.TermInfoSize, 4, "postings");
        if ((_flags & BinaryLayout.FlagCanonicalChunkIds) == 0 && _sectionLength[BinaryLayout.ChunkIds] != ChunkCount * 4)
        {
            throw Corrupt("the chunk id table has the wrong size");
        }

        _generatedAt = CheckString(BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(32)), allowNull: false);
        ValidateTables();
        var documentRanks = RankDocumentUrls();
        ChunkUrlRanks = new int[ChunkCount];
        LengthNorms = new double[ChunkCount];
        var averageLength = Math.Max(AverageChunkLength, 1);
        var chunks = Section(BinaryLayout.Chunks);
        for (var c = 0; c < ChunkCount; c++)
        {
            var record = chunks.Slice(c * BinaryLayout.ChunkRecordSize, BinaryLayout.ChunkRecordSize);
            ChunkUrlRanks[c] = documentRanks[(int)BinaryPrimitives.ReadUInt32LittleEndian(record)];

            // The BM25 length term, exactly as the reference evaluates it per posting.
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(12));
            LengthNorms[c] = SearchEngine.K1 * (1 - SearchEngine.B + (SearchEngine.B * (length / averageLength)));
        }
    }

    public int DocumentCount { get; }

    public int ChunkCount { get; }

    public int TermCount { get; }

    public double AverageChunkLength { get; }

    public string GeneratedAt => ReadString(_generatedAt);

    /// <summary>Whether chunk texts are stored (the content store); without them excerpts fall back to titles and headings.</summary>
    public bool HasContent => (_flags & BinaryLayout.FlagHasContent) != 0;

    /// <summary>The bytes this index reads from.</summary>
    public ReadOnlyMemory<byte> Data => _data;

    internal int StringCount { get; }

    /// <summary>Checks and opens a binary index. The memory must stay unchanged while the index is in use.</summary>
    public static BinarySearchIndex Load(ReadOnlyMemory<byte> data) => new(data);

    // ---- documents ----------------------------------------------------------------------

    internal string DocumentField(int document, int field)
    {
        var id = ReadU32(BinaryLayout.Documents, (document * BinaryLayout.DocumentRecordSize) + (field * 4));
        return id == BinaryLayout.NoString ? string.Empty : ReadString((int)id);
    }

    internal string? OptionalDocumentField(int document, int field)
    {
        var id = ReadU32(BinaryLayout.Documents, (document * BinaryLayout.DocumentRecordSize) + (field * 4));
        return id == BinaryLayout.NoString ? null : ReadString((int)id);
    }

    /// <summary>Per chunk: position of its page's absolute URL in the tie-break order (equal URLs share a rank).</summary>
    internal int[] ChunkUrlRanks { get; }

    /// <summary>Per chunk: <c>k1 · (1 − b + b · length / averageLength)</c>, the BM25 length normalisation.</summary>
    internal double[] LengthNorms { get; }

    // ---- chunks -------------------------------------------------------------------------

    internal int ChunkDocument(int chunk) => (int)ReadU32(BinaryLayout.Chunks, chunk * BinaryLayout.ChunkRecordSize);

    internal int ChunkLength(int chunk) => (int)ReadU32(BinaryLayout.Chunks, (chunk * BinaryLayout.ChunkRecordSize) + 12);

    internal string ChunkAnchor(int chunk) => ReadString((int)ReadU32(BinaryLayout.Chunks, (chunk * BinaryLayout.ChunkRecordSize) + 4));

    internal string ChunkId(int chunk) =>
        (_flags & BinaryLayout.FlagCanonicalChunkIds) != 0
            ? "chunk-" + chunk.ToString(CultureInfo.InvariantCulture)
            : ReadString((int)ReadU32(BinaryLayout.ChunkIds, chunk * 4));

    internal string?[] ChunkHeadingPath(int chunk)
    {
        var span = Section(BinaryLayout.HeadingPaths);
        var position = (int)ReadU32(BinaryLayout.Chunks, (chunk * BinaryLayout.ChunkRecordSize) + 8);
        var count = (int)VarInt.Read(span, ref position);
        if (count > span.Length - position)
        {
            throw Corrupt("a heading path is longer than its table");
        }

        var path = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var id = VarInt.Read(span, ref position);
            path[i] = id == 0 ? null : ReadString(CheckString(id - 1, allowNull: false));
        }

        return path;
    }

    /// <summary>The chunk's text (the reference's content store entry), or "" without a content store.</summary>
    internal string ChunkText(int chunk)
    {
        var stored = ChunkStoredText(chunk, out var afterPrefix);
        if (!afterPrefix)
        {
            return stored;
        }

        var document = ChunkDocument(chunk);
        return ChunkTextLayout.Compose(DocumentField(document, 1), DocumentField(document, 2), ChunkHeadingPath(chunk), stored);
    }

    /// <summary>
    /// What is stored for the chunk's text: the whole text, or (<paramref name="afterPrefix"/>) only the part
    /// after the title/description/heading prefix, which <see cref="ChunkPrefix"/> rebuilds.
    /// </summary>
    internal string ChunkStoredText(int chunk, out bool afterPrefix)
    {
        afterPrefix = false;
        if (!HasContent)
        {
            return string.Empty;
        }

        var group = FindTextGroup(chunk);
        var raw = TextGroup(group);
        var first = (int)ReadU32(BinaryLayout.TextGroups, group * BinaryLayout.TextGroupSize);
        var position = 0;
        for (var c = first; ; c++)
        {
            var mode = VarInt.Read(raw, ref position);
            var length = VarInt.Read(raw, ref position);
            if (mode > 1 || length > (uint)(raw.Length - position))
            {
                throw Corrupt("a chunk text runs past its block");
            }

            if (c == chunk)
            {
                afterPrefix = mode == 1;
                return Wtf8.Decode(raw, position, (int)length);
            }

            position += (int)length;
        }
    }

    /// <summary>The title/description/heading prefix of a chunk's text (shared by the chunks of one section).</summary>
    internal string ChunkPrefix(int chunk)
    {
        var document = ChunkDocument(chunk);
        return ChunkTextLayout.Compose(DocumentField(document, 1), DocumentField(document, 2), ChunkHeadingPath(chunk), string.Empty);
    }

    /// <summary>A key equal for chunks whose text prefix is equal: same page, same heading path.</summary>
    internal long ChunkPrefixKey(int chunk) =>
        ((long)ChunkDocument(chunk) << 32) | ReadU32(BinaryLayout.Chunks, (chunk * BinaryLayout.ChunkRecordSize) + 8);

    // ---- terms --------------------------------------------------------------------------

    internal ReadOnlySpan<byte> Term(int sortedIndex)
    {
        var start = (int)ReadU32(BinaryLayout.TermOffsets, sortedIndex * 4);
        var end = (int)ReadU32(BinaryLayout.TermOffsets, (sortedIndex + 1) * 4);
        return Section(BinaryLayout.TermBytes).Slice(start, end - start);
    }

    internal string TermString(int sortedIndex)
    {
        var start = (int)ReadU32(BinaryLayout.TermOffsets, sortedIndex * 4);
        var end = (int)ReadU32(BinaryLayout.TermOffsets, (sortedIndex + 1) * 4);
        return DecodeAt(_sectionOffset[BinaryLayout.TermBytes] + start, end - start);
    }

    /// <summary>The term's position in JavaScript's enumeration of the <c>terms</c> object.</summary>
    internal int TermRank(int sortedIndex) => (int)ReadU32(BinaryLayout.TermInfo, sortedIndex * BinaryLayout.TermInfoSize);

    internal int FindTerm(ReadOnlySpan<byte> utf8)
    {
        var lo = 0;
        var hi = TermCount - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var compared = Term(mid).SequenceCompareTo(utf8);
            if (compared == 0)
            {
                return mid;
            }

            if (compared < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Sorted-index range [start, end) of the terms whose bytes start with <paramref name="prefix"/>.</summary>
    internal (int Start, int End) PrefixRange(ReadOnlySpan<byte> prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < TermCount && Term(end).StartsWith(prefix))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Sorted-index range [start, end) of the terms whose bytes lie in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    internal (int Start, int End) ByteRange(ReadOnlySpan<byte> low, ReadOnlySpan<byte> high) => (LowerBound(low), LowerBound(high));

    internal PostingReader Postings(int sortedIndex)
    {
        var start = (int)ReadU32(BinaryLayout.TermInfo, (sortedIndex * BinaryLayout.TermInfoSize) + 4);
        var end = (int)ReadU32(BinaryLayout.TermInfo, ((sortedIndex + 1) * BinaryLayout.TermInfoSize) + 4);
        return new PostingReader(Section(BinaryLayout.Postings).Slice(start, end - start), ChunkCount, (_flags & BinaryLayout.FlagAscendingPostings) != 0);
    }

    // ---- model --------------------------------------------------------------------------

    /// <summary>Reads the whole index back into the in-memory model (for writing the JSON files from a binary index).</summary>
    public SearchIndex ToSearchIndex()
    {
        var documents = new SearchIndexDocument[DocumentCount];
        for (var d = 0; d < DocumentCount; d++)
        {
            var record = Section(BinaryLayout.Documents).Slice(d * BinaryLayout.DocumentRecordSize, BinaryLayout.DocumentRecordSize);
            documents[d] = new SearchIndexDocument(DocumentField(d, 0), DocumentField(d, 1), DocumentField(d, 2), DocumentField(d, 3), DocumentField(d, 4), DocumentField(d, 5))
            {
                HasLocaleFields = record[36] != 0,
                Locale = OptionalDocumentField(d, 6),
                SourceLocale = OptionalDocumentField(d, 7),
                LogicalPath = OptionalDocumentField(d, 8),
                IsFallback = record[37] switch { 1 => false, 2 => true, _ => null },
            };
        }

        var chunks = new SearchIndexChunk[ChunkCount];
        var content = HasContent ? new string[ChunkCount] : null;
        for (var c = 0; c < ChunkCount; c++)
        {
            chunks[c] = new SearchIndexChunk(ChunkId(c), ChunkDocument(c), ChunkAnchor(c), ChunkHeadingPath(c), ChunkLength(c), c);
            if (content is not null)
            {
                content[c] = ChunkText(c);
            }
        }

        var terms = new SearchIndexTerm[TermCount];
        for (var s = 0; s < TermCount; s++)
        {
            var rank = TermRank(s);
            var postings = new List<SearchPosting>();
            var reader = Postings(s);
            while (reader.MoveNext())
            {
                postings.Add(reader.Current);
            }

            terms[rank] = new SearchIndexTerm(TermString(s), postings);
        }

        return new SearchIndex(GeneratedAt, documents, chunks, terms, AverageChunkLength, content);
    }

    // ---- internals ----------------------------------------------------------------------

    private ReadOnlySpan<byte> Section(int section) => _data.Span.Slice(_sectionOffset[section], _sectionLength[section]);

    private uint ReadU32(int section, int offset) =>
        BinaryPrimitives.ReadUInt32LittleEndian(_data.Span.Slice(_sectionOffset[section] + offset, 4));

    private string ReadString(int id)
    {
        var start = (int)ReadU32(BinaryLayout.StringOffsets, id * 4);
        var end = (int)ReadU32(BinaryLayout.StringOffsets, (id + 1) * 4);
        return DecodeAt(_sectionOffset[BinaryLayout.StringBytes] + start, end - start);
    }

    private string DecodeAt(int offset, int length)
    {
        if (_array is not null)
        {
            return Wtf8.Decode(_array, _arrayOffset + offset, length);
        }

        var copy = _data.Span.Slice(offset, length).ToArray();
        return Wtf8.Decode(copy, 0, copy.Length);
    }

    private int LowerBound(ReadOnlySpan<byte> key)
    {
        var lo = 0;
        var hi = TermCount;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (Term(mid).SequenceCompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int FindTextGroup(int chunk)
    {
        var groups = (_sectionLength[BinaryLayout.TextGroups] / BinaryLayout.TextGroupSize) - 1;
        var lo = 0;
        var hi = groups - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo + 1) >> 1);
            if (ReadU32(BinaryLayout.TextGroups, mid * BinaryLayout.TextGroupSize) <= (uint)chunk)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private byte[] TextGroup(int group)
    {
        var slot = group % TextCacheSlots;
        var cached = Volatile.Read(ref _textCache[slot]);
        if (cached is not null && cached.Group == group)
        {
            return cached.Raw;
        }

        var start = (int)ReadU32(BinaryLayout.TextGroups, (group * BinaryLayout.TextGroupSize) + 4);
        var end = (int)ReadU32(BinaryLayout.TextGroups, ((group + 1) * BinaryLayout.TextGroupSize) + 4);
        var rawLength = (int)ReadU32(BinaryLayout.TextGroups, (group * BinaryLayout.TextGroupSize) + 8);
        var raw = Inflate(_sectionOffset[BinaryLayout.TextData] + start, end - start, rawLength);
        Volatile.Write(ref _textCache[slot], new TextBlock(group, raw));
        return raw;
    }

    private byte[] Inflate(int offset, int length, int rawLength)
    {
        Stream compressed = _array is not null
            ? new MemoryStream(_array, _arrayOffset + offset, length, writable: false)
            : new MemoryStream(_data.Span.Slice(offset, length).ToArray(), writable: false);
        var raw = new byte[rawLength];
        try
        {
            using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
            var read = 0;
            while (read < rawLength)
            {
                var n = deflate.Read(raw, read, rawLength - read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read != rawLength || deflate.ReadByte() != -1)
            {
                throw Corrupt("a text block does not inflate to its recorded size");
            }
        }
        catch (InvalidDataException exception)
        {
            throw new SearchIndexFormatException("Binary search index is corrupt: a text block is not valid DEFLATE data.", exception);
        }

        return raw;
    }

    private int CountRecords(int section, int recordSize, string what)
    {
        if (_sectionLength[section] % recordSize != 0)
        {
            throw Corrupt($"the {what} table has a partial record");
        }

        return _sectionLength[section] / recordSize;
    }

    private int CountFromOffsets(int section, string what)
    {
        if (_sectionLength[section] < 4 || _sectionLength[section] % 4 != 0)
        {
            throw Corrupt($"the {what} offset table is malformed");
        }

        return (_sectionLength[section] / 4) - 1;
    }

    // Offsets at `stride` steps (field at `field`) must rise monotonically from 0 to the target section's length.
    private void CheckOffsets(int section, int count, int target, int stride, int field, string what)
    {
        var previous = 0u;
        for (var i = 0; i <= count; i++)
        {
            var value = ReadU32(section, (i * stride) + field);
            if (value < previous || value > (uint)_sectionLength[target] || (i == 0 && value != 0) || (i == count && value != (uint)_sectionLength[target]))
            {
                throw Corrupt($"the {what} offsets are out of order or out of range");
            }

            previous = value;
        }
    }

    private int CheckString(uint id, bool allowNull)
    {
        if (id == BinaryLayout.NoString && allowNull)
        {
            return -1;
        }

        if (id >= (uint)StringCount)
        {
            throw Corrupt("a string reference points past the string table");
        }

        return (int)id;
    }

    private void ValidateTables()
    {
        for (var d = 0; d < DocumentCount; d++)
        {
            for (var field = 0; field < 9; field++)
            {
                CheckString(ReadU32(BinaryLayout.Documents, (d * BinaryLayout.DocumentRecordSize) + (field * 4)), allowNull: field >= 6);
            }

            if (Section(BinaryLayout.Documents)[(d * BinaryLayout.DocumentRecordSize) + 37] > 2)
            {
                throw Corrupt("a document has an invalid isFallback value");
            }
        }

        var headingPathsLength = (uint)_sectionLength[BinaryLayout.HeadingPaths];
        var chunks = Section(BinaryLayout.Chunks);
        for (var c = 0; c < ChunkCount; c++)
        {
            var record = chunks.Slice(c * BinaryLayout.ChunkRecordSize, BinaryLayout.ChunkRecordSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) >= (uint)DocumentCount)
            {
                throw Corrupt($"chunk {c} refers to a missing document");
            }

            CheckString(BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(4)), allowNull: false);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(8)) >= headingPathsLength)
            {
                throw Corrupt($"chunk {c} refers to a missing heading path");
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(record.Slice(12)) > int.MaxValue)
            {
                throw Corrupt($"chunk {c} has an impossible length");
            }

            if ((_flags & BinaryLayout.FlagCanonicalChunkIds) == 0)
            {
                CheckString(ReadU32(BinaryLayout.ChunkIds, c * 4), allowNull: false);
            }
        }

        for (var s = 0; s < TermCount; s++)
        {
            if (ReadU32(BinaryLayout.TermInfo, s * BinaryLayout.TermInfoSize) >= (uint)TermCount)
            {
                throw Corrupt("a term has an impossible enumeration rank");
            }
        }

        var groupsLength = _sectionLength[BinaryLayout.TextGroups];
        if (groupsLength < BinaryLayout.TextGroupSize || groupsLength % BinaryLayout.TextGroupSize != 0)
        {
            throw Corrupt("the text block table is malformed");
        }

        var groups = (groupsLength / BinaryLayout.TextGroupSize) - 1;
        if (HasContent && ChunkCount > 0 && (groups == 0 || ReadU32(BinaryLayout.TextGroups, 0) != 0))
        {
            throw Corrupt("the text blocks do not cover the chunks");
        }

        uint previousChunk = 0;
        uint previousOffset = 0;
        for (var g = 0; g <= groups; g++)
        {
            var first = ReadU32(BinaryLayout.TextGroups, g * BinaryLayout.TextGroupSize);
            var offset = ReadU32(BinaryLayout.TextGroups, (g * BinaryLayout.TextGroupSize) + 4);
            var rawLength = ReadU32(BinaryLayout.TextGroups, (g * BinaryLayout.TextGroupSize) + 8);
            var ordered = g == 0 ? offset == 0 : first > previousChunk && offset >= previousOffset;
            if (!ordered || first > (uint)ChunkCount || offset > (uint)_sectionLength[BinaryLayout.TextData] || rawLength > 64 * 1024 * 1024
                || (g == groups && (first != (uint)ChunkCount || offset != (uint)_sectionLength[BinaryLayout.TextData])))
            {
                throw Corrupt("the text block table is out of order or out of range");
            }

            previousChunk = first;
            previousOffset = offset;
        }

    }

    private int[] RankDocumentUrls()
    {
        var order = new int[DocumentCount];
        var urls = new string[DocumentCount];
        for (var d = 0; d < DocumentCount; d++)
        {
            order[d] = d;
            urls[d] = DocumentField(d, 4);
        }

        Array.Sort(order, (a, b) =>
        {
            var compared = UrlCollation.Compare(urls[a], urls[b]);
            return compared != 0 ? compared : a.CompareTo(b);
        });
        var rank = new int[DocumentCount];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i > 0 && UrlCollation.Compare(urls[order[i - 1]], urls[order[i]]) == 0 ? rank[order[i - 1]] : i;
        }

        return rank;
    }

    private static SearchIndexFormatException Corrupt(string reason) =>
        new("Binary search index is corrupt: " + reason + ".");

    private sealed class TextBlock
    {
        public TextBlock(int group, byte[] raw)
        {
            Group = group;
            Raw = raw;
        }

        public int Group { get; }

        public byte[] Raw { get; }
    }
}

/// <summary>Decodes one term's postings, checking every chunk index against the chunk count.</summary>
internal ref struct PostingReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly int _chunkCount;
    private readonly bool _deltas;
    private int _position;
    private int _remaining;
    private int _previous;

    public PostingReader(ReadOnlySpan<byte> data, int chunkCount, bool deltas)
    {
        _data = data;
        _chunkCount = chunkCount;
        _deltas = deltas;
        _position = 0;
        _previous = 0;
        Current = default;
        var count = VarInt.Read(data, ref _position);
        if (count > (uint)data.Length)
        {
            throw new SearchIndexFormatException("Binary search index is corrupt: a posting list is longer than its data.");
        }

        _remaining = (int)count;
        DocumentFrequency = (int)count;
    }

    public int DocumentFrequency { get; }

    public SearchPosting Current { get; private set; }

    public bool MoveNext()
    {
        if (_remaining == 0)
        {
            return false;
        }

        _remaining--;

        // One-byte values are the common case (small chunk gaps); longer ones take the checked path.
        uint value;
        if ((uint)_position < (uint)_data.Length && _data[_position] < 0x80)
        {
            value = _data[_position++];
        }
        else
        {
            value = VarInt.Read(_data, ref _position);
        }

        long chunk = _deltas ? (long)_previous + value : value;
        if (chunk >= _chunkCount)
        {
            throw new SearchIndexFormatException("Binary search index is corrupt: a posting refers to a missing chunk.");
        }

        _previous = (int)chunk;
        if ((uint)_position >= (uint)_data.Length)
        {
            throw new SearchIndexFormatException("Binary search index is truncated inside a posting.");
        }

        var header = _data[_position++];
        var title = header & 3;
        var heading = (header >> 2) & 3;
        var code = (header >> 4) & 3;
        var body = (header >> 6) & 3;
        if (title == 3 || heading == 3 || body == 3 || code == 3)
        {
            title = title == 3 ? Escaped() : title;
            heading = heading == 3 ? Escaped() : heading;
            body = body == 3 ? Escaped() : body;
            code = code == 3 ? Escaped() : code;
        }

        Current = new SearchPosting((int)chunk, title, heading, body, code);
        return true;
    }

    private int Escaped()
    {
        var value = VarInt.Read(_data, ref _position);
        if (value > int.MaxValue - 3)
        {
            throw new SearchIndexFormatException("Binary search index is corrupt: a term count is too large.");
        }

        return (int)value + 3;
    }
}
