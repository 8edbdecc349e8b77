using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Search;

/// <summary>
/// Splits text into search terms exactly as the reference does on both the index and the query side:
/// fold (<see cref="SearchText.Fold"/>), take every maximal run of Unicode letters and numbers, keep runs
/// longer than one UTF-16 unit that are not stopwords. No stemming, no CJK segmentation.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>The reference's stopword list.</summary>
    public static IReadOnlyList<string> Stopwords { get; } = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "for", "from", "how", "in", "is", "it",
        "of", "on", "or", "the", "to", "use", "what", "when", "where", "with",
    };

    public static IReadOnlyList<string> Tokenize(string input)
    {
        var tokens = new List<string>();
        var spans = new TokenSpans();
        spans.Read(input);
        for (var i = 0; i < spans.Count; i++)
        {
            tokens.Add(spans.TokenAt(i));
        }

        return tokens;
    }

    public static bool IsStopword(string token) => IsStopword(token.AsSpan());

    internal static bool IsStopword(ReadOnlySpan<char> token)
    {
        switch (token.Length)
        {
            case 1:
                return token[0] == 'a';
            case 2:
                return token.SequenceEqual("an".AsSpan()) || token.SequenceEqual("as".AsSpan()) || token.SequenceEqual("at".AsSpan())
                    || token.SequenceEqual("be".AsSpan()) || token.SequenceEqual("by".AsSpan()) || token.SequenceEqual("in".AsSpan())
                    || token.SequenceEqual("is".AsSpan()) || token.SequenceEqual("it".AsSpan()) || token.SequenceEqual("of".AsSpan())
                    || token.SequenceEqual("on".AsSpan()) || token.SequenceEqual("or".AsSpan()) || token.SequenceEqual("to".AsSpan());
            case 3:
                return token.SequenceEqual("and".AsSpan()) || token.SequenceEqual("are".AsSpan()) || token.SequenceEqual("can".AsSpan())
                    || token.SequenceEqual("for".AsSpan()) || token.SequenceEqual("how".AsSpan()) || token.SequenceEqual("the".AsSpan())
                    || token.SequenceEqual("use".AsSpan());
            case 4:
                return token.SequenceEqual("from".AsSpan()) || token.SequenceEqual("what".AsSpan()) || token.SequenceEqual("when".AsSpan())
                    || token.SequenceEqual("with".AsSpan());
            case 5:
                return token.SequenceEqual("where".AsSpan());
            default:
                return false;
        }
    }

    internal static bool IsWordChar(string s, int index, out int width)
    {
        var c = s[index];
        width = 1;
        if (c < 0x80)
        {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }

        UnicodeCategory category;
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            width = 2;
            category = CharUnicodeInfo.GetUnicodeCategory(s, index);
        }
        else
        {
            category = CharUnicodeInfo.GetUnicodeCategory(c);
        }

        return category <= UnicodeCategory.OtherLetter
            || (category >= UnicodeCategory.DecimalDigitNumber && category <= UnicodeCategory.OtherNumber);
    }
}

/// <summary>
/// The tokens of one text as ranges into its folded form, so hot paths (phrase checks at query time)
/// tokenize without allocating a string per token. Reusable: <see cref="Read"/> overwrites.
/// </summary>
internal sealed class TokenSpans
{
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];

    public string Folded { get; private set; } = string.Empty;

    public int Count { get; private set; }

    public void Read(string input)
    {
        Folded = SearchText.Fold(input);
        Count = 0;
        var s = Folded;
        var i = 0;
        while (i < s.Length)
        {
            if (!SearchTokenizer.IsWordChar(s, i, out var width))
            {
                i += width;
                continue;
            }

            var start = i;
            i += width;
            while (i < s.Length && SearchTokenizer.IsWordChar(s, i, out width))
            {
                i += width;
            }

            var length = i - start;
            if (length > 1 && !SearchTokenizer.IsStopword(s.AsSpan(start, length)))
            {
                Add(start, length);
            }
        }
    }

    public ReadOnlySpan<char> this[int index] => Folded.AsSpan(_starts[index], _lengths[index]);

    public string TokenAt(int index) => Folded.Substring(_starts[index], _lengths[index]);

    private void Add(int start, int length)
    {
        if (Count == _starts.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
        }

        _starts[Count] = start;
        _lengths[Count] = length;
        Count++;
    }
}
