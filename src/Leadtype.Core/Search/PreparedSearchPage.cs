using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// One page made ready for the search index on its own (<see cref="SearchPagePreparer"/>): its chunks,
/// each with its token length and per-field term counts, so building the site's index only merges
/// (<see cref="SearchIndexMerger"/>). Value-equatable: the same page text, title and description give an
/// equal value, which lets an incremental build skip the merge when nothing searchable changed.
/// </summary>
public sealed class PreparedSearchPage : IEquatable<PreparedSearchPage>
{
    private readonly string[] _terms;
    private readonly PreparedSearchChunk[] _chunks;
    private readonly int _hash;

    internal PreparedSearchPage(string title, string description, int maxChunkChars, int overlapChars, string[] terms, PreparedSearchChunk[] chunks)
    {
        Title = title;
        Description = description;
        MaxChunkChars = maxChunkChars;
        OverlapChars = overlapChars;
        _terms = terms;
        _chunks = chunks;

        long minimum = BinaryLayout.DocumentRecordSize;
        var hash = (title.GetHashCode() * 31) + chunks.Length;
        foreach (var chunk in chunks)
        {
            minimum += chunk.MinimumBinaryBytes;
            hash = (hash * 31) + chunk.GetHashCode();
        }

        MinimumBinaryBytes = minimum;
        _hash = hash;
    }

    /// <summary>The title the chunks were made with (the document's title).</summary>
    public string Title { get; }

    /// <summary>The description the chunks were made with ("" when the document has none).</summary>
    public string Description { get; }

    /// <summary>The chunking options the page was prepared with.</summary>
    public int MaxChunkChars { get; }

    /// <inheritdoc cref="MaxChunkChars"/>
    public int OverlapChars { get; }

    public IReadOnlyList<PreparedSearchChunk> Chunks => _chunks;

    /// <summary>Distinct terms with a posting in this page.</summary>
    public int TermCount => _terms.Length;

    /// <summary>
    /// A lower bound of the bytes this page adds to the binary index (its document and chunk records and
    /// at least two bytes per posting): summing it over pages tells, without building anything, that an
    /// index is certainly too large to embed. Strings, terms and compressed text are not counted.
    /// </summary>
    public long MinimumBinaryBytes { get; }

    /// <summary>The page's distinct terms; <see cref="PreparedSearchChunk"/> postings refer to them by position.</summary>
    internal string[] Terms => _terms;

    /// <summary>For a page restored from a cache: each term's number in <see cref="TermTable"/> (the cache's term table), else null.</summary>
    internal int[]? TermKeys { get; private set; }

    /// <inheritdoc cref="TermKeys"/>
    internal string[]? TermTable { get; private set; }

    internal PreparedSearchPage WithTermKeys(string[] table, int[] keys)
    {
        TermTable = table;
        TermKeys = keys;
        return this;
    }

