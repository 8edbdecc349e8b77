using System;
using System.Collections.Generic;
using System.Text;

namespace Leadtype.Search;

/// <summary>A term of the index the query looks for, with the weight of the best way it was reached.</summary>
internal readonly record struct WeightedTerm(int Term, double Weight);

/// <summary>
/// Turns query tokens into weighted index terms exactly as the reference's <c>collectWeightedSearchTerms</c>:
/// the exact token (1.0), stem variants (0.82), synonyms (0.72), up to 24 prefix completions (0.55) and,
/// for a token that is not itself a term, up to 16 near misses (0.45, edit distance 1, or 2 from seven
/// characters, same first character). Caps apply in the order JavaScript enumerates the terms; a term
/// keeps its first position and its highest weight.
/// </summary>
internal static class QueryExpansion
{
    public const double ExactWeight = 1;
    public const double StemWeight = 0.82;
    public const double SynonymWeight = 0.72;
    public const double PrefixWeight = 0.55;
    public const double TypoWeight = 0.45;
    public const int MaxPrefixExpansions = 24;
    public const int MaxTypoExpansions = 16;

    private static readonly UTF8Encoding Utf8 = new(false);

    public static List<WeightedTerm> Expand(BinarySearchIndex index, IReadOnlyList<string> queryTokens, SearchSynonyms synonyms)
    {
        var terms = new List<WeightedTerm>();
        var positions = new Dictionary<int, int>();
        var matches = new List<(int Rank, int Term)>();

        void Add(int term, double weight)
        {
            if (positions.TryGetValue(term, out var position))
            {
                if (weight > terms[position].Weight)
                {
                    terms[position] = new WeightedTerm(term, weight);
                }
            }
            else
            {
                positions.Add(term, terms.Count);
                terms.Add(new WeightedTerm(term, weight));
            }
        }

        void AddInRankOrder(double weight, int cap)
        {
            matches.Sort((a, b) => a.Rank.CompareTo(b.Rank));
            for (var i = 0; i < matches.Count && i < cap; i++)
            {
                Add(matches[i].Term, weight);
            }

            matches.Clear();
        }

        foreach (var token in queryTokens)
        {
            var tokenBytes = Utf8.GetBytes(token);
            var exact = index.FindTerm(tokenBytes);
            if (exact >= 0)
            {
                Add(exact, ExactWeight);
            }

            var stem = SearchStemmer.Stem(token);
            if (stem.Length >= 4)
            {
                foreach (var form in SearchStemmer.Inflections(stem))
                {
                    if (form != token && SearchStemmer.Stem(form) == stem)
                    {
                        var term = index.FindTerm(Utf8.GetBytes(form));
                        if (term >= 0)
                        {
                            matches.Add((index.TermRank(term), term));
                        }
                    }
                }

                AddInRankOrder(StemWeight, int.MaxValue);
            }

            foreach (var synonym in synonyms.For(token))
            {
                var term = index.FindTerm(Utf8.GetBytes(synonym));
                if (term >= 0)
                {
                    Add(term, SynonymWeight);
                }
            }

            if (token.Length >= 4)
            {
                var (start, end) = index.PrefixRange(tokenBytes);
                for (var term = start; term < end; term++)
                {
                    if (term != exact)
                    {
                        matches.Add((index.TermRank(term), term));
                    }
                }

                AddInRankOrder(PrefixWeight, MaxPrefixExpansions);
            }

            if (token.Length >= 4 && exact < 0)
            {
                CollectTypos(index, token, matches);
                AddInRankOrder(TypoWeight, MaxTypoExpansions);
            }
        }

        return terms;
    }

    private static void CollectTypos(BinarySearchIndex index, string token, List<(int Rank, int Term)> matches)
    {
        var maxDistance = token.Length >= 7 ? 2 : 1;
        var first = token[0];
        int low;
        int high;
        if (char.IsHighSurrogate(first))
        {
            low = 0x10000 + ((first - 0xD800) << 10);
            high = low + 0x400;
        }
        else
        {
            low = first;
            high = first + 1;
        }

        var (start, end) = index.ByteRange(EncodeCodePoint(low), EncodeCodePoint(high));
        var buffer = new char[token.Length + maxDistance + 1];
        for (var term = start; term < end; term++)
        {
            var bytes = index.Term(term);
            var length = Utf16Length(bytes);
            if (Math.Abs(length - token.Length) > maxDistance || length > buffer.Length)
            {
                continue;
            }

            var chars = DecodeUtf8(bytes, buffer);
            if (chars[0] == first && EditDistance.IsWithin(token.AsSpan(), new ReadOnlySpan<char>(buffer, 0, length), maxDistance))
            {
                matches.Add((index.TermRank(term), term));
            }
        }
    }

    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }

    private static char[] DecodeUtf8(ReadOnlySpan<byte> utf8, char[] buffer)
    {
        var position = 0;
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            int codePoint;
            if (b < 0x80)
            {
                codePoint = b;
                i++;
            }
            else if (b < 0xE0 && i + 1 < utf8.Length)
            {
                codePoint = ((b & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
                i += 2;
            }
            else if (b < 0xF0 && i + 2 < utf8.Length)
            {
                codePoint = ((b & 0x0F) << 12) | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F);
                i += 3;
            }
            else if (i + 3 < utf8.Length)
            {
                codePoint = ((b & 0x07) << 18) | ((utf8[i + 1] & 0x3F) << 12) | ((utf8[i + 2] & 0x3F) << 6) | (utf8[i + 3] & 0x3F);
                i += 4;
            }
            else
            {
                codePoint = 0xFFFD;
                i++;
            }

            if (codePoint >= 0x10000 && codePoint <= 0x10FFFF)
            {
                codePoint -= 0x10000;
                buffer[position++] = (char)(0xD800 + (codePoint >> 10));
                buffer[position++] = (char)(0xDC00 + (codePoint & 0x3FF));
            }
            else
            {
                buffer[position++] = (char)codePoint;
            }
        }

        return buffer;
    }

    /// <summary>Generalized UTF-8 of a code point (surrogates included), for byte-range bounds.</summary>
    private static byte[] EncodeCodePoint(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return new[] { (byte)codePoint };
        }

        if (codePoint < 0x800)
        {
            return new[] { (byte)(0xC0 | (codePoint >> 6)), (byte)(0x80 | (codePoint & 0x3F)) };
        }

        if (codePoint < 0x10000)
        {
            return new[] { (byte)(0xE0 | (codePoint >> 12)), (byte)(0x80 | ((codePoint >> 6) & 0x3F)), (byte)(0x80 | (codePoint & 0x3F)) };
        }

        if (codePoint > 0x10FFFF)
        {
            return new byte[] { 0xF5 };
        }

        return new[]
        {
            (byte)(0xF0 | (codePoint >> 18)), (byte)(0x80 | ((codePoint >> 12) & 0x3F)),
            (byte)(0x80 | ((codePoint >> 6) & 0x3F)), (byte)(0x80 | (codePoint & 0x3F)),
        };
    }
}
