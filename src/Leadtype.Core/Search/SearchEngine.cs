using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// Answers queries over a <see cref="BinarySearchIndex"/> with the reference's ranking (its
/// <c>searchDocs</c>): query expansion, BM25 over chunks (k1 = 1.2, b = 0.75; field weights title 4,
/// heading 2, body 1, code 0.35), the phrase/proximity bonus, then score descending, ties by absolute URL
/// and then by the order chunks were first scored. Only the top results get texts and excerpts; the bonus
/// is computed only for chunks that could still reach the top, which gives the same results as computing it
/// for all. Thread-safe; per-thread scratch buffers keep queries allocation-light.
/// </summary>
public sealed class SearchEngine
{
    public const int DefaultLimit = 8;

    private const double TitleWeight = 4;
    private const double HeadingWeight = 2;
    private const double BodyWeight = 1;
    private const double CodeWeight = 0.35;
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Above this many terms sharing the first query token's suffix (or the last one's prefix) the phrase
    // pre-check stops narrowing and simply evaluates the candidates.
    private const int MaxAffixTerms = 64;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly BinarySearchIndex _index;
    private readonly SearchSynonyms _synonyms;

    public SearchEngine(BinarySearchIndex index, SearchSynonyms? synonyms = null)
    {
        _index = index;
        _synonyms = synonyms ?? SearchSynonyms.Default;
    }

    public BinarySearchIndex Index => _index;

    /// <summary>Ranked chunks for <paramref name="query"/>; empty for an empty or stopword-only query. Never throws for any query text.</summary>
    public IReadOnlyList<SearchResult> Search(string query, int limit = DefaultLimit)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        if (limit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "The result limit cannot be negative.");
        }

        var tokenList = SearchTokenizer.Tokenize(query);
        if (tokenList.Count == 0 || _index.ChunkCount == 0 || limit == 0)
        {
            return Array.Empty<SearchResult>();
        }

        var queryTokens = new string[tokenList.Count];
        for (var i = 0; i < queryTokens.Length; i++)
        {
            queryTokens[i] = tokenList[i];
        }

        var weighted = QueryExpansion.Expand(_index, queryTokens, _synonyms);
        if (weighted.Count == 0)
        {
            return Array.Empty<SearchResult>();
        }

        var scratch = t_scratch ??= new Scratch();
        scratch.Begin(_index.ChunkCount);
        var distinct = DistinctTokens(queryTokens);
        var phraseCheck = queryTokens.Length >= 2 && _index.HasContent && distinct.Count <= 64;
        var tokenBits = phraseCheck ? TokenBitsByTerm(weighted, distinct) : null;

        Score(scratch, weighted, tokenBits);
        var top = phraseCheck || (queryTokens.Length >= 2 && _index.HasContent)
            ? SelectWithBoost(scratch, queryTokens, distinct, phraseCheck, limit)
            : SelectWithoutBoost(scratch, limit);
        return BuildResults(top, queryTokens, weighted);
    }

    private void Score(Scratch scratch, List<WeightedTerm> weighted, Dictionary<int, ulong>? tokenBits)
    {
        var chunkCount = (double)_index.ChunkCount;
        var averageLength = Math.Max(_index.AverageChunkLength, 1);
        foreach (var term in weighted)
        {
            var postings = _index.Postings(term.Term);
            var df = postings.DocumentFrequency;
            if (df == 0)
            {
                continue;
            }

            var idf = EcmaMath.Log(1 + ((chunkCount - df + 0.5) / (df + 0.5)));
            var bit = 0UL;
            tokenBits?.TryGetValue(term.Term, out bit);
            while (postings.MoveNext())
            {
                var posting = postings.Current;
                var chunk = posting.ChunkIndex;
                var weightedFrequency = (posting.Title * TitleWeight) + (posting.Heading * HeadingWeight) + (posting.Body * BodyWeight) + (posting.Code * CodeWeight);
                var normalized = weightedFrequency * (K1 + 1)
                    / (weightedFrequency + (K1 * (1 - B + (B * (_index.ChunkLength(chunk) / averageLength)))));
                scratch.Add(chunk, idf * normalized * term.Weight);
                if (bit != 0 && posting.Body > 0)
                {
                    scratch.Masks[chunk] |= bit;
                }
            }
        }
    }

    private List<Candidate> SelectWithoutBoost(Scratch scratch, int limit)
    {
        var top = new TopResults(limit);
        for (var i = 0; i < scratch.Touched.Count; i++)
        {
            var chunk = scratch.Touched[i];
            top.Offer(new Candidate(chunk, scratch.Scores[chunk], _index.DocumentUrlRank(_index.ChunkDocument(chunk)), i));
        }

        return top.ToSortedList();
    }

    private List<Candidate> SelectWithBoost(Scratch scratch, string[] queryTokens, List<string> distinct, bool narrow, int limit)
    {
        var top = new TopResults(limit);
        var pending = new List<Candidate>();
        var full = distinct.Count == 64 ? ulong.MaxValue : (1UL << distinct.Count) - 1;
        var middle = 0UL;
        for (var i = 1; i < queryTokens.Length - 1; i++)
        {
            middle |= 1UL << distinct.IndexOf(queryTokens[i]);
        }

        if (narrow)
        {
            MarkAffixes(scratch, queryTokens[0], queryTokens[queryTokens.Length - 1]);
        }

        for (var i = 0; i < scratch.Touched.Count; i++)
        {
            var chunk = scratch.Touched[i];
            var candidate = new Candidate(chunk, scratch.Scores[chunk], _index.DocumentUrlRank(_index.ChunkDocument(chunk)), i);
            var mask = scratch.Masks[chunk];
            var mayBoost = !narrow
                || (mask & full) == full
                || ((mask & middle) == middle && (scratch.Affixes[chunk] & 3) == 3);
            if (mayBoost)
            {
                pending.Add(candidate);
            }
            else
            {
                top.Offer(candidate);
            }
        }

        // Best first: once even the phrase bonus cannot lift a candidate into the top, none after it can.
        pending.Sort(static (a, b) => Candidate.Compare(b, a));
        var boost = scratch.Boost;
        var joinedQuery = string.Join(" ", queryTokens);
        foreach (var candidate in pending)
        {
            var best = candidate with { Score = candidate.Score + ContentBoost.PhraseBoost };
            if (top.IsFull && !top.WouldAccept(best))
            {
                break;
            }

            var text = _index.ChunkText(candidate.Chunk);
            top.Offer(candidate with { Score = candidate.Score + boost.Score(text, queryTokens, joinedQuery) });
        }

        return top.ToSortedList();
    }

    // Affix bit 1: the chunk has a term ending with the first query token; bit 2: one starting with the last.
    private void MarkAffixes(Scratch scratch, string firstToken, string lastToken)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        var (suffixStart, suffixEnd) = _index.SuffixRange(utf8.GetBytes(firstToken));
        if (suffixEnd - suffixStart > MaxAffixTerms)
        {
            scratch.MarkAllAffixes(1);
        }
        else
        {
            for (var position = suffixStart; position < suffixEnd; position++)
            {
                MarkTerm(scratch, _index.SuffixTerm(position), 1);
            }
        }

        var (prefixStart, prefixEnd) = _index.PrefixRange(utf8.GetBytes(lastToken));
        if (prefixEnd - prefixStart > MaxAffixTerms)
        {
            scratch.MarkAllAffixes(2);
        }
        else
        {
            for (var term = prefixStart; term < prefixEnd; term++)
            {
                MarkTerm(scratch, term, 2);
            }
        }
    }

    private void MarkTerm(Scratch scratch, int term, byte bit)
    {
        var postings = _index.Postings(term);
        while (postings.MoveNext())
        {
            var posting = postings.Current;
            if (posting.Body > 0 && scratch.IsTouched(posting.ChunkIndex))
            {
                scratch.Affixes[posting.ChunkIndex] |= bit;
            }
        }
    }

    private Dictionary<int, ulong> TokenBitsByTerm(List<WeightedTerm> weighted, List<string> distinct)
    {
        var bits = new Dictionary<int, ulong>();
        var utf8 = new System.Text.UTF8Encoding(false);
        for (var i = 0; i < distinct.Count; i++)
        {
            var term = _index.FindTerm(utf8.GetBytes(distinct[i]));
            if (term >= 0)
            {
                bits[term] = 1UL << i;
            }
        }

        _ = weighted;
        return bits;
    }

    private static List<string> DistinctTokens(string[] tokens)
    {
        var distinct = new List<string>();
        foreach (var token in tokens)
        {
            if (!distinct.Contains(token))
            {
                distinct.Add(token);
            }
        }

        return distinct;
    }

    private List<SearchResult> BuildResults(List<Candidate> top, string[] queryTokens, List<WeightedTerm> weighted)
    {
        var results = new List<SearchResult>(top.Count);
        if (top.Count == 0)
        {
            return results;
        }

        var excerptTokens = new List<string>(queryTokens.Length + weighted.Count);
        foreach (var token in queryTokens)
        {
            if (!excerptTokens.Contains(token))
            {
                excerptTokens.Add(token);
            }
        }

        foreach (var term in weighted)
        {
            var text = _index.TermString(term.Term);
            if (!excerptTokens.Contains(text))
            {
                excerptTokens.Add(text);
            }
        }

        foreach (var candidate in top)
        {
            var chunk = candidate.Chunk;
            var document = _index.ChunkDocument(chunk);
            var title = _index.DocumentField(document, 1);
            var description = _index.DocumentField(document, 2);
            var urlPath = _index.DocumentField(document, 3);
            var absoluteUrl = _index.DocumentField(document, 4);
            var anchor = _index.ChunkAnchor(chunk);
            var headingPath = _index.ChunkHeadingPath(chunk);
            var text = _index.ChunkText(chunk);
            if (text.Length == 0)
            {
                var parts = new string[headingPath.Length + 2];
                parts[0] = title;
                parts[1] = description;
                for (var i = 0; i < headingPath.Length; i++)
                {
                    parts[i + 2] = headingPath[i] ?? string.Empty;
                }

                text = string.Join(" ", parts);
            }

            results.Add(new SearchResult(
                _index.ChunkId(chunk),
                _index.DocumentField(document, 0),
                title,
                description,
                urlPath,
                anchor.Length > 0 ? urlPath + "#" + anchor : urlPath,
                absoluteUrl,
                anchor.Length > 0 ? absoluteUrl + "#" + anchor : absoluteUrl,
                _index.DocumentField(document, 5),
                anchor,
                headingPath,
                Excerpt.Build(text, excerptTokens),
                candidate.Score));
        }

        return results;
    }

    private readonly record struct Candidate(int Chunk, double Score, int UrlRank, int Order)
    {
        /// <summary>Positive when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
        public static int Compare(Candidate a, Candidate b)
        {
            if (a.Score != b.Score)
            {
                return a.Score > b.Score ? 1 : -1;
            }

            if (a.UrlRank != b.UrlRank)
            {
                return a.UrlRank < b.UrlRank ? 1 : -1;
            }

            return a.Order < b.Order ? 1 : a.Order > b.Order ? -1 : 0;
        }
    }

    /// <summary>The best <c>limit</c> candidates so far, worst at the root of a min-heap.</summary>
    private sealed class TopResults
    {
        private readonly Candidate[] _heap;
        private int _count;

        public TopResults(int limit)
        {
            _heap = new Candidate[limit];
        }

        public bool IsFull => _count == _heap.Length;

        public bool WouldAccept(Candidate candidate) => !IsFull || Candidate.Compare(candidate, _heap[0]) > 0;

        public void Offer(Candidate candidate)
        {
            if (_count < _heap.Length)
            {
                _heap[_count] = candidate;
                SiftUp(_count++);
            }
            else if (Candidate.Compare(candidate, _heap[0]) > 0)
            {
                _heap[0] = candidate;
                SiftDown(0);
            }
        }

        public List<Candidate> ToSortedList()
        {
            var list = new List<Candidate>(_count);
            for (var i = 0; i < _count; i++)
            {
                list.Add(_heap[i]);
            }

            list.Sort(static (a, b) => Candidate.Compare(b, a));
            return list;
        }

        private void SiftUp(int index)
        {
            while (index > 0)
            {
                var parent = (index - 1) / 2;
                if (Candidate.Compare(_heap[parent], _heap[index]) <= 0)
                {
                    return;
                }

                (_heap[parent], _heap[index]) = (_heap[index], _heap[parent]);
                index = parent;
            }
        }

        private void SiftDown(int index)
        {
            while (true)
            {
                var left = (2 * index) + 1;
                if (left >= _count)
                {
                    return;
                }

                var smallest = left;
                var right = left + 1;
                if (right < _count && Candidate.Compare(_heap[right], _heap[left]) < 0)
                {
                    smallest = right;
                }

                if (Candidate.Compare(_heap[smallest], _heap[index]) >= 0)
                {
                    return;
                }

                (_heap[smallest], _heap[index]) = (_heap[index], _heap[smallest]);
                index = smallest;
            }
        }
    }

    /// <summary>Per-thread score accumulators sized to the largest index seen; a generation stamp replaces clearing.</summary>
    private sealed class Scratch
    {
        private int[] _stamp = Array.Empty<int>();
        private int _generation;

        public double[] Scores { get; private set; } = Array.Empty<double>();

        public ulong[] Masks { get; private set; } = Array.Empty<ulong>();

        public byte[] Affixes { get; private set; } = Array.Empty<byte>();

        public List<int> Touched { get; } = new();

        public ContentBoost Boost { get; } = new();

        public void Begin(int chunkCount)
        {
            if (_stamp.Length < chunkCount)
            {
                _stamp = new int[chunkCount];
                Scores = new double[chunkCount];
                Masks = new ulong[chunkCount];
                Affixes = new byte[chunkCount];
                _generation = 0;
            }

            _generation++;
            if (_generation == int.MaxValue)
            {
                Array.Clear(_stamp, 0, _stamp.Length);
                _generation = 1;
            }

            Touched.Clear();
        }

        public bool IsTouched(int chunk) => _stamp[chunk] == _generation;

        public void Add(int chunk, double value)
        {
            if (_stamp[chunk] != _generation)
            {
                _stamp[chunk] = _generation;
                Scores[chunk] = 0;
                Masks[chunk] = 0;
                Affixes[chunk] = 0;
                Touched.Add(chunk);
            }

            Scores[chunk] += value;
        }

        public void MarkAllAffixes(byte bit)
        {
            foreach (var chunk in Touched)
            {
                Affixes[chunk] |= bit;
            }
        }
    }
}
