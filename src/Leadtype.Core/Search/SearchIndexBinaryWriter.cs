using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace Leadtype.Search;

/// <summary>Writes a <see cref="SearchIndex"/> in the compact binary form described by <see cref="BinaryLayout"/>.</summary>
public static partial class SearchIndexBinaryWriter
{
    public static byte[] Write(SearchIndex index) => Write(index, CompressionLevel.Optimal);

    /// <summary>
    /// Writes the binary form with the given DEFLATE level for chunk texts: <see cref="CompressionLevel.Optimal"/>
    /// for indexes that are stored or embedded, <see cref="CompressionLevel.Fastest"/> for one built in memory
    /// just to be queried (opening the JSON files).
    /// </summary>
    public static byte[] Write(SearchIndex index, CompressionLevel textCompression)
    {
        Validate(index);
        return Write(new IndexSource(index), textCompression);
    }

    /// <summary>
    /// Writes the binary form of a merged site index straight from its compact state: the same bytes as
    /// <see cref="Write(SearchIndex, CompressionLevel)"/> of the same pages' <see cref="SearchIndexMerger.Merge"/>, without
    /// a posting or chunk-text object per entry (hundreds of MB on a large site).
    /// </summary>
    public static byte[] Write(CompactSearchIndex index, CompressionLevel textCompression = CompressionLevel.Optimal) =>
        Write(new CompactSource(index ?? throw new ArgumentNullException(nameof(index))), textCompression);

