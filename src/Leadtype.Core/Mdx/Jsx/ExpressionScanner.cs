namespace Leadtype.Mdx.Jsx;

/// <summary>
/// Finds the brace that closes a JS expression (<c>{…}</c>) the way MDX does: nested braces count,
/// and braces inside strings, template literals (with <c>${…}</c>) and comments do not.
/// </summary>
internal static class ExpressionScanner
{
    /// <summary>
    /// Scans from <paramref name="open"/> (a <c>{</c>) up to <paramref name="limit"/> (exclusive).
    /// Returns the offset just past the closing brace, or -1 when the text ends first.
    /// </summary>
    public static int FindEnd(string text, int open, int limit)
    {
        var depth = 0;
        var i = open;
        while (i < limit)
        {
            var c = text[i];
            switch (c)
            {
                case '{':
                    depth++;
                    i++;
                    break;
                case '}':
                    depth--;
                    i++;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
                case '"':
                case '\'':
                    i = SkipString(text, i, limit, c);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '`':
                    i = SkipTemplate(text, i, limit);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '/' when i + 1 < limit && text[i + 1] == '/':
                    i = text.IndexOf('\n', i, limit - i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '/' when i + 1 < limit && text[i + 1] == '*':
                    i = IndexOf(text, "*/", i + 2, limit);
                    if (i < 0)
                    {
                        return -1;
                    }

                    i += 2;
                    break;
                default:
                    i++;
                    break;
            }
        }

        return -1;
    }

    /// <summary>Skips a quoted string starting at <paramref name="start"/>; -1 when unterminated.</summary>
    public static int SkipString(string text, int start, int limit, char quote)
    {
        var i = start + 1;
        while (i < limit)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == quote)
            {
                return i + 1;
            }

            // A newline ends a JS string literal: treat the quote as a stray apostrophe in prose-like
            // code (`{don't}` is rare, but a stray quote must not swallow the rest of the page).
            if (c == '\n')
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    private static int SkipTemplate(string text, int start, int limit)
    {
        var i = start + 1;
        while (i < limit)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '`')
            {
                return i + 1;
            }

            if (c == '$' && i + 1 < limit && text[i + 1] == '{')
            {
                var end = FindEnd(text, i + 1, limit);
                if (end < 0)
                {
                    return -1;
                }

                i = end;
                continue;
            }

            i++;
        }

        return -1;
    }

    private static int IndexOf(string text, string value, int start, int limit)
    {
        if (start >= limit)
        {
            return -1;
        }

        var index = text.IndexOf(value, start, limit - start, System.StringComparison.Ordinal);
        return index;
    }
}
