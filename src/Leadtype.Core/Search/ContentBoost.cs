using System;

namespace Leadtype.Search;

/// <summary>
/// The reference's bonus for multi-word queries, computed on the chunk text: +1.4 when the query tokens,
/// joined by spaces, occur in the text's tokens joined by spaces (a substring test, so <c>install
/// package</c> also matches <c>install packages</c>); else +0.8 when the tokens occur in order, each within
/// the 8 tokens after the previous match; else nothing.
/// </summary>
internal sealed class ContentBoost
{
    public const double PhraseBoost = 1.4;
    public const double ProximityBoost = 0.8;
    public const int ProximityWindow = 8;

    private readonly TokenSpans _spans = new();
    private char[] _joined = new char[1024];

    public double Score(string text, string[] queryTokens, string joinedQuery)
    {
        if (queryTokens.Length < 2)
        {
            return 0;
        }

        _spans.Read(text);
        var joinedLength = Join();
        if (new ReadOnlySpan<char>(_joined, 0, joinedLength).IndexOf(joinedQuery.AsSpan()) >= 0)
        {
            return PhraseBoost;
        }

        return HasOrderedProximityMatch(queryTokens) ? ProximityBoost : 0;
    }

    private int Join()
    {
        var length = 0;
        for (var i = 0; i < _spans.Count; i++)
        {
            var token = _spans[i];
            var needed = length + token.Length + 1;
            if (needed > _joined.Length)
            {
                Array.Resize(ref _joined, Math.Max(_joined.Length * 2, needed));
            }

            if (i > 0)
            {
                _joined[length++] = ' ';
            }

            token.CopyTo(new Span<char>(_joined, length, token.Length));
            length += token.Length;
        }

        return length;
    }

    private bool HasOrderedProximityMatch(string[] queryTokens)
    {
        var count = _spans.Count;
        for (var start = 0; start < count; start++)
        {
            if (!_spans[start].SequenceEqual(queryTokens[0].AsSpan()))
            {
                continue;
            }

            var next = start + 1;
            var matched = true;
            for (var q = 1; q < queryTokens.Length; q++)
            {
                var windowEnd = Math.Min(count, next + ProximityWindow);
                var found = -1;
                for (var t = next; t < windowEnd; t++)
                {
                    if (_spans[t].SequenceEqual(queryTokens[q].AsSpan()))
                    {
                        found = t;
                        break;
                    }
                }

                if (found < 0)
                {
                    matched = false;
                    break;
                }

                next = found + 1;
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }
}
