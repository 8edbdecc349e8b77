using System;

namespace Leadtype.Text;

/// <summary>Maps character offsets in a text to 1-based line and column numbers (columns count UTF-16 units).</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        // Counted first so the table is allocated once, at its size.
        var count = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                count++;
            }
        }

        var starts = new int[count];
        var line = 1;
        for (var i = 0; i < text.Length && line < count; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts[line++] = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts[line++] = i + 1;
            }
        }

        _lineStarts = starts;
        Length = text.Length;
    }

    public int Length { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based (line, column) of <paramref name="offset"/>; offsets past the end clamp to the end.</summary>
    public (int Line, int Column) GetPosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Length));
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }

    /// <summary>
    /// <see cref="GetPosition(int)"/> starting from the line a previous lookup found: a caller that walks
    /// the text front to back (the MDX tree builder asks for every node's start and end) finds each
    /// line in a step or two instead of a binary search.
    /// </summary>
    /// <param name="offset">The offset to locate.</param>
    /// <param name="lineHint">0-based line of an earlier lookup (0 to start); updated to this lookup's line.</param>
    public (int Line, int Column) GetPosition(int offset, ref int lineHint)
    {
        offset = Math.Max(0, Math.Min(offset, Length));
        var starts = _lineStarts;
        var index = lineHint;
        if ((uint)index >= (uint)starts.Length || starts[index] > offset)
        {
            index = Search(offset);
        }
        else
        {
            var steps = 0;
            while (index + 1 < starts.Length && starts[index + 1] <= offset)
            {
                index++;
                if (++steps == 8)
                {
                    index = Search(offset);
                    break;
                }
            }
        }

        lineHint = index;
        return (index + 1, offset - starts[index] + 1);
    }

    private int Search(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index < 0 ? ~index - 1 : index;
    }

    /// <summary>Offset of the start of 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];
}
