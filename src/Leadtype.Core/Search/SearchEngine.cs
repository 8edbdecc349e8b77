using System;
using System.Collections.Generic;
using System.Threading;

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

    internal const double K1 = 1.2;
    internal const double B = 0.75;

    private const double TitleWeight = 4;
    private const double HeadingWeight = 2;
    private const double BodyWeight = 1;
    private const double CodeWeight = 0.35;

    // Chunks whose tokens are remembered for the phrase bonus (about 1 KB each), and section prefixes.
    private const int TokenTextCacheSize = 16384;
    private const int PrefixCacheSize = 4096;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly BinarySearchIndex _index;
    private readonly SearchSynonyms _synonyms;
    private readonly TokenText?[] _tokenTexts;
    private readonly PrefixText?[] _prefixTokens = new PrefixText?[PrefixCacheSize];

    public SearchEngine(BinarySearchIndex index, SearchSynonyms? synonyms = null)
    {
        _index = index;
        _synonyms = synonyms ?? SearchSynonyms.Default;
        _tokenTexts = new TokenText?[Math.Max(1, Math.Min(index.ChunkCount, TokenTextCacheSize))];
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
        var boosted = queryTokens.Length >= 2 && _index.HasContent;
        var distinct = DistinctTokens(queryTokens);
        var narrow = boosted && distinct.Count <= 64;
        Score(scratch, weighted, narrow ? TokenBits(distinct) : null);
        var top = boosted
            ? SelectWithBoost(scratch, queryTokens, distinct, narrow, limit)
            : SelectWithoutBoost(scratch, limit);
        return BuildResults(top, queryTokens, weighted);
    }

    private void Score(Scratch scratch, List<WeightedTerm> weighted, Dictionary<int, ulong>? tokenBits)
    {
        var chunkCount = (double)_index.ChunkCount;
        var lengthNorms = _index.LengthNorms;
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
            var scores = scratch.Scores;
            var masks = scratch.Masks;
            while (postings.MoveNext())
            {
                var posting = postings.Current;
                var chunk = posting.ChunkIndex;
                var weightedFrequency = (posting.Title * TitleWeight) + (posting.Heading * HeadingWeight) + (posting.Body * BodyWeight) + (posting.Code * CodeWeight);
                var normalized = weightedFrequency * (K1 + 1) / (weightedFrequency + lengthNorms[chunk]);
                scratch.Touch(chunk);
                scores[chunk] += idf * normalized * term.Weight;
                if (bit != 0 && posting.Body > 0)
                {
                    masks[chunk] |= bit;
                }
            }
        }
    }

    private List<Candidate> SelectWithoutBoost(Scratch scratch, int limit)
    {
        var top = new TopResults(limit);
        var urlRanks = _index.ChunkUrlRanks;
        for (var i = 0; i < scratch.Touched.Count; i++)
        {
            var chunk = scratch.Touched[i];
            top.Offer(new Candidate(chunk, scratch.Scores[chunk], urlRanks[chunk], i));
        }

        return top.ToSortedList();
    }

    /// <summary>
    /// Chunks that cannot get the bonus go straight to the top list. The others wait in a max-heap and are
    /// taken best first, their bonus computed from the text, until even the phrase bonus could not lift the
    /// next one into the top; so only a handful of texts are read per query.
    /// </summary>
    /// <remarks>
    /// A chunk can only get a bonus when every middle query token is one of its words (the phrase test is a
    /// substring test, so the first and last tokens may be parts of words). The words of a chunk's text are
    /// among its body terms, which the postings tell for free.
    /// </remarks>
    private List<Candidate> SelectWithBoost(Scratch scratch, string[] queryTokens, List<string> distinct, bool narrow, int limit)
    {
        var top = new TopResults(limit);
        var pending = scratch.Pending;
        pending.Clear();
        var middle = 0UL;
        if (narrow)
        {
            for (var i = 1; i < queryTokens.Length - 1; i++)
            {
                middle |= 1UL << distinct.IndexOf(queryTokens[i]);
            }
        }

        var urlRanks = _index.ChunkUrlRanks;
        for (var i = 0; i < scratch.Touched.Count; i++)
        {
            var chunk = scratch.Touched[i];
            var candidate = new Candidate(chunk, scratch.Scores[chunk], urlRanks[chunk], i);
            if ((scratch.Masks[chunk] & middle) == middle)
            {
                pending.Add(candidate);
            }
            else
            {
                top.Offer(candidate);
            }
        }

        var heap = new CandidateHeap(pending);
        var boost = scratch.Boost;
        var joinedQuery = string.Join(" ", queryTokens);
        while (heap.TryPop(out var candidate))
        {
            if (top.IsFull && !top.WouldAccept(candidate with { Score = candidate.Score + ContentBoost.PhraseBoost }))
            {
                break;
            }

            var tokens = JoinedTokens(candidate.Chunk, scratch.Spans);
            top.Offer(candidate with { Score = candidate.Score + boost.Score(tokens, queryTokens, joinedQuery) });
        }

        return top.ToSortedList();
    }

    /// <summary>
    /// The chunk's text tokens joined by spaces, from a bounded cache shared by all threads. Each chunk may
    /// live in one of two slots (two hash functions), so a few unlucky chunks cannot keep evicting each other.
    /// </summary>
    private string JoinedTokens(int chunk, TokenSpans spans)
    {
        var first = (int)((uint)chunk % (uint)_tokenTexts.Length);
        var second = (int)((uint)(chunk * -1640531535) % (uint)_tokenTexts.Length);
        var cached = Volatile.Read(ref _tokenTexts[first]);
        if (cached is not null && cached.Chunk == chunk)
        {
            return cached.Tokens;
        }

        var other = Volatile.Read(ref _tokenTexts[second]);
        if (other is not null && other.Chunk == chunk)
        {
            return other.Tokens;
        }

        // The text is title/description/headings then the stored part; their tokens are joined the same
        // way, and the prefix tokens are shared by every chunk of a section, so they are cached too.
        var stored = _index.ChunkStoredText(chunk, out var afterPrefix);
        var tokens = ContentBoost.JoinTokens(stored, spans);
        if (afterPrefix)
        {
            var prefix = PrefixTokens(chunk, spans);
            tokens = prefix.Length == 0 ? tokens : tokens.Length == 0 ? prefix : prefix + " " + tokens;
        }

        var slot = cached is null ? first : other is null ? second : (chunk & 1) == 0 ? first : second;
        Volatile.Write(ref _tokenTexts[slot], new TokenText(chunk, tokens));
        return tokens;
    }

    private string PrefixTokens(int chunk, TokenSpans spans)
    {
        var key = _index.ChunkPrefixKey(chunk);
        var slot = (int)((ulong)(key * -7046029254386353131L) >> 40) % _prefixTokens.Length;
        var cached = Volatile.Read(ref _prefixTokens[slot]);
        if (cached is not null && cached.Key == key)
        {
            return cached.Tokens;
        }

        var tokens = ContentBoost.JoinTokens(_index.ChunkPrefix(chunk), spans);
        Volatile.Write(ref _prefixTokens[slot], new PrefixText(key, tokens));
        return tokens;
    }

    private Dictionary<int, ulong> TokenBits(List<string> distinct)
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

    private sealed class TokenText
    {
        public TokenText(int chunk, string tokens)
        {
            Chunk = chunk;
            Tokens = tokens;
        }

        public int Chunk { get; }

        public string Tokens { get; }
    }

    private sealed class PrefixText
    {
        public PrefixText(long key, string tokens)
        {
            Key = key;
            Tokens = tokens;
        }

        public long Key { get; }

        public string Tokens { get; }
    }

    internal readonly record struct Candidate(int Chunk, double Score, int UrlRank, int Order)
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

    /// <summary>A binary max-heap over a candidate list (built in linear time, popped lazily).</summary>
    private struct CandidateHeap
    {
        private readonly List<Candidate> _items;
        private int _count;

        public CandidateHeap(List<Candidate> items)
        {
            _items = items;
            _count = items.Count;
            for (var i = (_count / 2) - 1; i >= 0; i--)
            {
                SiftDown(i);
            }
        }

        public bool TryPop(out Candidate candidate)
        {
            if (_count == 0)
            {
                candidate = default;
                return false;
            }

            candidate = _items[0];
            _items[0] = _items[--_count];
            SiftDown(0);
            return true;
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

                var best = left;
                if (left + 1 < _count && Candidate.Compare(_items[left + 1], _items[left]) > 0)
                {
                    best = left + 1;
                }

                if (Candidate.Compare(_items[best], _items[index]) <= 0)
                {
                    return;
                }

                (_items[best], _items[index]) = (_items[index], _items[best]);
                index = best;
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

        public List<int> Touched { get; } = new();

        public List<Candidate> Pending { get; } = new();

        public ContentBoost Boost { get; } = new();

        public TokenSpans Spans { get; } = new();

        public void Begin(int chunkCount)
        {
            if (_stamp.Length < chunkCount)
            {
                _stamp = new int[chunkCount];
                Scores = new double[chunkCount];
                Masks = new ulong[chunkCount];
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

        /// <summary>Starts the chunk at score 0 the first time this query reaches it.</summary>
        public void Touch(int chunk)
        {
            if (_stamp[chunk] != _generation)
            {
                _stamp[chunk] = _generation;
                Scores[chunk] = 0;
                Masks[chunk] = 0;
                Touched.Add(chunk);
            }
        }
    }
}
