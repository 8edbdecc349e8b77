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
        var text = new StringBuilder();
        var code = new StringBuilder();
        var cleaned = new StringBuilder();
        var hasText = false;
        var hasCode = false;
        var inCodeFence = false;

        void Flush()
        {
            var cleanText = hasText ? CleanMarkdown(text.ToString(), cleaned) : string.Empty;
            var codeText = hasCode ? EcmaText.CollapseWhitespace(code.ToString()) : string.Empty;
            if (cleanText.Length > 0 || codeText.Length > 0)
            {
                blocks.Add(new SectionBlock(currentHeadingPath, cleanText, codeText));
            }

            text.Clear();
            code.Clear();
            hasText = false;
            hasCode = false;
        }

        // Lines joined back with "\n", as the reference's textLines.join("\n") / codeLines.join("\n").
        void Append(StringBuilder target, ref bool any, string source, int start, int length)
        {
            if (any)
            {
                target.Append('\n');
            }

            target.Append(source, start, length);
            any = true;
        }

        var body = StripFrontmatter(content);
        var lineStart = 0;
        while (lineStart <= body.Length)
        {
            var newline = body.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? body.Length : newline;
            var trimStart = lineStart;
            var trimEnd = lineEnd;
            while (trimStart < trimEnd && EcmaText.IsWhiteSpace(body[trimStart]))
            {
                trimStart++;
            }

            while (trimEnd > trimStart && EcmaText.IsWhiteSpace(body[trimEnd - 1]))
            {
                trimEnd--;
            }

            if (trimEnd - trimStart >= 3 && body[trimStart] == '`' && body[trimStart + 1] == '`' && body[trimStart + 2] == '`')
            {
                inCodeFence = !inCodeFence;
                Append(code, ref hasCode, body, lineStart, lineEnd - lineStart);
            }
            else if (inCodeFence)
            {
                Append(code, ref hasCode, body, lineStart, lineEnd - lineStart);
            }
            else if (trimEnd > trimStart && body[trimStart] == '#'
                && TryReadHeading(body.Substring(trimStart, trimEnd - trimStart), out var level, out var rawTitle))
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

                headingPath.Add(CleanMarkdown(rawTitle, cleaned));
                currentHeadingPath = headingPath.ToArray();
            }
            else
            {
                Append(text, ref hasText, body, lineStart, lineEnd - lineStart);
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
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
    internal static string CleanMarkdown(string input) => CleanMarkdown(input, new StringBuilder(input.Length));

    /// <inheritdoc cref="CleanMarkdown(string)"/>
    /// <param name="input">The Markdown text.</param>
    /// <param name="scratch">A builder to write into (cleared first), reused from call to call.</param>
    internal static string CleanMarkdown(string input, StringBuilder scratch)
    {
        scratch.Clear();
        var cleaner = new Cleaner(scratch);
        var search = new LinkSearch(input);
        var i = 0;
        while (i < input.Length)
        {
            if (input[i] == '[' && search.TryMatch(i, out var labelEnd, out var linkEnd))
            {
                for (var j = i + 1; j < labelEnd; j++)
                {
                    cleaner.Add(input[j]);
                }

                i = linkEnd;
                continue;
            }

            cleaner.Add(input[i]);
            i++;
        }

        return cleaner.ToString();
    }

    /// <summary>Punctuation to spaces and white space collapsed and trimmed, in one pass.</summary>
    private struct Cleaner
    {
        private readonly StringBuilder _builder;
        private bool _pendingSpace;

        public Cleaner(StringBuilder builder)
        {
            _builder = builder;
            _pendingSpace = false;
        }

        public void Add(char c)
        {
            if (c is '`' or '*' or '_' or '~' or '>' or '#' or ':' or '[' or ']' or '(' or ')' or '{' or '}' or '|' || EcmaText.IsWhiteSpace(c))
            {
                _pendingSpace = _builder.Length > 0;
                return;
            }

            if (_pendingSpace)
            {
                _builder.Append(' ');
                _pendingSpace = false;
            }

            _builder.Append(c);
        }

        public override string ToString() => _builder.ToString();
    }

    /// <summary>
    /// <c>/\[([^\]]+)\]\(([^)]+)\)/</c> tried at each <c>[</c>: the label runs to the first <c>]</c>, the target
    /// to the first <c>)</c>. The next <c>]</c> and <c>)</c> positions are remembered, so a text full of
    /// brackets is scanned once instead of once per bracket.
    /// </summary>
    private struct LinkSearch
    {
        private readonly string _text;
        private Memo _bracket;
        private Memo _paren;

        public LinkSearch(string text)
        {
            _text = text;
            _bracket = new Memo(']');
            _paren = new Memo(')');
        }

        public bool TryMatch(int start, out int labelEnd, out int linkEnd)
        {
            linkEnd = 0;
            labelEnd = _bracket.Next(_text, start + 1);
            if (labelEnd <= start + 1 || labelEnd + 1 >= _text.Length || _text[labelEnd + 1] != '(')
            {
                return false;
            }

            var close = _paren.Next(_text, labelEnd + 2);
            if (close <= labelEnd + 2)
            {
                return false;
            }

            linkEnd = close + 1;
            return true;
        }

        private struct Memo
        {
            private readonly char _c;
            private int _from;
            private int _found;

            public Memo(char c)
            {
                _c = c;
                _from = int.MaxValue;
                _found = -1;
            }

            // The first `c` at or after `from`: unchanged while `from` lies between the last search start and its answer.
            public int Next(string text, int from)
            {
                if (_from <= from && (_found < 0 || _found >= from))
                {
                    return _found;
                }

                _from = from;
                _found = from >= text.Length ? -1 : text.IndexOf(_c, from);
                return _found;
            }
        }
    }
}
