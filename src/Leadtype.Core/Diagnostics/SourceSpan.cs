namespace Leadtype.Diagnostics;

/// <summary>A 1-based line/column range in a source file.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine = 0, int EndColumn = 0)
{
    public static SourceSpan None => default;

    public bool IsEmpty => Line == 0;

    /// <summary>Moves a span computed relative to a fragment (e.g. the body after the frontmatter) into file coordinates.</summary>
    public SourceSpan Offset(int lineOffset) =>
        IsEmpty ? this : new SourceSpan(Line + lineOffset, Column, EndLine == 0 ? 0 : EndLine + lineOffset, EndColumn);
}
