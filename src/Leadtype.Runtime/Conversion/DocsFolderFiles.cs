using System.Collections.Concurrent;
using System.IO;
using Leadtype.Conversion;
using Leadtype.Diagnostics;

namespace Leadtype.Runtime.Conversion;

/// <summary>Reads include targets from the docs folder on disk, decoding them like pages (LT0004 on invalid UTF-8).</summary>
internal sealed class DocsFolderFiles : IDocsFileSource
{
    private readonly string _root;
    private readonly string _displayRoot;
    private readonly ConcurrentDictionary<string, DocsDiagnostic> _problems;

    public DocsFolderFiles(string root, string displayRoot, ConcurrentDictionary<string, DocsDiagnostic> problems)
    {
        _root = root;
        _displayRoot = displayRoot;
        _problems = problems;
    }

    public bool TryRead(string docsRelativePath, out string text)
    {
        var full = Path.Combine(_root, docsRelativePath.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(full))
        {
            text = string.Empty;
            return false;
        }

        text = SourceText.Read(full, docsRelativePath, out var problem);
        if (problem is not null)
        {
            _problems.TryAdd(docsRelativePath, problem);
        }

        return true;
    }
}