    public bool Equals(PreparedSearchPage? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || _hash != other._hash || _chunks.Length != other._chunks.Length || _terms.Length != other._terms.Length
            || MaxChunkChars != other.MaxChunkChars || OverlapChars != other.OverlapChars
            || !string.Equals(Title, other.Title, StringComparison.Ordinal) || !string.Equals(Description, other.Description, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < _terms.Length; i++)
        {
            if (!string.Equals(_terms[i], other._terms[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var i = 0; i < _chunks.Length; i++)
        {
            if (!_chunks[i].Equals(other._chunks[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as PreparedSearchPage);

    public override int GetHashCode() => _hash;
}

/// <summary>
/// One chunk of a <see cref="PreparedSearchPage"/>: where it is (heading path, anchor), its text after the
/// title/description/heading prefix (<see cref="Part"/>), its token length, and its term counts.
/// </summary>
/// <remarks>
/// A chunk restored from a cache may hold its part only as the JSON-escaped UTF-8 it is written to
/// <c>search-content.json</c> with (<see cref="EscapedPart"/>), so a large site's chunk texts are copied
/// into that file as bytes instead of being decoded, re-escaped and re-encoded every run; the string is
/// made from those bytes only when something asks for it.
/// </remarks>
public sealed class PreparedSearchChunk : IEquatable<PreparedSearchChunk>
{
    private readonly string?[] _headingPath;
    private readonly int _hash;
    private readonly ReadOnlyMemory<byte> _storedEscapedPart;
    private string? _part;
    private byte[]? _escapedPart;

    internal PreparedSearchChunk(string?[] headingPath, string anchor, string part, int length, ReadOnlyMemory<byte> postings, int postingCount, long minimumBinaryBytes)
        : this(headingPath, anchor, length, postings, postingCount, minimumBinaryBytes)
    {
        _part = part;
    }

    /// <param name="escapedPart">The part as JSON-escaped UTF-8 without quotes (what <see cref="EscapedPart"/> gives).</param>
    internal PreparedSearchChunk(string?[] headingPath, string anchor, ReadOnlyMemory<byte> escapedPart, int length, ReadOnlyMemory<byte> postings, int postingCount, long minimumBinaryBytes)
        : this(headingPath, anchor, length, postings, postingCount, minimumBinaryBytes)
    {
        _storedEscapedPart = escapedPart;
    }

    private PreparedSearchChunk(string?[] headingPath, string anchor, int length, ReadOnlyMemory<byte> postings, int postingCount, long minimumBinaryBytes)
    {
        _headingPath = headingPath;
        Anchor = anchor;
        Length = length;
        Postings = postings;
        PostingCount = postingCount;
        MinimumBinaryBytes = minimumBinaryBytes;

        var hash = (anchor.GetHashCode() * 31) + length;
        _hash = (hash * 31) + postings.Length;
    }

    /// <summary>Heading texts above and including the chunk's section; <see langword="null"/> marks a skipped level.</summary>
    public IReadOnlyList<string?> HeadingPath => _headingPath;

    public string Anchor { get; }

    /// <summary>The section text of this part (prose, then code); the stored chunk text is the title, description, headings and this, joined by blank lines.</summary>
    public string Part => _part ??= Json.JsonWriter.Unescape(_storedEscapedPart.Span);

    /// <summary>
    /// <see cref="Part"/> as <see cref="Json.JsonWriter"/> writes it inside a JSON string (UTF-8, escaped, no
    /// quotes): what a cache stores and <c>search-content.json</c> copies.
    /// </summary>
    public ReadOnlyMemory<byte> EscapedPart
    {
        get
        {
            if (_part is null || !_storedEscapedPart.IsEmpty)
            {
                return _storedEscapedPart;
            }

            // Made once, when first asked (a benign race makes it twice, never differently).
            return _escapedPart ??= Json.JsonWriter.EscapeToUtf8(_part);
        }
    }

    /// <summary>Tokens in the whole chunk text.</summary>
    public int Length { get; }

    /// <summary>Distinct terms of the chunk (one posting each).</summary>
    public int PostingCount { get; }

    /// <summary>Lower bound of the chunk's bytes in the binary index (record plus postings).</summary>
    public long MinimumBinaryBytes { get; }

    /// <summary>Per distinct term in first-occurrence order: page term index, then title, heading, body and code counts; LEB128 each.</summary>
    internal ReadOnlyMemory<byte> Postings { get; }

    public bool Equals(PreparedSearchChunk? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || _hash != other._hash || Length != other.Length || _headingPath.Length != other._headingPath.Length
            || !string.Equals(Anchor, other.Anchor, StringComparison.Ordinal))
        {
            return false;
        }

        // The escaped form is a one-to-one function of the part: compare whichever both have without decoding.
        var sameText = _part is null || other._part is null
            ? EscapedPart.Span.SequenceEqual(other.EscapedPart.Span)
            : string.Equals(_part, other._part, StringComparison.Ordinal);
        if (!sameText)
        {
            return false;
        }

        for (var i = 0; i < _headingPath.Length; i++)
        {
            if (!string.Equals(_headingPath[i], other._headingPath[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return Postings.Span.SequenceEqual(other.Postings.Span);
    }

    public override bool Equals(object? obj) => Equals(obj as PreparedSearchChunk);

    public override int GetHashCode() => _hash;
}
