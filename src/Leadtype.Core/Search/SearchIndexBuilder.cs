using Leadtype.Text;
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
        var fields = new ChunkFieldCounts(terms);
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

                    fields.Begin();
                    fields.Count(ChunkField.Title, titleTokens);
                    fields.Count(ChunkField.Heading, headingTokens);
                    // Tokens of `description + " " + chunkText`: the space keeps the two token streams apart.
                    fields.Count(ChunkField.Body, descriptionTokens);
                    fields.Count(ChunkField.Body, chunkTokens);
                    fields.Count(ChunkField.Code, terms.Ids(codeText, spans));
                    fields.AddPostings(chunkIndex);
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
        private readonly TermTable _terms;
        private readonly List<int> _order = new();
        private readonly List<int> _counts = new();
        private int[] _stamp = new int[1024];
        private int[] _slot = new int[1024];
        private int _generation;

        public ChunkFieldCounts(TermTable terms)
        {
            _terms = terms;
        }

        public void Begin()
        {
            _generation++;
            _order.Clear();
            _counts.Clear();
        }

        public void Count(ChunkField field, int[] termIds)
        {
            if (_stamp.Length < _terms.Count)
            {
                var size = Math.Max(_terms.Count, _stamp.Length * 2);
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

        public void AddPostings(int chunkIndex)
        {
            for (var slot = 0; slot < _order.Count; slot++)
            {
                var c = slot * 4;
                _terms.AddPosting(_order[slot], new SearchPosting(chunkIndex, _counts[c], _counts[c + 1], _counts[c + 2], _counts[c + 3]));
            }
        }
    }

    /// <summary>
    /// Every distinct token, found by its characters without allocating a string per occurrence (open
    /// addressing over the folded text's spans), with its postings and the order of its first posting.
    /// </summary>
    private sealed class TermTable
    {
        private int[] _buckets = NewBuckets(1 << 14);
        private string[] _names = new string[1024];
        private int[] _hashes = new int[1024];
        private List<SearchPosting>?[] _postings = new List<SearchPosting>?[1024];
        private readonly List<int> _postingOrder = new();

        public int Count { get; private set; }

        /// <summary>Term ids of the tokens of <paramref name="text"/>, in order.</summary>
        public int[] Ids(string text, TokenSpans spans)
        {
            spans.Read(text);
            if (spans.Count == 0)
            {
                return Array.Empty<int>();
            }

            var ids = new int[spans.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = GetOrAdd(spans[i]);
            }

            return ids;
        }

        public void AddPosting(int id, SearchPosting posting)
        {
            var list = _postings[id];
            if (list is null)
            {
                list = new List<SearchPosting>(2);
                _postings[id] = list;
                _postingOrder.Add(id);
            }

            list.Add(posting);
        }

        public IReadOnlyList<SearchIndexTerm> ToTerms()
        {
            var names = new string[_postingOrder.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _names[_postingOrder[i]];
            }

            var order = JsPropertyOrder.Order(names);
            var result = new SearchIndexTerm[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                var id = _postingOrder[order[i]];
                result[i] = new SearchIndexTerm(_names[id], _postings[id]!.ToArray());
            }

            return result;
        }

        private int GetOrAdd(ReadOnlySpan<char> token)
        {
            var hash = Hash(token);
            var mask = _buckets.Length - 1;
            var bucket = hash & mask;
            while (true)
            {
                var id = _buckets[bucket];
                if (id < 0)
                {
                    break;
                }

                if (_hashes[id] == hash && token.SequenceEqual(_names[id].AsSpan()))
                {
                    return id;
                }

                bucket = (bucket + 1) & mask;
            }

            var added = Count++;
            if (added == _names.Length)
            {
                Array.Resize(ref _names, added * 2);
                Array.Resize(ref _hashes, added * 2);
                Array.Resize(ref _postings, added * 2);
            }

            _names[added] = token.ToString();
            _hashes[added] = hash;
            _buckets[bucket] = added;
            if (Count * 2 > _buckets.Length)
            {
                Rehash();
            }

            return added;
        }

        private void Rehash()
        {
            _buckets = NewBuckets(_buckets.Length * 2);
            var mask = _buckets.Length - 1;
            for (var id = 0; id < Count; id++)
            {
                var bucket = _hashes[id] & mask;
                while (_buckets[bucket] >= 0)
                {
                    bucket = (bucket + 1) & mask;
                }

                _buckets[bucket] = id;
            }
        }

        private static int[] NewBuckets(int size)
        {
            var buckets = new int[size];
            for (var i = 0; i < buckets.Length; i++)
            {
                buckets[i] = -1;
            }

            return buckets;
        }

        // FNV-1a over the UTF-16 units; non-negative so it can be masked directly.
        private static int Hash(ReadOnlySpan<char> token)
        {
            var hash = 2166136261u;
            foreach (var c in token)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash & 0x7fffffff);
        }
    }
}
