using Leadtype.Text;
using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The reference's excerpt: find the first of the tokens that occurs (as a substring of the folded text),
/// take 80 characters before it and 160 from it, trim, and mark cut ends with <c>...</c>; with no match,
/// the first 220 characters. The offset found in the folded text is applied to the original text, as in
/// the reference.
/// </summary>
internal static class Excerpt
{
    public static string Build(string text, IReadOnlyList<string> tokens)
    {
        var folded = SearchText.Fold(text);
        var match = -1;
        foreach (var token in tokens)
        {
            match = folded.IndexOf(token, StringComparison.Ordinal);
            if (match >= 0)
            {
                break;
            }
        }

        if (match < 0)
        {
            return EcmaText.Trim(text.Length <= 220 ? text : text.Substring(0, 220));
        }

        var start = Math.Max(0, match - 80);
        var end = Math.Min(text.Length, match + 160);
        var sliceStart = Math.Min(start, text.Length);
        var slice = end > sliceStart ? text.Substring(sliceStart, end - sliceStart) : string.Empty;
        return (start > 0 ? "..." : string.Empty) + EcmaText.Trim(slice) + (end < text.Length ? "..." : string.Empty);
    }
}
