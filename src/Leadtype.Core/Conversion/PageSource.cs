namespace Leadtype.Conversion;

/// <summary>One page to convert: its docs-relative path (<c>guides/install.mdx</c>) and its text.</summary>
public sealed class PageSource
{
    public PageSource(string path, string text)
    {
        Path = Leadtype.Paths.DocsPath.Normalize(path) ?? path.Replace('\\', '/');
        Text = text;
    }

    /// <summary>Docs-relative, <c>/</c>-separated.</summary>
    public string Path { get; }

    public string Text { get; }
}
