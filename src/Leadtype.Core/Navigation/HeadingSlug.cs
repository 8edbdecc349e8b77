using System.Globalization;
using System.Text;

namespace Leadtype.Navigation;

/// <summary>
/// Heading anchors (artifacts §2.8): NFKD, combining marks U+0300–U+036F removed, lower-cased,
/// every run of characters that are not letters or digits turned into <c>-</c>, dashes trimmed.
/// <c>Café API: Quick Start!</c> → <c>cafe-api-quick-start</c>.
/// </summary>
public static class HeadingSlug
{
    public static string Create(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (c >= '\u0300' && c <= '\u036F')
            {
                continue;
            }

            var isSurrogatePair = char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]);
            var category = isSurrogatePair ? CharUnicodeInfo.GetUnicodeCategory(decomposed, i) : CharUnicodeInfo.GetUnicodeCategory(c);
            if (IsLetterOrNumber(category))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                if (isSurrogatePair)
                {
                    builder.Append(decomposed, i, 2);
                    i++;
                }
                else
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
            else
            {
                pendingDash = true;
                if (isSurrogatePair)
                {
                    i++;
                }
            }
        }

        return builder.ToString();
    }

    private static bool IsLetterOrNumber(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
