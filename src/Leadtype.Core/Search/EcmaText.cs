using System.Text;

namespace Leadtype.Search;

/// <summary>
/// The few JavaScript string semantics the search format depends on: what <c>\s</c> and
/// <c>String.prototype.trim</c> treat as white space (it differs from <see cref="char.IsWhiteSpace(char)"/>:
/// U+FEFF is white space in JavaScript, U+0085 is not).
/// </summary>
internal static class EcmaText
{
    public static bool IsWhiteSpace(char c)
    {
        if (c <= ' ')
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        if (c < '\u00a0')
        {
            return false;
        }

        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
            || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    public static string Trim(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
    }

    public static bool IsBlank(string s)
    {
        foreach (var c in s)
        {
            if (!IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>s.replace(/\s+/g, " ").trim()</c>.</summary>
    public static string CollapseWhitespace(string s)
    {
        // Most texts are already collapsed: check before copying.
        var collapsed = true;
        for (var i = 0; i < s.Length && collapsed; i++)
        {
            var c = s[i];
            if (IsWhiteSpace(c))
            {
                collapsed = c == ' ' && i > 0 && i < s.Length - 1 && s[i + 1] != ' ' && !IsWhiteSpace(s[i + 1]);
            }
        }

        if (collapsed)
        {
            return s;
        }

        var builder = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary><c>s.lastIndexOf(value, position)</c>: the last occurrence starting at an index ≤ <paramref name="position"/>.</summary>
    public static int LastIndexOf(string s, string value, int position)
    {
        var start = position;
        if (start > s.Length - value.Length)
        {
            start = s.Length - value.Length;
        }

        for (var i = start; i >= 0; i--)
        {
            if (string.CompareOrdinal(s, i, value, 0, value.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
