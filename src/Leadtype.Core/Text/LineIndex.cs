using System;
using System.Collections.Generic;

namespace Leadtype.Text;

/// <summary>Maps character offsets in a text to 1-based line and column numbers (columns count UTF-16 units).</summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
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

    /// <summary>Offset of the start of 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];
}
