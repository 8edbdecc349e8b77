using System.Globalization;
using System.Text;

namespace Leadtype.Search;

/// <summary>
/// The folding every search comparison goes through (the reference's <c>normalizeText</c>): Unicode NFKD,
/// combining marks U+0300–U+036F removed, then lower-cased the way JavaScript's <c>toLowerCase</c> does.
/// <c>Café</c> → <c>cafe</c>, <c>ﬁle</c> → <c>file</c>.
/// </summary>
public static class SearchText
{
    private static readonly string?[] SingleCharFolds = new string?[char.MaxValue + 1];

    public static string Fold(string input)
    {
        if (input.Length == 0)
        {
            return input;
        }

        // ASCII is already NFKD and has no combining marks, so only the case changes.
        var ascii = true;
        var hasUpper = false;
        foreach (var c in input)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }

            hasUpper |= c >= 'A' && c <= 'Z';
        }

        if (ascii)
        {
            return hasUpper ? LowerAscii(input) : input;
        }

        // NFKD never moves anything across an ASCII character (it only decomposes, and reorders runs of
        // combining marks), so ASCII stretches are lower-cased directly and only non-ASCII runs go through
        // the platform's normalizer.
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c < 0x80)
            {
                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
                i++;
                continue;
            }

            var runStart = i;
            while (i < input.Length && input[i] >= 0x80)
            {
                i++;
            }

            // Lone non-ASCII characters (’, —, é) are by far the most common run; their folding does not
            // depend on context (except capital sigma), so it is computed once per character.
            if (i - runStart == 1 && !char.IsSurrogate(c) && c != '\u03a3')
            {
                var folded = SingleCharFolds[c];
                if (folded is null)
                {
                    var run = new StringBuilder(4);
                    AppendFoldedRun(run, c.ToString(), c.ToString(), 1);
                    folded = run.ToString();
                    SingleCharFolds[c] = folded;
                }

                builder.Append(folded);
                continue;
            }

            AppendFoldedRun(builder, input.Substring(runStart, i - runStart), input, i);
        }

        return builder.ToString();
    }

    private static void AppendFoldedRun(StringBuilder builder, string run, string input, int runEnd)
    {
        var decomposed = Leadtype.Text.CompatibilityDecomposition.Apply(run);

        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c >= '\u0300' && c <= '\u036f')
            {
                continue;
            }

            if (c < 0x80)
            {
                builder.Append(c >= 'A' && c <= 'Z' ? (char)(c + 32) : c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
            {
                builder.Append(decomposed.Substring(i, 2).ToLowerInvariant());
                i++;
            }
            else if (c == '\u03a3')
            {
                builder.Append(IsFinalSigma(builder, decomposed, i, input, runEnd) ? '\u03c2' : '\u03c3');
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
    }

    private static string LowerAscii(string input)
    {
        var chars = input.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c >= 'A' && c <= 'Z')
            {
                chars[i] = (char)(c + 32);
            }
        }

        return new string(chars);
    }

    // Unicode's Final_Sigma condition, which JavaScript applies: a capital sigma preceded by a cased
    // letter and not followed by one (case-ignorable characters in between are skipped) lowers to ς.
    private static bool IsFinalSigma(StringBuilder before, string s, int index, string input, int runEnd)
    {
        // What precedes is either earlier in this run or already folded into the builder; folding keeps
        // letters letters and case-ignorable characters case-ignorable, except that lower-casing turns a
        // preceding capital into a lower-case letter, which is still cased.
        var b = index - 1;
        while (b >= 0 && IsCaseIgnorable(s[b]))
        {
            b--;
        }

        bool casedBefore;
        if (b >= 0)
        {
            casedBefore = IsCased(s[b]);
        }
        else
        {
            var k = before.Length - 1;
            while (k >= 0 && IsCaseIgnorable(before[k]))
            {
                k--;
            }

            casedBefore = k >= 0 && IsCased(before[k]);
        }

        if (!casedBefore)
        {
            return false;
        }

        var after = index + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        if (after < s.Length)
        {
            return !IsCased(s[after]);
        }

        // Past the run: look at the rest of the input.
        var next = runEnd;
        while (next < input.Length && IsCaseIgnorable(input[next]))
        {
            next++;
        }

        return next >= input.Length || !IsCased(input[next]);
    }

    private static bool IsCased(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;
    }

    private static bool IsCaseIgnorable(char c)
    {
        if (c is '\'' or '.' or ':' or '\u00b7' or '\u2019' or '\u2018' or '\u2024' or '\ufe52' or '\uff07' or '\uff0e')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }
}
