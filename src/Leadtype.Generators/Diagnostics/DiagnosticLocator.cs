using System;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;
using Leadtype.Text;

namespace Leadtype.Generators.Diagnostics;

/// <summary>
/// Turns Core's 1-based line/column positions into <see cref="SourceLocation"/>s (offset span plus
/// 0-based line span), which is what <c>Location.Create(path, TextSpan, LinePositionSpan)</c> needs.
/// </summary>
internal sealed class DiagnosticLocator
{
    private readonly string _text;
    private readonly LineIndex _lines;

    public DiagnosticLocator(string text)
    {
        _text = text;
        _lines = new LineIndex(text);
    }

    public DiagnosticInfo Locate(DocsDiagnostic diagnostic, string fullPath) =>
        new(diagnostic.Id, diagnostic.Severity, fullPath, Locate(diagnostic.Line, diagnostic.Column, diagnostic.EndLine, diagnostic.EndColumn), diagnostic.Message);

    /// <summary>A location from 1-based positions; without an end it runs to the end of the start line; line 0 means the whole file.</summary>
    public SourceLocation Locate(int line, int column, int endLine = 0, int endColumn = 0)
    {
        if (line <= 0)
        {
            return SourceLocation.File;
        }

        line = Math.Min(line, _lines.LineCount);
        var start = Math.Min(_lines.GetLineStart(line) + Math.Max(column, 1) - 1, LineEnd(line));
        int end;
        if (endLine > 0)
        {
            endLine = Math.Min(Math.Max(endLine, line), _lines.LineCount);
            end = Math.Min(_lines.GetLineStart(endLine) + Math.Max(endColumn, 1) - 1, LineEnd(endLine));
        }
        else
        {
            end = LineEnd(line);
        }

        return FromSpan(start, Math.Max(end, start) - start);
    }

    /// <summary>A location from an offset span.</summary>
    public SourceLocation FromSpan(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, _text.Length));
        length = Math.Max(0, Math.Min(length, _text.Length - start));
        var (startLine, startColumn) = _lines.GetPosition(start);
        var (endLine, endColumn) = _lines.GetPosition(start + length);
        return new SourceLocation(start, length, startLine - 1, startColumn - 1, endLine - 1, endColumn - 1);
    }

    private int LineEnd(int line)
    {
        var offset = _lines.GetLineStart(line);
        while (offset < _text.Length && _text[offset] != '\n' && _text[offset] != '\r')
        {
            offset++;
        }

        return offset;
    }
}
