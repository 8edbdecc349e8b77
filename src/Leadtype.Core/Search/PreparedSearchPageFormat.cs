using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The stored form of a <see cref="PreparedSearchPage"/>, for incremental caches that keep prepared pages
/// between processes: what to save (terms, and each chunk's postings) and how to restore a page from it.
/// Restoring checks the postings (every term reference in range, every posting complete), so a damaged
/// cache entry is refused with <see cref="SearchIndexFormatException"/> instead of corrupting an index.
/// </summary>
public static class PreparedSearchPageFormat
{
    /// <summary>The page's distinct terms, in the order its postings refer to them.</summary>
    public static IReadOnlyList<string> Terms(PreparedSearchPage page) =>
        (page ?? throw new ArgumentNullException(nameof(page))).Terms;

    /// <summary>The chunk's postings as stored: per distinct term, its page term index then four field counts, LEB128 each.</summary>
    public static ReadOnlyMemory<byte> Postings(PreparedSearchChunk chunk) =>
        (chunk ?? throw new ArgumentNullException(nameof(chunk))).Postings;

    /// <summary>Restores a chunk; <paramref name="termCount"/> is the number of terms of the page it belongs to.</summary>
    /// <exception cref="SearchIndexFormatException">The postings are truncated or refer to a term the page does not have.</exception>
    public static PreparedSearchChunk RestoreChunk(string?[] headingPath, string anchor, string part, int length, byte[] postings, int termCount)
    {
        if (part is null || postings is null)
        {
            throw new ArgumentNullException(part is null ? nameof(part) : nameof(postings));
        }

        var (count, minimum) = CheckPostings(headingPath, anchor, length, postings, termCount);
        return new PreparedSearchChunk(headingPath, anchor, part, length, postings, count, minimum);
    }

    /// <summary>
    /// Restores a chunk whose part is stored as <see cref="PreparedSearchChunk.EscapedPart"/> gave it, without
    /// decoding it (the bytes are kept, not copied: they must not change afterwards). The escaping is checked
    /// only when the part is first asked for as a string.
    /// </summary>
    /// <exception cref="SearchIndexFormatException">The postings are truncated or refer to a term the page does not have.</exception>
    public static PreparedSearchChunk RestoreChunk(string?[] headingPath, string anchor, ReadOnlyMemory<byte> escapedPart, int length, ReadOnlyMemory<byte> postings, int termCount)
    {
        var (count, minimum) = CheckPostings(headingPath, anchor, length, postings.Span, termCount);
        return new PreparedSearchChunk(headingPath, anchor, escapedPart, length, postings, count, minimum);
    }

    private static (int Count, long Minimum) CheckPostings(string?[] headingPath, string anchor, int length, ReadOnlySpan<byte> data, int termCount)
    {
        if (headingPath is null || anchor is null)
        {
            throw new ArgumentNullException(headingPath is null ? nameof(headingPath) : nameof(anchor));
        }

        if (length < 0)
        {
            throw new SearchIndexFormatException("A stored search chunk has a negative length.");
        }

        long minimum = BinaryLayout.ChunkRecordSize;
        var count = 0;
        var position = 0;
        while (position < data.Length)
        {
            // Nearly every posting is five single bytes (a term below 128 and four counts below 128).
            if (position + 5 <= data.Length && (data[position] | data[position + 1] | data[position + 2] | data[position + 3] | data[position + 4]) < 0x80)
            {
                if (data[position] >= termCount)
                {
                    throw new SearchIndexFormatException("A stored search chunk refers to a term its page does not have.");
                }

                minimum += 2 + (data[position + 1] >= 3 ? 1 : 0) + (data[position + 2] >= 3 ? 1 : 0) + (data[position + 3] >= 3 ? 1 : 0) + (data[position + 4] >= 3 ? 1 : 0);
                position += 5;
                count++;
                continue;
            }

            if (VarInt.Read(data, ref position) >= (uint)termCount)
            {
                throw new SearchIndexFormatException("A stored search chunk refers to a term its page does not have.");
            }

            // The same lower bound SearchPagePreparer computes: two bytes per posting, plus the long counts.
            minimum += 2;
            for (var field = 0; field < 4; field++)
            {
                var value = VarInt.Read(data, ref position);
                minimum += value >= 3 ? VarIntLength(value - 3) : 0;
            }

            count++;
        }

        return (count, minimum);
    }

    /// <summary>Restores a page from its fields, its terms and its restored chunks.</summary>
    public static PreparedSearchPage RestorePage(string title, string description, int maxChunkChars, int overlapChars, string[] terms, PreparedSearchChunk[] chunks)
    {
        if (title is null || description is null || terms is null || chunks is null)
        {
            throw new ArgumentNullException(title is null ? nameof(title) : description is null ? nameof(description) : terms is null ? nameof(terms) : nameof(chunks));
        }

        return new PreparedSearchPage(title, description, maxChunkChars, overlapChars, terms, chunks);
    }

    /// <summary>
    /// Restores a page whose terms are stored as numbers in a term table shared by many pages (a cache's): the
    /// numbers are kept, so merging pages of one table finds each term's id without hashing its text.
    /// </summary>
    /// <exception cref="SearchIndexFormatException">A term number is outside the table.</exception>
    public static PreparedSearchPage RestorePage(string title, string description, int maxChunkChars, int overlapChars, string[] table, int[] termNumbers, PreparedSearchChunk[] chunks)
    {
        if (table is null || termNumbers is null)
        {
            throw new ArgumentNullException(table is null ? nameof(table) : nameof(termNumbers));
        }

        var terms = new string[termNumbers.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            if ((uint)termNumbers[i] >= (uint)table.Length)
            {
                throw new SearchIndexFormatException("A stored search page refers to a term outside its table.");
            }

            terms[i] = table[termNumbers[i]];
        }

        return RestorePage(title, description, maxChunkChars, overlapChars, terms, chunks).WithTermKeys(table, termNumbers);
    }

    private static int VarIntLength(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
