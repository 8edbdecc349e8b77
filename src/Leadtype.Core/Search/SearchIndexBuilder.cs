using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Headings;

namespace Leadtype.Search;

/// <summary>How <see cref="SearchIndexBuilder"/> chunks pages and stamps the index.</summary>
public sealed record SearchIndexOptions(string GeneratedAt)
{
    /// <summary>Longest chunk part in characters (reference default 1200).</summary>
    public int MaxChunkChars { get; init; } = ChunkSplitter.DefaultMaxChars;

    /// <summary>Characters repeated at the start of the next part (reference default 160, capped at <see cref="MaxChunkChars"/> − 1).</summary>
    public int OverlapChars { get; init; } = ChunkSplitter.DefaultOverlapChars;
}

/// <summary>
/// Builds the search index from pages (the reference's <c>createDocsSearchIndex</c> plus the document
/// filter of its file generator): heading sections, overlapping chunks, and per-chunk term counts for
/// the title, heading, body and code fields.
/// </summary>
public static class SearchIndexBuilder
{
    public static SearchIndex Build(IEnumerable<SearchDocument> pages, SearchIndexOptions options)
    {
        if (options.MaxChunkChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxChunkChars must be at least 1.");
        }

        var maxChunkChars = options.MaxChunkChars;
        var overlapChars = Math.Min(Math.Max(options.OverlapChars, 0), Math.Max(0, maxChunkChars - 1));
        var documents = new List<SearchIndexDocument>();
        var chunks = new List<SearchIndexChunk>();
        var content = new List<string>();
        var terms = new TermTable();
        var fields = new ChunkTermCounts();
        var spans = new TokenSpans();
        long totalLength = 0;

        foreach (var page in pages)
        {
            if (!IsIndexed(page))
            {
                continue;
            }

            var documentIndex = documents.Count;
            var description = page.Description ?? string.Empty;
            documents.Add(ToEntry(page, documentIndex, description));
            var titleTokens = terms.Ids(page.Title, spans);
            var descriptionTokens = terms.Ids(description, spans);

            foreach (var block in MarkdownSections.Collect(page.Content))
            {
                var headingTokens = terms.Ids(JoinHeadingPath(block.HeadingPath), spans);
                var bodyParts = ChunkSplitter.Split(block.Text, maxChunkChars, overlapChars);
                var codeParts = ChunkSplitter.Split(block.CodeText, maxChunkChars, overlapChars);
                var partCount = Math.Max(Math.Max(bodyParts.Count, codeParts.Count), 1);
                for (var partIndex = 0; partIndex < partCount; partIndex++)
                {
                    var text = partIndex < bodyParts.Count ? bodyParts[partIndex] : string.Empty;
                    var codeText = partIndex < codeParts.Count ? codeParts[partIndex] : string.Empty;
                    var chunkText = ChunkTextLayout.Compose(page.Title, description, block.HeadingPath, ChunkTextLayout.JoinNonEmpty(text, codeText));
                    if (EcmaText.IsBlank(chunkText))
                    {
                        continue;
                    }

                    var chunkIndex = chunks.Count;
                    var chunkTokens = terms.Ids(chunkText, spans);
                    var length = chunkTokens.Length;
                    var lastHeading = block.HeadingPath.Count > 0 ? block.HeadingPath[block.HeadingPath.Count - 1] : null;
                    chunks.Add(new SearchIndexChunk(
                        "chunk-" + chunkIndex.ToString(CultureInfo.InvariantCulture),
                        documentIndex,
                        HeadingSlug.Slugify(lastHeading ?? string.Empty),
                        block.HeadingPath,
                        length,
                        chunkIndex));
                    content.Add(chunkText);
                    totalLength += length;

                    var codeTokens = terms.Ids(codeText, spans);
                    fields.Begin();
                    fields.Add(ChunkField.Title, titleTokens, terms.Count);
                    fields.Add(ChunkField.Heading, headingTokens, terms.Count);
                    // Tokens of `description + " " + chunkText`: the space keeps the two token streams apart.
                    fields.Add(ChunkField.Body, descriptionTokens, terms.Count);
                    fields.Add(ChunkField.Body, chunkTokens, terms.Count);
                    fields.Add(ChunkField.Code, codeTokens, terms.Count);
                    terms.AddPostings(fields, chunkIndex);
                }
            }
        }

        var average = chunks.Count > 0 ? (double)totalLength / chunks.Count : 0;
        return new SearchIndex(options.GeneratedAt, documents, chunks, terms.ToTerms(), average, content);
    }

