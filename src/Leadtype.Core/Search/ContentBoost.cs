using System;
using System.Text;

namespace Leadtype.Search;

/// <summary>
/// The reference's bonus for multi-word queries, computed on the chunk text: +1.4 when the query tokens,
/// joined by spaces, occur in the text's tokens joined by spaces (a substring test, so <c>install
/// package</c> also matches <c>install packages</c>); else +0.8 when the tokens occur in order, each within
/// the 8 tokens after the previous match; else nothing. Works on the text's tokens joined by spaces
/// (<see cref="JoinTokens"/>), which the engine caches per chunk.
/// </summary>
internal sealed class ContentBoost
{
    public const double PhraseBoost = 1.4;
    public const double ProximityBoost = 0.8;
    public const int ProximityWindow = 8;

    private int[] _starts = new int[256];
    private int[] _lengths = new int[256];

    /// <summary>The tokens of <paramref name="text"/> joined by single spaces (tokens never contain spaces).</summary>
    public static string JoinTokens(string text, TokenSpans spans)
    {
        spans.Read(text);
        var builder = new StringBuilder(spans.Folded.Length);
        for (var i = 0; i < spans.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var token = spans[i];
            foreach (var c in token)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public double Score(string joinedTokens, string[] queryTokens, string joinedQuery)
    {
        if (queryTokens.Length < 2)
        {
            return 0;
        }

        if (joinedTokens.IndexOf(joinedQuery, StringComparison.Ordinal) >= 0)
        {
            return PhraseBoost;
        }

        return HasOrderedProximityMatch(joinedTokens, queryTokens) ? ProximityBoost : 0;
    }

    private bool HasOrderedProximityMatch(string joined, string[] queryTokens)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= joined.Length; i++)
        {
            if (i == joined.Length || joined[i] == ' ')
            {
                if (i > start)
                {
                    if (count == _starts.Length)
                    {
                        Array.Resize(ref _starts, count * 2);
                        Array.Resize(ref _lengths, count * 2);
                    }

                    _starts[count] = start;
                    _lengths[count] = i - start;
                    count++;
                }

                start = i + 1;
            }
        }

        for (var first = 0; first < count; first++)
        {
            if (!Is(joined, first, queryTokens[0]))
            {
                continue;
            }

            var next = first + 1;
            var matched = true;
            for (var q = 1; q < queryTokens.Length; q++)
            {
                var windowEnd = Math.Min(count, next + ProximityWindow);
                var found = -1;
                for (var t = next; t < windowEnd; t++)
                {
                    if (Is(joined, t, queryTokens[q]))
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

    private bool Is(string joined, int token, string value) =>
        _lengths[token] == value.Length && string.CompareOrdinal(joined, _starts[token], value, 0, value.Length) == 0;
}
