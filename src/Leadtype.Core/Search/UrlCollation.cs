namespace Leadtype.Search;

/// <summary>
/// The tie-break order of equally scored results: the reference sorts them by absolute URL with
/// JavaScript's <c>localeCompare</c> (ICU root collation). This reproduces that order for ASCII URLs —
/// punctuation before digits before letters, letters compared case-insensitively first and lower case
/// before upper case — and orders other characters by code point after letters.
/// </summary>
internal static class UrlCollation
{
    // ICU root order of ASCII punctuation and symbols (non-ignorable).
    private const string SymbolOrder = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

    public static int Compare(string left, string right)
    {
        var length = System.Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var compared = Primary(left[i]).CompareTo(Primary(right[i]));
            if (compared != 0)
            {
                return compared;
            }
        }

        if (left.Length != right.Length)
        {
            return left.Length.CompareTo(right.Length);
        }

        for (var i = 0; i < length; i++)
        {
            // Tertiary level: lower case sorts before upper case.
            var l = left[i];
            var r = right[i];
            if (l != r)
            {
                var lUpper = l >= 'A' && l <= 'Z';
                var rUpper = r >= 'A' && r <= 'Z';
                if (lUpper != rUpper)
                {
                    return lUpper ? 1 : -1;
                }
            }
        }

        return string.CompareOrdinal(left, right);
    }

    private static int Primary(char c)
    {
        if (c >= 'a' && c <= 'z')
        {
            return 0x200 + ((c - 'a') * 2);
        }

        if (c >= 'A' && c <= 'Z')
        {
            return 0x200 + ((c - 'A') * 2);
        }

        if (c >= '0' && c <= '9')
        {
            return 0x100 + (c - '0');
        }

        if (c <= ' ')
        {
            return c;
        }

        var symbol = SymbolOrder.IndexOf(c);
        if (symbol >= 0)
        {
            return 0x40 + symbol;
        }

        return 0x10000 + c;
    }
}
