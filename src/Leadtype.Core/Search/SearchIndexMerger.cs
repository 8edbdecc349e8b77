using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Search;

/// <summary>A document for <see cref="SearchIndexMerger"/>: its index entry fields and its prepared page. <see cref="SearchDocument.Content"/> is not read.</summary>
public sealed record PreparedSearchDocument(SearchDocument Document, PreparedSearchPage Page);

/// <summary>
/// The site half of <see cref="SearchIndexBuilder.Build"/>: joins pages prepared by
/// <see cref="SearchPagePreparer"/> into a <see cref="SearchIndex"/> without tokenizing anything. Given the
/// same documents in the same order it gives the same index as <see cref="SearchIndexBuilder.Build"/>
/// (same JSON and binary bytes, so the same ranking).
/// </summary>
public static class SearchIndexMerger
{
    /// <summary>
    /// Merges the pages, in order; pages <see cref="SearchIndexBuilder.IsIndexed"/> leaves out are skipped.
    /// Each page must have been prepared with its document's title and description and with the chunking
    /// of <paramref name="options"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A page was prepared with another title, description or chunking.</exception>
    public static SearchIndex Merge(IEnumerable<PreparedSearchDocument> pages, SearchIndexOptions options)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        var (maxChunkChars, overlapChars) = SearchPagePreparer.EffectiveChunking(options);
        var documents = new List<SearchIndexDocument>();
        var chunks = new List<SearchIndexChunk>();
        var content = new List<string>();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var postings = new List<List<SearchPosting>>();
        long totalLength = 0;

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
            var documentIndex = documents.Count;
            documents.Add(SearchIndexBuilder.ToEntry(document, documentIndex, description));

            // Page term → index term, looked up on the term's first posting in this page.
            var pageTerms = page.Terms;
            var map = new int[pageTerms.Length];
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = -1;
            }

            foreach (var chunk in page.Chunks)
            {
                var chunkIndex = chunks.Count;
                chunks.Add(new SearchIndexChunk(
                    "chunk-" + chunkIndex.ToString(CultureInfo.InvariantCulture),
                    documentIndex,
                    chunk.Anchor,
                    chunk.HeadingPath,
                    chunk.Length,
                    chunkIndex));
                content.Add(ChunkTextLayout.Compose(document.Title, description, chunk.HeadingPath, chunk.Part));
                totalLength += chunk.Length;

                var data = chunk.Postings.Span;
                var position = 0;
                while (position < data.Length)
                {
                    var local = (int)VarInt.Read(data, ref position);
                    var title = (int)VarInt.Read(data, ref position);
                    var heading = (int)VarInt.Read(data, ref position);
                    var body = (int)VarInt.Read(data, ref position);
                    var code = (int)VarInt.Read(data, ref position);
                    var id = map[local];
                    if (id < 0)
                    {
                        var name = pageTerms[local];
                        if (!terms.TryGetValue(name, out id))
                        {
                            // A term's id is taken at its first posting, so ids run in first-posting order.
                            id = names.Count;
                            terms.Add(name, id);
                            names.Add(name);
                            postings.Add(new List<SearchPosting>(2));
                        }

                        map[local] = id;
                    }

                    postings[id].Add(new SearchPosting(chunkIndex, title, heading, body, code));
                }
            }
        }

        var order = JsPropertyOrder.Order(names.ToArray());
        var indexTerms = new SearchIndexTerm[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            indexTerms[i] = new SearchIndexTerm(names[order[i]], postings[order[i]].ToArray());
        }

        var average = chunks.Count > 0 ? (double)totalLength / chunks.Count : 0;
        return new SearchIndex(options.GeneratedAt, documents, chunks, indexTerms, average, content);
    }

    /// <summary>
    /// A lower bound of the binary index's length for these pages (see <see cref="PreparedSearchPage.MinimumBinaryBytes"/>),
    /// computed without building it: when even this is above a size limit, the index is certainly too large.
    /// </summary>
    public static long MinimumBinaryLength(IEnumerable<PreparedSearchDocument> pages)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        long total = BinaryLayout.HeaderSize + (BinaryLayout.SectionCount * 8);
        foreach (var entry in pages)
        {
            if (SearchIndexBuilder.IsIndexed(entry.Document))
            {
                total += entry.Page.MinimumBinaryBytes;
            }
        }

        return total;
    }

    private static void Check(SearchDocument document, string description, PreparedSearchPage page, int maxChunkChars, int overlapChars)
    {
        if (!string.Equals(page.Title, document.Title, StringComparison.Ordinal) || !string.Equals(page.Description, description, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                "The prepared page for '" + document.UrlPath + "' was made with the title \"" + page.Title + "\" and description \"" + page.Description
                + "\", but the document has \"" + document.Title + "\" and \"" + description + "\"; prepare it again.",
                nameof(page));
        }

        if (page.MaxChunkChars != maxChunkChars || page.OverlapChars != overlapChars)
        {
            throw new ArgumentException("The prepared page for '" + document.UrlPath + "' was chunked with other options; prepare it again.", nameof(page));
        }
    }
}
