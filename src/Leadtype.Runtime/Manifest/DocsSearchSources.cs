using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using Leadtype.Search;

namespace Leadtype;

/// <summary>
/// Where the generated <c>Docs.Search</c> finds its index when the source generator did not embed
/// it (above <c>LeadtypeMaxEmbeddedIndexBytes</c>, <c>LeadtypeEmbedSearchIndex=false</c>, or C# older
/// than 11), in this order:
/// <list type="number">
/// <item>the manifest resource <see cref="ResourceName"/> (the compact binary index) in the app's assembly;</item>
/// <item>the file <c>&lt;AssemblyName&gt;.SearchIndex.bin</c> (<see cref="FileNameFor"/>, the same binary
/// index) in <see cref="AppContext.BaseDirectory"/>, which the Leadtype build copies next to the assembly
/// and includes in publish;</item>
/// <item><c>search-index.json</c> (+ <c>search-content.json</c>) in <c>docs/</c> under <see cref="AppContext.BaseDirectory"/>,
/// which is where <c>leadtype generate</c> output lands when copied to the app's output.</item>
/// </list>
/// Reads files and resources only (no reflection over types), so trimmed and native AOT apps load it too.
/// </summary>
public static class DocsSearchSources
{
    /// <summary>The manifest resource name of the binary index the build can embed.</summary>
    public const string ResourceName = "Leadtype.SearchIndex.bin";

    /// <summary>
    /// The end of the binary index file's name; the file is named after the assembly whose <c>Docs</c>
    /// class it serves, so an app and the libraries it references keep one file each in one output folder.
    /// </summary>
    public const string FileSuffix = ".SearchIndex.bin";

    /// <summary>The folder under the app's base directory holding <c>search-index.json</c>.</summary>
    public const string DirectoryName = "docs";

    /// <summary>The name of the binary index file for <paramref name="assembly"/>: <c>&lt;AssemblyName&gt;.SearchIndex.bin</c>.</summary>
    public static string FileNameFor(Assembly assembly)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        return assembly.GetName().Name + FileSuffix;
    }

    /// <summary>Loads the index of <paramref name="assembly"/>'s docs from the first source that exists (see the class remarks).</summary>
    /// <exception cref="InvalidOperationException">No source exists; the message names all three.</exception>
    /// <exception cref="SearchIndexFormatException">The source found is not a valid index; the message names it.</exception>
    public static DocsSearch Load(Assembly assembly, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null) =>
        Load(assembly, AppContext.BaseDirectory, synonyms);

    internal static DocsSearch Load(Assembly assembly, string baseDirectory, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        var assemblyName = assembly.GetName().Name;
        using (var resource = assembly.GetManifestResourceStream(ResourceName))
        {
            if (resource is not null)
            {
                return Open(ReadAll(resource), "the manifest resource '" + ResourceName + "' of " + assemblyName, synonyms);
            }
        }

        var file = Path.Combine(baseDirectory, FileNameFor(assembly));
        if (File.Exists(file))
        {
            return Open(File.ReadAllBytes(file), file, synonyms);
        }

        var directory = Path.Combine(baseDirectory, DirectoryName);
        var json = Path.Combine(directory, SearchIndexJson.IndexFileName);
        if (File.Exists(json))
        {
            return DocsSearch.FromDirectory(directory, synonyms);
        }

        throw new InvalidOperationException(
            "The docs search index is not embedded in " + assemblyName + " (it was too large or embedding is off), and none of its other sources exists: "
            + "the manifest resource '" + ResourceName + "', the file '" + file + "' (the Leadtype build copies it next to the app unless LeadtypeSearchIndexFile is false), "
            + "or '" + json + "'. Build the app with the Leadtype package (or run `leadtype generate --search-binary` and copy the file there), or raise LeadtypeMaxEmbeddedIndexBytes.");
    }

    private static DocsSearch Open(byte[] binary, string source, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms)
    {
        try
        {
            return DocsSearch.FromBinary(binary, synonyms);
        }
        catch (SearchIndexFormatException error)
        {
            // The index itself only knows it is damaged; say which file, so a stale or truncated copy can be found.
            throw new SearchIndexFormatException(error.Message + " (read from " + source + "; rebuild the app to write it again)", error);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            // Manifest resources know their length: read straight into the final buffer.
            var buffer = new byte[stream.Length];
            stream.ReadExactly(buffer);
            return buffer;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
