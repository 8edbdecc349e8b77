using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace Leadtype;

/// <summary>
/// Where the generated <c>Docs.Search</c> finds its index when the source generator did not embed
/// it (above <c>LeadtypeMaxEmbeddedIndexBytes</c>, <c>LeadtypeEmbedSearchIndex=false</c>, or C# older
/// than 11), in this order:
/// <list type="number">
/// <item>the manifest resource <see cref="ResourceName"/> (the compact binary index) in the app's assembly;</item>
/// <item><c>search-index.json</c> (+ <c>search-content.json</c>) in <c>docs/</c> under <see cref="AppContext.BaseDirectory"/>,
/// which is where <c>leadtype generate</c> output lands when copied to the app's output.</item>
/// </list>
/// </summary>
public static class DocsSearchSources
{
    /// <summary>The manifest resource name of the binary index the build can embed.</summary>
    public const string ResourceName = "Leadtype.SearchIndex.bin";

    /// <summary>The folder under the app's base directory holding <c>search-index.json</c>.</summary>
    public const string DirectoryName = "docs";

    public static DocsSearch Load(Assembly assembly, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        using (var resource = assembly.GetManifestResourceStream(ResourceName))
        {
            if (resource is not null)
            {
                using var buffer = new MemoryStream();
                resource.CopyTo(buffer);
                return DocsSearch.FromBinary(buffer.ToArray(), synonyms);
            }
        }

        var directory = Path.Combine(AppContext.BaseDirectory, DirectoryName);
        if (File.Exists(Path.Combine(directory, "search-index.json")))
        {
            return DocsSearch.FromDirectory(directory, synonyms);
        }

        throw new InvalidOperationException(
            "The docs search index is not embedded in " + assembly.GetName().Name + " (it was too large or embedding is off), and neither the manifest resource '"
            + ResourceName + "' nor '" + Path.Combine(directory, "search-index.json") + "' exists. Embed the resource or copy the generated search-index.json there.");
    }
}
