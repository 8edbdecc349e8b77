namespace Leadtype.Conversion;

/// <summary>
/// Reads other files of the docs folder for includes. Core does no I/O: the CLI and build read
/// from disk, the source generator from its additional files, tests from memory.
/// </summary>
public interface IDocsFileSource
{
    /// <summary>Reads the file at a docs-relative, <c>/</c>-separated path (no <c>..</c>).</summary>
    bool TryRead(string docsRelativePath, out string text);
}

/// <summary>A source with no files: every include is reported missing.</summary>
public sealed class NoDocsFiles : IDocsFileSource
{
    public static NoDocsFiles Instance { get; } = new();

    public bool TryRead(string docsRelativePath, out string text)
    {
        text = string.Empty;
        return false;
    }
}
