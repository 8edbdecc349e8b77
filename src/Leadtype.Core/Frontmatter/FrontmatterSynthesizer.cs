using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Paths;

namespace Leadtype.Frontmatter;

/// <summary>
/// Infers <c>title</c> and <c>description</c> for a page without authored frontmatter (§2.3), from its
/// flattened Markdown body and its path. Differences from the original, both fixes: a <c># </c> line inside
/// a code fence is never the title, and Markdown backslash escapes the serializer added
/// (<c>\*</c>, <c>\[</c>, <c>&amp;#x20;</c>) are removed from both values.
/// </summary>
public static class FrontmatterSynthesizer
{
    public static YamlMap Synthesize(string markdownBody, string pagePath)
    {
        var title = FindTitle(markdownBody) ?? TitleFromPath(pagePath);
        var entries = new List<KeyValuePair<string, YamlValue>>(2)
        {
            new("title", new YamlString(title)),
        };

        var description = FindDescription(markdownBody);
        if (description.Length > 0)
        {
            entries.Add(new KeyValuePair<string, YamlValue>("description", new YamlString(description)));
        }

        return new YamlMap(entries);
    }

    /// <summary>The text of the first <c># </c> heading line outside code fences, unescaped; null when there is none.</summary>
    public static string? FindTitle(string markdown)
    {
        var fence = new FenceTracker();
        foreach (var rawLine in Lines(markdown))
        {
            var line = rawLine.Trim();
            if (fence.Observe(line))
            {
                continue;
            }

            // ^#\s+(.+)$ on the untrimmed line.
            if (rawLine.Length >= 2 && rawLine[0] == '#' && IsBlank(rawLine[1]))
            {
                var text = Unescape(rawLine.Substring(1).Trim());
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>The first paragraph-like run of lines, joined by spaces (§2.3), unescaped; empty when there is none.</summary>
    public static string FindDescription(string markdown)
    {
        var fence = new FenceTracker();
        var collected = new List<string>();
        foreach (var rawLine in Lines(markdown))
        {
            var line = rawLine.Trim();
            if (fence.Observe(line) || line.Length == 0 || IsSkippedLine(line))
            {
                if (collected.Count > 0)
                {
                    break;
                }

                continue;
            }

            collected.Add(line);
        }

        return Unescape(string.Join(" ", collected).Trim());
    }

    /// <summary>
    /// The title the original derives from a file name: the base name (or the parent folder's for
    /// <c>index</c>/<c>home</c>/<c>readme</c>), <c>-</c>/<c>_</c> runs as spaces, each word capitalised.
    /// </summary>
    public static string TitleFromPath(string pagePath)
    {
        var normalized = pagePath.Replace('\\', '/').TrimEnd('/');
        var name = DocsPath.GetFileName(DocsPath.WithoutExtension(normalized));
        if (string.Equals(name, "index", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(name, "home", StringComparison.OrdinalIgnoreCase) ||
            string.Equals(name, "readme", StringComparison.OrdinalIgnoreCase))
        {
            var directory = DocsPath.GetFileName(DocsPath.GetDirectory(normalized));
            if (directory.Length > 0)
            {
                name = directory;
            }
        }

        var builder = new StringBuilder(name.Length);
        var inSeparator = false;
        foreach (var c in name)
        {
            if (c == '-' || c == '_')
            {
                if (!inSeparator)
                {
                    builder.Append(' ');
                }

                inSeparator = true;
                continue;
            }

            inSeparator = false;
            builder.Append(c);
        }

        var spaced = builder.ToString().Trim();
        var chars = spaced.ToCharArray();

        // \b\w with JavaScript's ASCII word characters.
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsAsciiWord(chars[i]) && (i == 0 || !IsAsciiWord(chars[i - 1])) && chars[i] >= 'a' && chars[i] <= 'z')
            {
                chars[i] = (char)(chars[i] - 32);
            }
        }

        return new string(chars);
    }

    /// <summary>Removes the escapes the Markdown serializer adds: backslash before ASCII punctuation, and <c>&amp;#x20;</c>.</summary>
    public static string Unescape(string text)
    {
        if (text.IndexOf('\\') < 0 && text.IndexOf("&#x20;", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                builder.Append(text[i + 1]);
                i++;
            }
            else if (c == '&' && string.CompareOrdinal(text, i, "&#x20;", 0, 6) == 0)
            {
                builder.Append(' ');
                i += 5;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsSkippedLine(string line)
    {
        var first = line[0];
        if (first == '#' || first == '>' || first == '|' || first == '<')
        {
            return true;
        }

        if ((first == '-' || first == '*') && line.Length > 1 && line[1] == ' ')
        {
            return true;
        }

        // ^\d+\.\s
        var i = 0;
        while (i < line.Length && line[i] >= '0' && line[i] <= '9')
        {
            i++;
        }

        return i > 0 && i + 1 < line.Length && line[i] == '.' && IsBlank(line[i + 1]);
    }

    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return text.Substring(start).TrimEnd('\r');
                yield break;
            }

            yield return text.Substring(start, end - start).TrimEnd('\r');
            start = end + 1;
        }
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c);

    private static bool IsAsciiWord(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    private static bool IsAsciiPunctuation(char c) =>
        (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');

    /// <summary>Tracks fenced code: opened by 3+ backticks or tildes, closed by a run of the same character at least as long.</summary>
    private struct FenceTracker
    {
        private char _char;
        private int _length;

        /// <summary>Feeds a trimmed line; true when the line is a fence line or inside a fence.</summary>
        public bool Observe(string line)
        {
            var run = 0;
            var c = line.Length > 0 ? line[0] : '\0';
            if (c == '`' || c == '~')
            {
                while (run < line.Length && line[run] == c)
                {
                    run++;
                }
            }

            if (_length == 0)
            {
                if (run >= 3)
                {
                    _char = c;
                    _length = run;
                    return true;
                }

                return false;
            }

            if (c == _char && run >= _length && line.Substring(run).Trim().Length == 0)
            {
                _length = 0;
            }

            return true;
        }
    }
}