    private static byte[] Write(BinarySource index, CompressionLevel textCompression)
    {
        var strings = new StringTable();
        var generatedAt = strings.Add(index.GeneratedAt);
        var canonicalIds = index.HasCanonicalChunkIds();
        var ascending = index.HasAscendingPostings();

        var documents = new byte[index.Documents.Count * BinaryLayout.DocumentRecordSize];
        for (var d = 0; d < index.Documents.Count; d++)
        {
            var document = index.Documents[d];
            var record = documents.AsSpan(d * BinaryLayout.DocumentRecordSize);
            WriteU32(record, 0, strings.Add(document.Id));
            WriteU32(record, 4, strings.Add(document.Title));
            WriteU32(record, 8, strings.Add(document.Description));
            WriteU32(record, 12, strings.Add(document.UrlPath));
            WriteU32(record, 16, strings.Add(document.AbsoluteUrl));
            WriteU32(record, 20, strings.Add(document.RelativePath));
            WriteU32(record, 24, strings.AddOrNull(document.Locale));
            WriteU32(record, 28, strings.AddOrNull(document.SourceLocale));
            WriteU32(record, 32, strings.AddOrNull(document.LogicalPath));
            record[36] = document.HasLocaleFields ? (byte)1 : (byte)0;
            record[37] = document.IsFallback switch { null => 0, false => 1, true => 2 };
        }

        var chunkCount = index.ChunkCount;
        var chunks = new byte[chunkCount * BinaryLayout.ChunkRecordSize];
        var headingPaths = new List<byte>();
        var headingPathOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var chunkIds = canonicalIds ? Array.Empty<byte>() : new byte[chunkCount * 4];
        var c = 0;
        foreach (var chunk in index.Chunks())
        {
            var record = chunks.AsSpan(c * BinaryLayout.ChunkRecordSize);
            WriteU32(record, 0, (uint)chunk.DocumentIndex);
            WriteU32(record, 4, strings.Add(chunk.Anchor));
            WriteU32(record, 8, (uint)AddHeadingPath(chunk.HeadingPath, strings, headingPaths, headingPathOffsets));
            WriteU32(record, 12, (uint)chunk.Length);
            if (!canonicalIds)
            {
                WriteU32(chunkIds, c * 4, strings.Add(chunk.Id));
            }

            c++;
        }

        var (termOffsets, termBytes, termInfo, postings) = WriteTerms(index, ascending);
        var (textGroups, textData) = WriteTexts(index, textCompression);
        var (stringOffsets, stringBytes) = strings.Serialize();

        var sections = new byte[BinaryLayout.SectionCount][];
        sections[BinaryLayout.StringOffsets] = stringOffsets;
        sections[BinaryLayout.StringBytes] = stringBytes;
        sections[BinaryLayout.Documents] = documents;
        sections[BinaryLayout.Chunks] = chunks;
        sections[BinaryLayout.HeadingPaths] = headingPaths.ToArray();
        sections[BinaryLayout.ChunkIds] = chunkIds;
        sections[BinaryLayout.TermOffsets] = termOffsets;
        sections[BinaryLayout.TermBytes] = termBytes;
        sections[BinaryLayout.TermInfo] = termInfo;
        sections[BinaryLayout.Postings] = postings;
        sections[BinaryLayout.TextGroups] = textGroups;
        sections[BinaryLayout.TextData] = textData;

        var tableSize = BinaryLayout.SectionCount * 8;
        long total = BinaryLayout.HeaderSize + tableSize;
        foreach (var section in sections)
        {
            total += section.Length;
        }

        if (total > int.MaxValue)
        {
            throw new InvalidOperationException("The search index is larger than 2 GiB and cannot be written in the binary form.");
        }

        var output = new byte[total];
        var flags = (ushort)((index.HasContent ? BinaryLayout.FlagHasContent : 0)
            | (canonicalIds ? BinaryLayout.FlagCanonicalChunkIds : 0)
            | (ascending ? BinaryLayout.FlagAscendingPostings : 0));
        WriteU32(output, 0, BinaryLayout.Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(4), BinaryLayout.Version);
        WriteU32(output, 8, (uint)total);
        BinaryPrimitives.WriteInt64LittleEndian(output.AsSpan(24), BitConverter.DoubleToInt64Bits(index.AverageChunkLength));
        WriteU32(output, 32, generatedAt);
        BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(36), BinaryLayout.SectionCount);
        BinaryPrimitives.WriteUInt16LittleEndian(output.AsSpan(38), flags);
        var offset = BinaryLayout.HeaderSize + tableSize;
        for (var s = 0; s < sections.Length; s++)
        {
            WriteU32(output, BinaryLayout.HeaderSize + (s * 8), (uint)offset);
            WriteU32(output, BinaryLayout.HeaderSize + (s * 8) + 4, (uint)sections[s].Length);
            Buffer.BlockCopy(sections[s], 0, output, offset, sections[s].Length);
            offset += sections[s].Length;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(16), XxHash64.Hash(output.AsSpan(24)));
        return output;
    }

    private static void Validate(SearchIndex index)
    {
        for (var c = 0; c < index.Chunks.Count; c++)
        {
            var chunk = index.Chunks[c];
            if (chunk.DocumentIndex < 0 || chunk.DocumentIndex >= index.Documents.Count)
            {
                throw new SearchIndexFormatException($"Chunk {chunk.Id} refers to document {chunk.DocumentIndex}, but the index has {index.Documents.Count} documents.");
            }

            if (chunk.Length < 0)
            {
                throw new SearchIndexFormatException($"Chunk {chunk.Id} has a negative length.");
            }
        }

        foreach (var term in index.Terms)
        {
            foreach (var posting in term.Postings)
            {
                if (posting.ChunkIndex < 0 || posting.ChunkIndex >= index.Chunks.Count)
                {
                    throw new SearchIndexFormatException($"Term \"{term.Term}\" has a posting for chunk {posting.ChunkIndex}, but the index has {index.Chunks.Count} chunks.");
                }

                if (posting.Title < 0 || posting.Heading < 0 || posting.Body < 0 || posting.Code < 0)
                {
                    throw new SearchIndexFormatException($"Term \"{term.Term}\" has a negative count in its posting for chunk {posting.ChunkIndex}.");
                }
            }
        }
    }

    private static int AddHeadingPath(IReadOnlyList<string?> path, StringTable strings, List<byte> output, Dictionary<string, int> offsets)
    {
        var ids = new uint[path.Count];
        for (var i = 0; i < path.Count; i++)
        {
            ids[i] = path[i] is null ? 0 : strings.Add(path[i]!) + 1;
        }

        var key = string.Join(",", ids);
        if (offsets.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var offset = output.Count;
        VarInt.Write(output, (uint)ids.Length);
        foreach (var id in ids)
        {
            VarInt.Write(output, id);
        }

        offsets.Add(key, offset);
        return offset;
    }

    private static (byte[] Offsets, byte[] Bytes, byte[] Info, byte[] Postings) WriteTerms(BinarySource index, bool ascending)
    {
        var count = index.TermCount;
        var encoded = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            encoded[i] = Wtf8.Encode(index.Term(i));
        }

        // Sorted by bytes for lookups; each term keeps its JavaScript enumeration rank (its position in Terms).
        var sorted = new int[count];
        for (var i = 0; i < count; i++)
        {
            sorted[i] = i;
        }

        Array.Sort(sorted, (a, b) =>
        {
            var byBytes = encoded[a].AsSpan().SequenceCompareTo(encoded[b]);
            return byBytes != 0 ? byBytes : a.CompareTo(b);
        });

        var offsets = new byte[(count + 1) * 4];
        var info = new byte[(count + 1) * BinaryLayout.TermInfoSize];
        var bytes = new List<byte>();
        var postings = new List<byte>();
        for (var s = 0; s < count; s++)
        {
            var rank = sorted[s];
            WriteU32(offsets, s * 4, (uint)bytes.Count);
            bytes.AddRange(encoded[rank]);
            WriteU32(info, s * BinaryLayout.TermInfoSize, (uint)rank);
            WriteU32(info, (s * BinaryLayout.TermInfoSize) + 4, (uint)postings.Count);
            index.WritePostings(rank, postings, ascending);
        }

        WriteU32(offsets, count * 4, (uint)bytes.Count);
        WriteU32(info, count * BinaryLayout.TermInfoSize, BinaryLayout.NoString);
        WriteU32(info, (count * BinaryLayout.TermInfoSize) + 4, (uint)postings.Count);

        return (offsets, bytes.ToArray(), info, postings.ToArray());
    }

    // One posting: the chunk (a delta from the previous one when postings ascend), a header byte with the four
    // counts capped at 3, then each count of 3 or more as a varint of the rest.
    private static void WritePosting(List<byte> output, int chunkDelta, int title, int heading, int body, int code)
    {
        VarInt.Write(output, (uint)chunkDelta);
        var header = Small(title) | (Small(heading) << 2) | (Small(code) << 4) | (Small(body) << 6);
        output.Add((byte)header);
        WriteEscaped(output, title);
        WriteEscaped(output, heading);
        WriteEscaped(output, body);
        WriteEscaped(output, code);
    }

    private static int Small(int count) => count < 3 ? count : 3;

    private static void WriteEscaped(List<byte> output, int count)
    {
        if (count >= 3)
        {
            VarInt.Write(output, (uint)(count - 3));
        }
    }

    private static (byte[] Groups, byte[] Data) WriteTexts(BinarySource index, CompressionLevel level)
    {
        // Groups of about TextGroupTargetBytes of stored texts, each its own DEFLATE stream: split first,
        // then compressed (in parallel when the source allows it: each group's bytes do not depend on the
        // thread, so the file is the same), then laid out in order.
        var pending = new List<(int FirstChunk, byte[] Raw)>();
        var chunkCount = index.ChunkCount;
        if (index.HasContent)
        {
            var raw = new List<byte>();
            var firstChunk = 0;
            for (var c = 0; c < chunkCount; c++)
            {
                var (isSuffix, stored) = index.StoredText(c);
                var bytes = Wtf8.Encode(stored);
                VarInt.Write(raw, isSuffix ? 1u : 0u);
                VarInt.Write(raw, (uint)bytes.Length);
                raw.AddRange(bytes);
                if (raw.Count >= BinaryLayout.TextGroupTargetBytes)
                {
                    pending.Add((firstChunk, raw.ToArray()));
                    raw.Clear();
                    firstChunk = c + 1;
                }
            }

            if (firstChunk < chunkCount)
            {
                pending.Add((firstChunk, raw.ToArray()));
            }
        }

        var compressed = new byte[pending.Count][];
        void Compress(int g)
        {
            using var data = new MemoryStream();
            using (var deflate = new DeflateStream(data, level, leaveOpen: true))
            {
                deflate.Write(pending[g].Raw, 0, pending[g].Raw.Length);
            }

            compressed[g] = data.ToArray();
        }

        if (index.CompressInParallel)
        {
            System.Threading.Tasks.Parallel.For(0, pending.Count, Compress);
        }
        else
        {
            for (var g = 0; g < pending.Count; g++)
            {
                Compress(g);
            }
        }

        var groups = new List<byte>((pending.Count + 1) * 12);
        var output = new MemoryStream();
        for (var g = 0; g < pending.Count; g++)
        {
            AppendU32(groups, (uint)pending[g].FirstChunk);
            AppendU32(groups, (uint)output.Length);
            AppendU32(groups, (uint)pending[g].Raw.Length);
            output.Write(compressed[g], 0, compressed[g].Length);
        }

        AppendU32(groups, (uint)chunkCount);
        AppendU32(groups, (uint)output.Length);
        AppendU32(groups, 0);
        return (groups.ToArray(), output.ToArray());
    }

    /// <summary>The part of the text after the title/description/heading prefix, when the text has that layout.</summary>
    private static string? StoredSuffix(string text, SearchIndexDocument document, IReadOnlyList<string?> headingPath)
    {
        var prefix = ChunkTextLayout.Compose(document.Title, document.Description, headingPath, string.Empty);
        string candidate;
        if (text == prefix)
        {
            candidate = string.Empty;
        }
        else if (prefix.Length == 0)
        {
            candidate = text;
        }
        else if (text.Length > prefix.Length + 2 && text.StartsWith(prefix + ChunkTextLayout.Separator, StringComparison.Ordinal))
        {
            candidate = text.Substring(prefix.Length + 2);
        }
        else
        {
            return null;
        }

        return ChunkTextLayout.Compose(document.Title, document.Description, headingPath, candidate) == text ? candidate : null;
    }

    private static void WriteU32(Span<byte> target, int offset, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(target.Slice(offset), value);

    private static void WriteU32(byte[] target, int offset, uint value) =>
        BinaryPrimitives.WriteUInt32LittleEndian(target.AsSpan(offset), value);

    private static void AppendU32(List<byte> output, uint value)
    {
        output.Add((byte)value);
        output.Add((byte)(value >> 8));
        output.Add((byte)(value >> 16));
        output.Add((byte)(value >> 24));
    }

    private sealed class StringTable
    {
        private readonly Dictionary<string, uint> _ids = new(StringComparer.Ordinal);
        private readonly List<byte[]> _encoded = new();

        public uint Add(string value)
        {
            if (_ids.TryGetValue(value, out var id))
            {
                return id;
            }

            id = (uint)_encoded.Count;
            _ids.Add(value, id);
            _encoded.Add(Wtf8.Encode(value));
            return id;
        }

        public uint AddOrNull(string? value) => value is null ? BinaryLayout.NoString : Add(value);

        public (byte[] Offsets, byte[] Bytes) Serialize()
        {
            var offsets = new byte[(_encoded.Count + 1) * 4];
            var length = 0;
            for (var i = 0; i < _encoded.Count; i++)
            {
                WriteU32(offsets, i * 4, (uint)length);
                length += _encoded[i].Length;
            }

            WriteU32(offsets, _encoded.Count * 4, (uint)length);
            var bytes = new byte[length];
            var position = 0;
            foreach (var encoded in _encoded)
            {
                Buffer.BlockCopy(encoded, 0, bytes, position, encoded.Length);
                position += encoded.Length;
            }

            return (offsets, bytes);
        }
    }
}
