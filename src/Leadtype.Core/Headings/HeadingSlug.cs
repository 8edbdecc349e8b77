using System.Globalization;
using System.Text;

namespace Leadtype.Headings;

/// <summary>
/// The original's <c>slugifyDocsHeading</c> (§14.1), which is not github-slugger: NFKD, drop combining
/// marks U+0300–U+036F, lowercase, every run of characters that are not letters or numbers becomes
/// <c>-</c>, leading and trailing <c>-</c> trimmed. <c>Café API: Quick Start!</c> → <c>cafe-api-quick-start</c>.
/// </summary>
public static class HeadingSlug
{
    public static string Slugify(string heading)
    {
        if (heading.Length == 0)
        {
            return string.Empty;
        }

        var decomposed = IsAscii(heading) ? heading : Leadtype.Text.CompatibilityDecomposition.Apply(heading);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c >= '\u0300' && c <= '\u036F')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
            {
                if (IsLetterOrNumber(CharUnicodeInfo.GetUnicodeCategory(decomposed, i)))
                {
                    AppendDash(builder, ref pendingDash);
                    builder.Append(c).Append(decomposed[i + 1]);
                }
                else
                {
                    pendingDash = true;
                }

                i++;
                continue;
            }

            if (IsLetterOrNumber(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                AppendDash(builder, ref pendingDash);
                builder.Append(ToLower(decomposed, i));
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A dash between two kept characters; none at the start (trimmed) and none at the end (never flushed).</summary>
    private static void AppendDash(StringBuilder builder, ref bool pendingDash)
    {
        if (pendingDash && builder.Length > 0)
        {
            builder.Append('-');
        }

        pendingDash = false;
    }

    /// <summary>JavaScript's locale-independent lowercase, including the final-sigma rule.</summary>
    private static char ToLower(string text, int index)
    {
        var c = text[index];
        if (c == '\u03A3')
        {
            var cased = index > 0 && char.IsLetter(text[index - 1]);
            var followed = index + 1 < text.Length && char.IsLetter(text[index + 1]);
            return cased && !followed ? '\u03C2' : '\u03C3';
        }

        return char.ToLowerInvariant(c);
    }

    private static bool IsLetterOrNumber(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\x7F')
            {
                return false;
            }
        }

        return true;
    }
}
