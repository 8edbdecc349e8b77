using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;
using Leadtype.Placeholders;

namespace Leadtype.Flatten;

/// <summary>The page being flattened: its path, where diagnostics go, its placeholder context and the site's options.</summary>
public sealed class FlattenContext
{
    public FlattenContext(string filePath, ICollection<DocsDiagnostic> diagnostics, FlattenOptions? options = null, PlaceholderContext? placeholders = null)
    {
        FilePath = filePath;
        Diagnostics = diagnostics;
        Options = options ?? FlattenOptions.Default;
        Placeholders = placeholders ?? PlaceholderContext.FromDocsRelativePath(filePath);
    }

    /// <summary>The page path diagnostics name (docs-relative).</summary>
    public string FilePath { get; }

    public ICollection<DocsDiagnostic> Diagnostics { get; }

    public FlattenOptions Options { get; }

    public PlaceholderContext Placeholders { get; }

    /// <summary>Reports a diagnostic at the start of <paramref name="node"/> (whole file when the node was synthesized).</summary>
    public void Report(DocsDiagnosticDescriptor descriptor, MdNode node, params object?[] args)
    {
        var range = node.Range;
        var span = range.IsEmpty ? SourceSpan.None : new SourceSpan(range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
        Diagnostics.Add(DocsDiagnostic.Create(descriptor, FilePath, span, args));
    }

    /// <summary>
    /// Reports a diagnostic at <paramref name="offset"/> inside the value of <paramref name="attribute"/>, or at the
    /// element when the parser recorded no position for the value.
    /// </summary>
    public void ReportInAttribute(DocsDiagnosticDescriptor descriptor, MdxJsxElement element, MdxAttribute attribute, int offset, params object?[] args)
    {
        var range = attribute.ValueRange;
        if (range.IsEmpty || attribute.Value is null)
        {
            Report(descriptor, element, args);
            return;
        }

        var line = range.StartLine;
        var column = range.StartColumn;
        var value = attribute.Value;
        var lineInValue = 0;
        var lineStart = 0;
        for (var i = 0; i < offset && i < value.Length; i++)
        {
            if (value[i] == '\n')
            {
                line++;
                column = 1;
                lineInValue++;
                lineStart = i + 1;
            }
            else
            {
                column++;
            }
        }

        // Continuation lines lost up to two columns of indentation to the dedent: add back what that line lost.
        if (lineInValue > 0 && attribute.RawValue is { } raw)
        {
            column += LengthOfLine(raw, lineInValue) - LengthOfLineAt(value, lineStart);
        }

        Diagnostics.Add(DocsDiagnostic.Create(descriptor, FilePath, new SourceSpan(line, column), args));
    }

    // Length of the line starting at offset `start` of `text`.
    private static int LengthOfLineAt(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return (end < 0 ? text.Length : end) - start;
    }

    // Length of line number `index` (0-based) of `text`; 0 when there is no such line.
    private static int LengthOfLine(string text, int index)
    {
        var start = 0;
        for (var n = 0; n < index; n++)
        {
            var newline = text.IndexOf('\n', start);
            if (newline < 0)
            {
                return 0;
            }

            start = newline + 1;
        }

        return LengthOfLineAt(text, start);
    }
}
