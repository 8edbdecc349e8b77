using System.Collections.Generic;
using System.Text;

namespace Leadtype.Search;

/// <summary>One heading section of a page: its heading path, its prose (Markdown punctuation removed) and its code.</summary>
/// <param name="HeadingPath">
/// Headings above and including this section's. A level skipped by the page (an <c>###</c> with no
/// <c>##</c> above it) is a <see langword="null"/> hole, as in the reference's JSON.
/// </param>
internal sealed record SectionBlock(IReadOnlyList<string?> HeadingPath, string Text, string CodeText);

/// <summary>
/// Splits a page's Markdown into heading sections the way the reference's <c>collectSectionBlocks</c>
/// does: a leading frontmatter block is dropped, <c>```</c> lines toggle code (tilde fences are not
/// recognised), ATX headings start a new section, and a section with neither prose nor code is dropped.
/// </summary>
internal static class MarkdownSections
{
    public static List<SectionBlock> Collect(string content)
    {
        var blocks = new List<SectionBlock>();
        var headingPath = new List<string?>();
        IReadOnlyList<string?> currentHeadingPath = System.Array.Empty<string?>();
        var textLines = new List<string>();
        var codeLines = new List<string>();
        var inCodeFence = false;

        void Flush()
        {
            var text = CleanMarkdown(string.Join("\n", textLines));
            var codeText = EcmaText.CollapseWhitespace(string.Join("\n", codeLines));
            if (text.Length > 0 || codeText.Length > 0)
            {
                blocks.Add(new SectionBlock(currentHeadingPath, text, codeText));
            }

            textLines.Clear();
            codeLines.Clear();
        }

        foreach (var line in StripFrontmatter(content).Split('\n'))
        {
            var trimmed = EcmaText.Trim(line);
            if (trimmed.StartsWith("```", System.StringComparison.Ordinal))
            {
                inCodeFence = !inCodeFence;
                codeLines.Add(line);
                continue;
            }

            if (inCodeFence)
            {
                codeLines.Add(line);
                continue;
            }

            if (TryReadHeading(trimmed, out var level, out var rawTitle))
            {
                Flush();
                if (headingPath.Count > level - 1)
                {
                    headingPath.RemoveRange(level - 1, headingPath.Count - (level - 1));
                }

                // Growing the path leaves holes, as JavaScript's `array.length = n` does.
                while (headingPath.Count < level - 1)
                {
                    headingPath.Add(null);
                }

                headingPath.Add(CleanMarkdown(rawTitle));
                currentHeadingPath = headingPath.ToArray();
                continue;
            }

            textLines.Add(line);
        }

        Flush();
        return blocks;
    }

    /// <summary><c>/^(#{1,6})\s+(.+)$/</c> on an already trimmed line.</summary>
    private static bool TryReadHeading(string trimmed, out int level, out string title)
    {
        level = 0;
        title = string.Empty;
        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        if (level == 0 || level > 6 || level == trimmed.Length || !EcmaText.IsWhiteSpace(trimmed[level]))
        {
            return false;
        }

        var start = level;
        while (start < trimmed.Length && EcmaText.IsWhiteSpace(trimmed[start]))
        {
            start++;
        }

        if (start == trimmed.Length)
        {
            return false;
        }

        for (var i = start; i < trimmed.Length; i++)
        {
            // `.` does not match line terminators.
            var c = trimmed[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                return false;
            }
        }

        title = trimmed.Substring(start);
        return true;
    }

    /// <summary>Removes <c>/^---\s*\n[\s\S]*?\n---\s*\n?/</c> from the start, with that regex's backtracking.</summary>
    internal static string StripFrontmatter(string content)
    {
        if (!content.StartsWith("---", System.StringComparison.Ordinal))
        {
            return content;
        }

        var runEnd = 3;
        while (runEnd < content.Length && EcmaText.IsWhiteSpace(content[runEnd]))
        {
            runEnd++;
        }

        // The opening `\s*\n` ends at some newline of the white space after `---`; greedy, so the last first.
        for (var newline = runEnd - 1; newline >= 3; newline--)
        {
            if (content[newline] != '\n')
            {
                continue;
            }

            var close = content.IndexOf("\n---", newline + 1, System.StringComparison.Ordinal);
            if (close < 0)
            {
                continue;
            }

            var end = close + 4;
            while (end < content.Length && EcmaText.IsWhiteSpace(content[end]))
            {
                end++;
            }

            return content.Substring(end);
        }

        return content;
    }

    /// <summary>
    /// The reference's <c>cleanMarkdown</c>: <c>[text](url)</c> → <c>text</c>; each of
    /// <c>` * _ ~ &gt; # : [ ] ( ) { } |</c> → space; white space collapsed and trimmed.
    /// </summary>
    internal static string CleanMarkdown(string input)
    {
        var builder = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == '[' && TryMatchLink(input, i, out var labelEnd, out var linkEnd))
            {
                AppendCleaned(builder, input, i + 1, labelEnd);
                i = linkEnd;
                continue;
            }

            AppendCleaned(builder, input, i, i + 1);
            i++;
        }

        return EcmaText.CollapseWhitespace(builder.ToString());
    }

    // /\[([^\]]+)\]\(([^)]+)\)/ at `start`: the label runs to the first `]`, the target to the first `)`.
    private static bool TryMatchLink(string s, int start, out int labelEnd, out int linkEnd)
    {
        linkEnd = 0;
        labelEnd = s.IndexOf(']', start + 1);
        if (labelEnd <= start + 1 || labelEnd + 1 >= s.Length || s[labelEnd + 1] != '(')
        {
            return false;
        }

        var close = s.IndexOf(')', labelEnd + 2);
        if (close <= labelEnd + 2)
        {
            return false;
        }

        linkEnd = close + 1;
        return true;
    }

    private static void AppendCleaned(StringBuilder builder, string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            builder.Append(c switch
            {
                '`' or '*' or '_' or '~' or '>' or '#' or ':' or '[' or ']' or '(' or ')' or '{' or '}' or '|' => ' ',
                _ => c,
            });
        }
    }
}
