using System.Collections.Generic;
using Leadtype.Paths;

namespace Leadtype.Conversion;

/// <summary>Docs files held in memory (tests, the generator's additional files).</summary>
public sealed class InMemoryDocsFiles : IDocsFileSource
{
    private readonly Dictionary<string, string> _files = new(System.StringComparer.Ordinal);

    public InMemoryDocsFiles Add(string path, string text)
    {
        _files[DocsPath.Normalize(path) ?? path] = text;
        return this;
    }

    public bool TryRead(string docsRelativePath, out string text) =>
        _files.TryGetValue(docsRelativePath, out text!);
}
