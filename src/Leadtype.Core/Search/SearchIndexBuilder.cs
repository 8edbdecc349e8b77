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
        var fields = new ChunkFieldCounts();
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
            var titleTokens = SearchTokenizer.Tokenize(page.Title);
            var descriptionTokens = SearchTokenizer.Tokenize(description);

            foreach (var block in MarkdownSections.Collect(page.Content))
            {
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
                    var chunkTokens = SearchTokenizer.Tokenize(chunkText);
                    var length = chunkTokens.Count;
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

                    fields.Reset();
                    fields.Count(ChunkField.Title, titleTokens);
                    fields.Count(ChunkField.Heading, SearchTokenizer.Tokenize(JoinHeadingPath(block.HeadingPath)));
                    // Tokens of `description + " " + chunkText`: the space keeps the two token streams apart.
                    fields.Count(ChunkField.Body, descriptionTokens);
                    fields.Count(ChunkField.Body, chunkTokens);
                    fields.Count(ChunkField.Code, SearchTokenizer.Tokenize(codeText));
                    fields.AddPostings(chunkIndex, terms);
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

    private static SearchIndexDocument ToEntry(SearchDocument page, int documentIndex, string description)
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
    private static string JoinHeadingPath(IReadOnlyList<string?> headingPath)
    {
        var parts = new string[headingPath.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = headingPath[i] ?? string.Empty;
        }

        return string.Join(" ", parts);
    }

    private enum ChunkField
    {
        Title,
        Heading,
        Body,
        Code,
    }

    /// <summary>Term counts of one chunk per field, keeping the reference's first-occurrence order (title, heading, body, code).</summary>
    private sealed class ChunkFieldCounts
    {
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private readonly List<string> _order = new();
        private readonly List<int[]> _counts = new();

        public void Reset()
        {
            _slots.Clear();
            _order.Clear();
            _counts.Clear();
        }

        public void Count(ChunkField field, IReadOnlyList<string> tokens)
        {
            foreach (var token in tokens)
            {
                if (!_slots.TryGetValue(token, out var slot))
                {
                    slot = _order.Count;
                    _slots.Add(token, slot);
                    _order.Add(token);
                    _counts.Add(new int[4]);
                }

                _counts[slot][(int)field]++;
            }
        }

        public void AddPostings(int chunkIndex, TermTable terms)
        {
            for (var slot = 0; slot < _order.Count; slot++)
            {
                var counts = _counts[slot];
                terms.Add(_order[slot], new SearchPosting(chunkIndex, counts[0], counts[1], counts[2], counts[3]));
            }
        }
    }

    private sealed class TermTable
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<string> _names = new();
        private readonly List<List<SearchPosting>> _postings = new();

        public void Add(string term, SearchPosting posting)
        {
            if (!_ids.TryGetValue(term, out var id))
            {
                id = _names.Count;
                _ids.Add(term, id);
                _names.Add(term);
                _postings.Add(new List<SearchPosting>(2));
            }

            _postings[id].Add(posting);
        }

        public IReadOnlyList<SearchIndexTerm> ToTerms()
        {
            var order = JsPropertyOrder.Order(_names);
            var result = new SearchIndexTerm[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                var id = order[i];
                result[i] = new SearchIndexTerm(_names[id], _postings[id].ToArray());
            }

            return result;
        }
    }
}