    /// <summary>
    /// The reference's document filter: a frontmatter <c>search</c> boolean wins; otherwise a page is left
    /// out when any <c>/</c>-segment of its relative path or URL is <c>shared</c> or <c>_shared</c>.
    /// </summary>
    public static bool IsIndexed(SearchDocument page)
    {
        if (page.Search is bool explicitFlag)
        {
            return explicitFlag;
        }

        return !HasSharedSegment(page.RelativePath) && !HasSharedSegment(page.UrlPath);
    }

    private static bool HasSharedSegment(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            if (segment == "shared" || segment == "_shared")
            {
                return true;
            }
        }

        return false;
    }

    internal static SearchIndexDocument ToEntry(SearchDocument page, int documentIndex, string description)
    {
        var id = page.Id ?? "doc-" + documentIndex.ToString(CultureInfo.InvariantCulture);
        var hasLocaleFields = !string.IsNullOrEmpty(page.Locale) || !string.IsNullOrEmpty(page.SourceLocale)
            || page.IsFallback.HasValue || !string.IsNullOrEmpty(page.LogicalPath);
        var entry = new SearchIndexDocument(id, page.Title, description, page.UrlPath, page.AbsoluteUrl, page.RelativePath);
        return hasLocaleFields
            ? entry with
            {
                HasLocaleFields = true,
                Locale = page.Locale,
                SourceLocale = page.SourceLocale,
                IsFallback = page.IsFallback,
                LogicalPath = page.LogicalPath,
            }
            : entry;
    }

    // JavaScript's Array.prototype.join writes holes as "".
    internal static string JoinHeadingPath(IReadOnlyList<string?> headingPath)
    {
        var parts = new string[headingPath.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = headingPath[i] ?? string.Empty;
        }

        return string.Join(" ", parts);
    }

    /// <summary>Every distinct token (<see cref="TokenInterner"/>) with its postings and the order of its first posting.</summary>
    private sealed class TermTable
    {
        private readonly TokenInterner _names = new();
        private readonly List<int> _postingOrder = new();
        private List<SearchPosting>?[] _postings = new List<SearchPosting>?[1024];

        public int Count => _names.Count;

        /// <summary>Term ids of the tokens of <paramref name="text"/>, in order.</summary>
        public int[] Ids(string text, TokenSpans spans) => _names.Ids(text, spans);

        /// <summary>One posting per distinct term of the chunk, in first-occurrence order.</summary>
        public void AddPostings(ChunkTermCounts counts, int chunkIndex)
        {
            if (_postings.Length < _names.Count)
            {
                Array.Resize(ref _postings, Math.Max(_names.Count, _postings.Length * 2));
            }

            for (var slot = 0; slot < counts.Count; slot++)
            {
                var id = counts.TermAt(slot);
                var list = _postings[id];
                if (list is null)
                {
                    list = new List<SearchPosting>(2);
                    _postings[id] = list;
                    _postingOrder.Add(id);
                }

                list.Add(new SearchPosting(
                    chunkIndex,
                    counts.CountAt(slot, ChunkField.Title),
                    counts.CountAt(slot, ChunkField.Heading),
                    counts.CountAt(slot, ChunkField.Body),
                    counts.CountAt(slot, ChunkField.Code)));
            }
        }

        public IReadOnlyList<SearchIndexTerm> ToTerms()
        {
            var names = new string[_postingOrder.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _names.Name(_postingOrder[i]);
            }

            var order = JsPropertyOrder.Order(names);
            var result = new SearchIndexTerm[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                var id = _postingOrder[order[i]];
                result[i] = new SearchIndexTerm(names[order[i]], _postings[id]!.ToArray());
            }

            return result;
        }
    }
}
