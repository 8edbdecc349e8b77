using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Leadtype.Collections;

namespace Leadtype.Navigation;

/// <summary>
/// A page's table of contents from its Markdown (artifacts §2.7.3): ATX headings outside code
/// fences, within a level range (h2–h3 by default), cleaned of inline syntax, with de-duplicated
/// slug ids (<c>x</c>, <c>x-1</c>, <c>x-2</c>) and nested by level.
/// </summary>
public static class TableOfContents
{
    private static readonly Regex Heading = new("^(#{1,6})\\s+(.+)$", RegexOptions.CultureInvariant);
    private static readonly Regex ClosingHashes = new("\\s+#+\\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Link = new("\\[([^\\]]*)\\]\\([^)]*\\)", RegexOptions.CultureInvariant);
    private static readonly Regex HtmlTag = new("<[^>]+>", RegexOptions.CultureInvariant);
    private static readonly Regex Syntax = new("[`*_~>\\[\\](){}|]", RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new("\\s+", RegexOptions.CultureInvariant);
    private static readonly Regex Fence = new("^(`{3,}|~{3,})", RegexOptions.CultureInvariant);

    /// <param name="markdown">The page (frontmatter is skipped).</param>
    /// <param name="urlPath">The page's route, for <c>urlWithHash</c>.</param>
    /// <param name="baseUrl">The site URL, for <c>absoluteUrlWithHash</c>.</param>
    public static EquatableArray<TocItem> Extract(string markdown, string urlPath, string baseUrl, int minLevel = 2, int maxLevel = 3)
    {
        if (minLevel < 1 || maxLevel > 6 || minLevel > maxLevel)
        {
            throw new ArgumentOutOfRangeException(nameof(minLevel), "Invalid TOC range: minLevel " + minLevel + ", maxLevel " + maxLevel + " (1 ≤ min ≤ max ≤ 6)");
        }

        var flat = new List<(int Level, string Id, string Title)>();
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        char? fence = null;
        foreach (var raw in StripFrontmatter(markdown).Split('\n'))
        {
            var line = raw.Trim();
            var fenceMatch = Fence.Match(line);
            if (fenceMatch.Success)
            {
                if (fence is null)
                {
                    fence = line[0];
                }
                else if (fence == line[0])
                {
                    fence = null;
                }

                continue;
            }

            if (fence is not null)
            {
                continue;
            }

            var heading = Heading.Match(line);
            if (!heading.Success)
            {
                continue;
            }

            var level = heading.Groups[1].Length;
            if (level < minLevel || level > maxLevel)
            {
                continue;
            }

            var title = Clean(heading.Groups[2].Value);
            if (title.Length == 0)
            {
                continue;
            }

            var slug = HeadingSlug.Create(title);
            var id = slug;
            if (used.TryGetValue(slug, out var count))
            {
                id = slug + "-" + count;
                used[slug] = count + 1;
            }
            else
            {
                used[slug] = 1;
            }

            flat.Add((level, id, title));
        }

        var index = 0;
        return Nest(flat, ref index, 0, urlPath, baseUrl);
    }

    private static EquatableArray<TocItem> Nest(List<(int Level, string Id, string Title)> flat, ref int index, int parentLevel, string urlPath, string baseUrl)
    {
        var items = new List<TocItem>();
        while (index < flat.Count && flat[index].Level > parentLevel)
        {
            var (level, id, title) = flat[index++];
            var children = Nest(flat, ref index, level, urlPath, baseUrl);
            var withHash = urlPath + "#" + id;
            items.Add(new TocItem(id, title, level, urlPath, withHash, DocsUrl.ToAbsoluteUrl(urlPath, baseUrl) + "#" + id, children));
        }

        return items.ToEquatableArray();
    }

    private static string Clean(string text)
    {
        var t = ClosingHashes.Replace(text, string.Empty);
        t = Link.Replace(t, "$1");
        t = HtmlTag.Replace(t, " ");
        t = Syntax.Replace(t, " ");
        return Whitespace.Replace(t, " ").Trim();
    }

    private static string StripFrontmatter(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end >= 0)
        {
            return text.Substring(end + 5);
        }

        return text.EndsWith("\n---", StringComparison.Ordinal) ? string.Empty : text;
    }
}
