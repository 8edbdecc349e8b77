using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Leadtype.Headings;

/// <summary>
/// Extracts the table of contents from a page's flattened Markdown (§14.2): ATX heading lines outside code
/// fences, within a level range, titles cleaned of Markdown, ids from <see cref="HeadingSlugger"/>, nested
/// under the nearest previous lower-level heading. One pass over the lines, no regex.
/// </summary>
public static class TableOfContents
{
    /// <param name="markdown">The converted page, with or without its frontmatter block.</param>
    /// <param name="urlPath">The page URL (<c>/docs/example</c>).</param>
    /// <param name="absoluteUrl">The page's absolute URL, when a base URL is configured.</param>
    /// <param name="minLevel">Shallowest heading level included (default 2).</param>
    /// <param name="maxLevel">Deepest heading level included (default 3).</param>
    public static IReadOnlyList<TocItem> Extract(string markdown, string urlPath, string? absoluteUrl = null, int minLevel = 2, int maxLevel = 3)
    {
        if (minLevel > maxLevel)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Invalid TOC range: minLevel ({0}) must be less than or equal to maxLevel ({1}).", minLevel, maxLevel));
        }

        var roots = new List<Builder>();
        var stack = new List<Builder>();
        var slugger = new HeadingSlugger();
        char fence = '\0';
        var position = SkipFrontmatter(markdown);
        while (position <= markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = markdown.Length;
            }

            var line = markdown.Substring(position, lineEnd - position).Trim();
            position = lineEnd + 1;

            if (StartsWithFence(line, out var marker))
            {
                // Only the same marker character closes a fence; lengths are not compared.
                fence = fence == '\0' ? marker : fence == marker ? '\0' : fence;
                continue;
            }

            if (fence != '\0' || !TryHeading(line, out var level, out var rawTitle) || level < minLevel || level > maxLevel)
            {
                continue;
            }

            var title = CleanTitle(rawTitle);
            if (title.Length == 0)
            {
                continue;
            }

            var item = new Builder(slugger.Next(title), title, level);
            while (stack.Count > 0 && stack[stack.Count - 1].Level >= level)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (stack.Count == 0)
            {
                roots.Add(item);
            }
            else
            {
                stack[stack.Count - 1].Children.Add(item);
            }

            stack.Add(item);
        }

        return Build(roots, urlPath, absoluteUrl);
    }

    /// <summary>
    /// Cleans a heading line's text into a TOC title: trailing <c> ###</c> removed, links replaced by their
    /// text, tags by a space, Markdown punctuation (<c>` * _ ~ &gt; [ ] ( ) { } |</c>) by a space, whitespace collapsed.
    /// </summary>
    public static string CleanTitle(string text)
    {
        text = RemoveClosingHashes(text);
        text = ReplaceLinks(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<')
            {
                var close = text.IndexOf('>', i + 1);
                if (close > i + 1)
                {
                    builder.Append(' ');
                    i = close;
                    continue;
                }
            }

            builder.Append(IsStripped(c) ? ' ' : c);
        }

        return Leadtype.Text.EcmaText.CollapseWhitespace(builder.ToString());
    }

    private static bool IsStripped(char c) =>
        c == '`' || c == '*' || c == '_' || c == '~' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' || c == '}' || c == '|';

    /// <summary><c>[text](url)</c> → <c>text</c> (the original's <c>\[([^\]]+)\]\([^)]+\)</c>).</summary>
    private static string ReplaceLinks(string text)
    {
        if (text.IndexOf("](", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                var closeBracket = text.IndexOf(']', i + 1);
                if (closeBracket > i + 1 && closeBracket + 1 < text.Length && text[closeBracket + 1] == '(')
                {
                    var closeParen = text.IndexOf(')', closeBracket + 2);
                    if (closeParen > closeBracket + 2)
                    {
                        builder.Append(text, i + 1, closeBracket - i - 1);
                        i = closeParen + 1;
                        continue;
                    }
                }
            }

            builder.Append(text[i]);
            i++;
        }

        return builder.ToString();
    }

    private static string RemoveClosingHashes(string text)
    {
        // \s+#+\s*$
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var hashes = end;
        while (hashes > 0 && text[hashes - 1] == '#')
        {
            hashes--;
        }

        if (hashes == end || hashes == 0 || !char.IsWhiteSpace(text[hashes - 1]))
        {
            return text;
        }

        var start = hashes;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text.Substring(0, start);
    }

    /// <summary><c>^(#{1,6})\s+(.+)$</c> on a trimmed line.</summary>
    private static bool TryHeading(string line, out int level, out string title)
    {
        level = 0;
        title = string.Empty;
        while (level < line.Length && line[level] == '#')
        {
            level++;
        }

        if (level == 0 || level > 6 || level >= line.Length || !char.IsWhiteSpace(line[level]))
        {
            return false;
        }

        title = line.Substring(level).Trim();
        return title.Length > 0;
    }

    private static bool StartsWithFence(string line, out char marker)
    {
        marker = line.Length >= 3 ? line[0] : '\0';
        return (marker == '`' || marker == '~') && line[1] == marker && line[2] == marker;
    }

    /// <summary>Skips a leading <c>---</c> frontmatter block (<c>^---\s*\n[\s\S]*?\n---\s*\n?</c>).</summary>
    private static int SkipFrontmatter(string markdown)
    {
        if (!markdown.StartsWith("---", StringComparison.Ordinal))
        {
            return 0;
        }

        var i = 3;
        while (i < markdown.Length && markdown[i] != '\n' && char.IsWhiteSpace(markdown[i]))
        {
            i++;
        }

        if (i >= markdown.Length || markdown[i] != '\n')
        {
            return 0;
        }

        var close = markdown.IndexOf("\n---", i, StringComparison.Ordinal);
        while (close >= 0)
        {
            var j = close + 4;
            while (j < markdown.Length && markdown[j] != '\n' && char.IsWhiteSpace(markdown[j]))
            {
                j++;
            }

            if (j >= markdown.Length)
            {
                return markdown.Length;
            }

            if (markdown[j] == '\n')
            {
                return j + 1;
            }

            close = markdown.IndexOf("\n---", close + 1, StringComparison.Ordinal);
        }

        return 0;
    }

    private static IReadOnlyList<TocItem> Build(List<Builder> builders, string urlPath, string? absoluteUrl)
    {
        var items = new TocItem[builders.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var b = builders[i];
            items[i] = new TocItem(b.Id, b.Title, b.Level, urlPath, absoluteUrl, Build(b.Children, urlPath, absoluteUrl));
        }

        return items;
    }

    private sealed class Builder
    {
        public Builder(string id, string title, int level)
        {
            Id = id;
            Title = title;
            Level = level;
        }

        public string Id { get; }

        public string Title { get; }

        public int Level { get; }

        public List<Builder> Children { get; } = new();
    }
}
