using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Leadtype.Collections;

namespace Leadtype.Generators.Inputs;

/// <summary>
/// Every readable docs file (pages and partials) for includes. Compared by content, so the include
/// step is skipped when no docs file changed; the path lookup is built on first use only.
/// </summary>
internal sealed class DocsFileSet : IEquatable<DocsFileSet>
{
    private readonly EquatableArray<DocsFileInput> _files;
    private Dictionary<string, DocsFileInput>? _byPath;

    public DocsFileSet(ImmutableArray<DocsFileInput> files)
    {
        var sorted = files.IsDefault ? new List<DocsFileInput>() : new List<DocsFileInput>(files);
        sorted.Sort((a, b) => string.CompareOrdinal(a.SourcePath, b.SourcePath));
        _files = new EquatableArray<DocsFileInput>(sorted.ToArray());
    }

    public IReadOnlyDictionary<string, DocsFileInput> ByPath => _byPath ??= BuildLookup();

    public Dictionary<string, string> Texts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in _files)
        {
            texts[file.SourcePath] = file.Text;
        }

        return texts;
    }

    public bool Equals(DocsFileSet? other) => other is not null && _files.Equals(other._files);

    public override bool Equals(object? obj) => Equals(obj as DocsFileSet);

    public override int GetHashCode() => _files.GetHashCode();

    private Dictionary<string, DocsFileInput> BuildLookup()
    {
        var map = new Dictionary<string, DocsFileInput>(StringComparer.Ordinal);
        foreach (var file in _files)
        {
            map[file.SourcePath] = file;
        }

        return map;
    }
}
