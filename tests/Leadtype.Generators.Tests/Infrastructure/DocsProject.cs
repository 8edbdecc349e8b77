using System;
using System.Collections.Generic;
using System.Linq;

namespace Leadtype.Generators.Tests.Infrastructure;

/// <summary>
/// A consuming project as the generator sees it: a project folder, docs files (AdditionalFiles) and
/// MSBuild properties. Paths are absolute like the compiler's (<c>/proj/docs/guides/install.mdx</c>).
/// </summary>
internal sealed class DocsProject
{
    public const string ProjectDir = "/proj/";

    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal)
    {
        ["build_property.ProjectDir"] = ProjectDir,
        ["build_property.RootNamespace"] = "Sample.App",
    };

    public static string DocPath(string docsRelative) => ProjectDir + "docs/" + docsRelative;

    public DocsProject Page(string docsRelative, string text)
    {
        _files[DocPath(docsRelative)] = text;
        return this;
    }

    public DocsProject Config(string json)
    {
        _files[DocPath("leadtype.json")] = json;
        return this;
    }

    public DocsProject Remove(string docsRelative)
    {
        _files.Remove(DocPath(docsRelative));
        return this;
    }

    public DocsProject Property(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    public IReadOnlyDictionary<string, string> Properties => _properties;

    public IEnumerable<KeyValuePair<string, string>> Files => _files;

    public DocsProject Clone()
    {
        var copy = new DocsProject();
        foreach (var file in _files)
        {
            copy._files[file.Key] = file.Value;
        }

        foreach (var property in _properties)
        {
            copy._properties[property.Key] = property.Value;
        }

        return copy;
    }

    public IEnumerable<InMemoryAdditionalText> AdditionalTexts() =>
        _files.Select(file => new InMemoryAdditionalText(file.Key, file.Value));
}
