using Leadtype.Text;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// Splits long section text into overlapping parts (the reference's <c>splitWithOverlap</c>): at most
/// <c>maxChars</c> per part, cut after the last ". " past 60 % of the window or else at the last space,
/// the next part starting <c>overlap</c> characters before the cut.
/// </summary>
internal static class ChunkSplitter
{
    public const int DefaultMaxChars = 1200;
    public const int DefaultOverlapChars = 160;

    public static List<string> Split(string text, int maxChars, int overlapChars)
    {
        var parts = new List<string>();
        var normalized = EcmaText.CollapseWhitespace(text);
        if (normalized.Length == 0)
        {
            return parts;
        }

        if (normalized.Length <= maxChars)
        {
            parts.Add(normalized);
            return parts;
        }

        var start = 0;
        while (start < normalized.Length)
        {
            var hardEnd = System.Math.Min(start + maxChars, normalized.Length);
            var end = hardEnd;
            if (hardEnd < normalized.Length)
            {
                var sentenceEnd = EcmaText.LastIndexOf(normalized, ". ", hardEnd);
                var spaceEnd = EcmaText.LastIndexOf(normalized, " ", hardEnd);
                var preferredEnd = sentenceEnd > start + (maxChars * 0.6) ? sentenceEnd + 1 : spaceEnd;
                if (preferredEnd > start)
                {
                    end = preferredEnd;
                }
            }

            var part = EcmaText.Trim(normalized.Substring(start, end - start));
            if (part.Length > 0)
            {
                parts.Add(part);
            }

            if (end >= normalized.Length)
            {
                break;
            }

            start = System.Math.Max(end - overlapChars, start + 1);
        }

        return parts;
    }
}
