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

        string decomposed;
        try
        {
            decomposed = input.Normalize(NormalizationForm.FormKD);
        }
        catch (System.ArgumentException)
        {
            // Lone surrogates make Normalize throw; JavaScript leaves them as they are.
            decomposed = NormalizeAroundLoneSurrogates(input);
        }

        var builder = new StringBuilder(decomposed.Length);
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
                builder.Append(IsFinalSigma(decomposed, i) ? '\u03c2' : '\u03c3');
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
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

    private static string NormalizeAroundLoneSurrogates(string input)
    {
        var builder = new StringBuilder(input.Length);
        var runStart = 0;
        for (var i = 0; i <= input.Length; i++)
        {
            var lone = i < input.Length && char.IsSurrogate(input[i])
                && !(char.IsHighSurrogate(input[i]) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]));
            if (i == input.Length || lone)
            {
                if (i > runStart)
                {
                    builder.Append(input.Substring(runStart, i - runStart).Normalize(NormalizationForm.FormKD));
                }

                if (lone)
                {
                    builder.Append(input[i]);
                }

                runStart = i + 1;
            }
            else if (char.IsHighSurrogate(input[i]))
            {
                i++;
            }
        }

        return builder.ToString();
    }

    // Unicode's Final_Sigma condition, which JavaScript applies: a capital sigma preceded by a cased
    // letter and not followed by one (case-ignorable characters in between are skipped) lowers to ς.
    private static bool IsFinalSigma(string s, int index)
    {
        var before = index - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(s[before]))
        {
            return false;
        }

        var after = index + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !IsCased(s[after]);
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
