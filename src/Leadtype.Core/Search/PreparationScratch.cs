using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The working state of <see cref="SearchPagePreparer"/>, kept per thread between pages so preparing a
/// page allocates little beyond its result: the token interner (its term strings are shared by every
/// page prepared on the thread, so a site's vocabulary is held once), token spans, per-chunk counts,
/// the posting buffer and the page's term numbering.
/// </summary>
internal sealed class PreparationScratch
{
    // A docs site's vocabulary is far below this; past it the interner starts afresh instead of growing forever.
    private const int MaxTerms = 1 << 20;

    [ThreadStatic]
    private static PreparationScratch? t_current;

    private int[] _pageIndex = new int[1024];
    private int[] _pageStamp = new int[1024];
    private int _page;

    public TokenInterner Terms { get; private set; } = new();

    public TokenSpans Spans { get; } = new();

    public ChunkTermCounts Counts { get; private set; } = new();

    public List<byte> Buffer { get; } = new(256);

    public List<string> PageTerms { get; } = new();

    /// <summary>The thread's scratch, ready for a new page.</summary>
    public static PreparationScratch ForPage()
    {
        var scratch = t_current ??= new PreparationScratch();
        if (scratch.Terms.Count > MaxTerms)
        {
            scratch.Terms = new TokenInterner();
            scratch.Counts = new ChunkTermCounts();
            scratch._pageIndex = new int[1024];
            scratch._pageStamp = new int[1024];
            scratch._page = 0;
        }

        scratch._page++;
        scratch.PageTerms.Clear();
        return scratch;
    }

    /// <summary>The page's number for term <paramref name="id"/>, given in the order the page first posts terms.</summary>
    public int PageIndex(int id)
    {
        if (id >= _pageStamp.Length)
        {
            var size = Math.Max(Terms.Count, _pageStamp.Length * 2);
            Array.Resize(ref _pageIndex, size);
            Array.Resize(ref _pageStamp, size);
        }

        if (_pageStamp[id] != _page)
        {
            _pageStamp[id] = _page;
            _pageIndex[id] = PageTerms.Count;
            PageTerms.Add(Terms.Name(id));
        }

        return _pageIndex[id];
    }
}
