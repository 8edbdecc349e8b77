namespace Leadtype.Generators.Model;

/// <summary>
/// A location inside an additional file as plain data (offset span plus 0-based line span), so
/// models stay value-equatable; a Roslyn <c>Location</c> is only built when a diagnostic is reported.
/// </summary>
internal readonly record struct SourceLocation(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The whole file (reported at its first character).</summary>
    public static SourceLocation File => default;
}
