using System;
using System.Text;

namespace Leadtype.Markdown;

/// <summary>
/// The agent pipeline's post-pass over the serialized body (§9.9): table rows lose the padding
/// around cells (<c>| a | b |</c> → <c>|a|b|</c>, <c>| --- |</c> → <c>|--|</c>). Kept quirks: every
/// <c>|</c> splits, escaped or not; single-column rows are left alone. Fixed: fences are tracked by
/// their opening length, so table-like lines inside a longer fence (a Prompt holding a ``` block)
/// are never touched.
/// </summary>
/// <remarks>
/// Works in place on a character buffer: a compacted row is never longer than the row it came from,
/// so the write position never passes the read position, and the serializer's output is copied once
/// (into the buffer) and allocated once (the result).
/// </remarks>
public static class TableCompaction
{
    /// <summary>Buffers kept per thread up to this size (chars); larger pages allocate and drop their own.</summary>
    private const int MaxCachedBuffer = 1 << 18;

    [ThreadStatic]
    private static char[]? t_buffer;

    public static string Compact(string markdown)
    {
        if (markdown.IndexOf('|') < 0)
        {
            return markdown;
        }

        var buffer = Rent(markdown.Length);
        markdown.CopyTo(0, buffer, 0, markdown.Length);
        var length = CompactInPlace(buffer, markdown.Length);
        var result = length == markdown.Length && markdown.AsSpan().SequenceEqual(buffer.AsSpan(0, length))
            ? markdown
            : new string(buffer, 0, length);
        Return(buffer);
        return result;
    }

    /// <summary>The serializer's document, compacted, as one string (no intermediate copy of the whole text).</summary>
    internal static string Compact(StringBuilder markdown)
    {
        var buffer = Rent(markdown.Length);
        markdown.CopyTo(0, buffer, 0, markdown.Length);
        var length = Array.IndexOf(buffer, '|', 0, markdown.Length) < 0 ? markdown.Length : CompactInPlace(buffer, markdown.Length);
        var result = new string(buffer, 0, length);
        Return(buffer);
        return result;
    }

    private static char[] Rent(int length)
    {
        var buffer = t_buffer;
        if (buffer is not null && buffer.Length >= length)
        {
            t_buffer = null;
            return buffer;
        }

        return new char[Math.Max(length, 4096)];
    }

    private static void Return(char[] buffer)
    {
        if (buffer.Length <= MaxCachedBuffer && (t_buffer is null || t_buffer.Length < buffer.Length))
        {
            t_buffer = buffer;
        }
    }

    /// <summary>Compacts <paramref name="text"/>[0, <paramref name="length"/>) line by line; returns the new length.</summary>
    private static int CompactInPlace(char[] text, int length)
    {
        var fenceLength = 0;
        var read = 0;
        var write = 0;
        while (read < length)
        {
            var newline = Array.IndexOf(text, '\n', read, length - read);
            var end = newline < 0 ? length : newline;
            write = CompactLine(text, read, end, write, ref fenceLength);
            if (newline < 0)
            {
                break;
            }

            text[write++] = '\n';
            read = newline + 1;
        }

        return write;
    }

    /// <summary>Writes the line [<paramref name="start"/>, <paramref name="end"/>) at <paramref name="write"/> (≤ start), compacted when it is a table row; returns the write position after it.</summary>
    private static int CompactLine(char[] text, int start, int end, int write, ref int fenceLength)
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

            return Move(text, start, end, write);
        }

        if (ticks >= 3)
        {
            fenceLength = ticks;
            return Move(text, start, end, write);
        }

        var last = end - 1;
        while (last > first && (text[last] == ' ' || text[last] == '\t'))
        {
            last--;
        }

        if (first >= end || text[first] != '|' || last <= first || text[last] != '|' || Array.IndexOf(text, '|', first + 1, last - first - 1) < 0)
        {
            return Move(text, start, end, write);
        }

        write = Move(text, start, first, write);
        text[write++] = '|';
        var cellStart = first + 1;
        while (cellStart <= last)
        {
            var pipe = Array.IndexOf(text, '|', cellStart, last - cellStart + 1);
            write = WriteCell(text, cellStart, pipe, write);
            text[write++] = '|';
            cellStart = pipe + 1;
        }

        return write;
    }

    private static int WriteCell(char[] text, int start, int end, int write)
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
            // Read both ends before writing: the divider may be written over them.
            var leftColon = text[start] == ':';
            var rightColon = text[end - 1] == ':' && end - 1 > start;
            if (leftColon)
            {
                text[write++] = ':';
            }

            text[write++] = '-';
            text[write++] = '-';
            if (rightColon)
            {
                text[write++] = ':';
            }

            return write;
        }

        return Move(text, start, end, write);
    }

    /// <summary>Copies [<paramref name="start"/>, <paramref name="end"/>) down to <paramref name="write"/> (Array.Copy handles the overlap).</summary>
    private static int Move(char[] text, int start, int end, int write)
    {
        var count = end - start;
        if (write != start && count > 0)
        {
            Array.Copy(text, start, text, write, count);
        }

        return write + count;
    }

    /// <summary><c>^:?-{2,}:?$</c></summary>
    private static bool IsDivider(char[] text, int start, int end)
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

    private static bool IsBlank(char[] text, int start, int end)
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
