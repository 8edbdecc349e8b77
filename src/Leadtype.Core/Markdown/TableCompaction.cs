using System.Text;

namespace Leadtype.Markdown;

/// <summary>
/// The agent pipeline's post-pass over the serialized body (§9.9): table rows lose the padding
/// around cells (<c>| a | b |</c> → <c>|a|b|</c>, <c>| --- |</c> → <c>|--|</c>). Kept quirks: every
/// <c>|</c> splits, escaped or not; single-column rows are left alone. Fixed: fences are tracked by
/// their opening length, so table-like lines inside a longer fence (a Prompt holding a ``` block)
/// are never touched.
/// </summary>
public static class TableCompaction
{
    public static string Compact(string markdown)
    {
        if (markdown.IndexOf('|') < 0)
        {
            return markdown;
        }

        // Built only once a line changes: most pages have no table.
        StringBuilder? builder = null;
        var scratch = new StringBuilder();
        var fenceLength = 0;
        var lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var newline = markdown.IndexOf('\n', lineStart);
            var end = newline < 0 ? markdown.Length : newline;
            scratch.Length = 0;
            if (AppendLine(scratch, markdown, lineStart, end, ref fenceLength) && builder is null)
            {
                builder = new StringBuilder(markdown.Length);
                builder.Append(markdown, 0, lineStart);
            }

            if (builder is not null)
            {
                builder.Append(scratch);
                if (newline >= 0)
                {
                    builder.Append('\n');
                }
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return builder is null ? markdown : builder.ToString();
    }

    /// <summary>Appends the line, compacted when it is a table row; true when it changed.</summary>
    private static bool AppendLine(StringBuilder builder, string text, int start, int end, ref int fenceLength)
    {
        var first = start;
        while (first < end && (text[first] == ' ' || text[first] == '\t'))
        {
            first++;
        }

        var ticks = 0;
        while (first + ticks < end && text[first + ticks] == '`')
        {
            ticks++;
        }

        if (fenceLength > 0)
        {
            if (ticks >= fenceLength && IsBlank(text, first + ticks, end))
            {
                fenceLength = 0;
            }

            builder.Append(text, start, end - start);
            return false;
        }

        if (ticks >= 3)
        {
            fenceLength = ticks;
            builder.Append(text, start, end - start);
            return false;
        }

        var last = end - 1;
        while (last > first && (text[last] == ' ' || text[last] == '\t'))
        {
            last--;
        }

        if (first >= end || text[first] != '|' || last <= first || text[last] != '|' || text.IndexOf('|', first + 1, last - first - 1) < 0)
        {
            builder.Append(text, start, end - start);
            return false;
        }

        var before = builder.Length;
        builder.Append(text, start, first - start).Append('|');
        var cellStart = first + 1;
        while (cellStart <= last)
        {
            var pipe = text.IndexOf('|', cellStart, last - cellStart + 1);
            AppendCell(builder, text, cellStart, pipe);
            builder.Append('|');
            cellStart = pipe + 1;
        }

        return builder.Length - before != end - start || !SameText(builder, before, text, start);
    }

    private static bool SameText(StringBuilder builder, int from, string text, int start)
    {
        for (var i = from; i < builder.Length; i++)
        {
            if (builder[i] != text[start + i - from])
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendCell(StringBuilder builder, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (IsDivider(text, start, end))
        {
            if (text[start] == ':')
            {
                builder.Append(':');
            }

            builder.Append("--");
            if (text[end - 1] == ':' && end - 1 > start)
            {
                builder.Append(':');
            }

            return;
        }

        builder.Append(text, start, end - start);
    }

    /// <summary><c>^:?-{2,}:?$</c></summary>
    private static bool IsDivider(string text, int start, int end)
    {
        var i = start;
        if (i < end && text[i] == ':')
        {
            i++;
        }

        var dashes = 0;
        while (i < end && text[i] == '-')
        {
            dashes++;
            i++;
        }

        if (i < end && text[i] == ':')
        {
            i++;
        }

        return dashes >= 2 && i == end;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }
}
