using Leadtype.Diagnostics;

namespace Leadtype.Site;

/// <summary>Where a top-level key is written in a page's frontmatter, so a problem with its value (an unknown group) points there.</summary>
internal static class FrontmatterKeys
{
    /// <summary>The line of <paramref name="key"/> (line 1 is the opening fence); empty when the page has no such key.</summary>
    public static SourceSpan SpanOf(string text, string key)
    {
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (string.CompareOrdinal(text, offset, "---", 0, 3) != 0)
        {
            return default;
        }

        var line = 1;
        var position = offset;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            if (line > 1)
            {
                var length = end - position;
                if (length > 0 && text[end - 1] == '\r')
                {
                    length--;
                }

                if (length == 3 && string.CompareOrdinal(text, position, "---", 0, 3) == 0)
                {
                    return default;
                }

                if (length > key.Length && string.CompareOrdinal(text, position, key, 0, key.Length) == 0 && text[position + key.Length] == ':')
                {
                    return new SourceSpan(line, 1);
                }
            }

            line++;
            position = end + 1;
        }

        return default;
    }
}
