using System.Text;

namespace Leadtype.Flatten;

/// <summary>The original's two whitespace normalisations (§0 conventions).</summary>
public static class Whitespace
{
    /// <summary>NW: every run of whitespace (newlines and U+00A0 included) becomes one space; trimmed.</summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                if (builder is null)
                {
                    // Fast path: a single interior space needs no copy.
                    if (c == ' ' && i > 0 && i + 1 < text.Length && !IsSpace(text[i + 1]) && !IsSpace(text[i - 1]))
                    {
                        continue;
                    }

                    builder = new StringBuilder(text.Length);
                    builder.Append(text, 0, i);
                }

                pendingSpace = builder.Length > 0;
                continue;
            }

            if (builder is not null)
            {
                if (pendingSpace)
                {
                    builder.Append(' ');
                    pendingSpace = false;
                }

                builder.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Collapses whitespace runs to one space without trimming (for text nodes inside a paragraph).</summary>
    public static string Collapse(string text)
    {
        var needed = false;
        for (var i = 0; i < text.Length && !needed; i++)
        {
            needed = IsSpace(text[i]) && (text[i] != ' ' || (i + 1 < text.Length && IsSpace(text[i + 1])));
        }

        if (!needed)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
                continue;
            }

            inSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>JavaScript's <c>\s</c>: whitespace including U+00A0 and U+FEFF.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
