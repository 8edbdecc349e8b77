using System;
using System.IO;

namespace Leadtype.Generators.Tests.Infrastructure;

/// <summary>
/// Finds the repository by walking up from the test assembly to the folder holding Leadtype.sln.
/// (CallerFilePath breaks under CI path mapping and deterministic builds; the assembly location does not.)
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>The shared read-only corpora, cloned next to the repository in CI.</summary>
    public static string Corpus(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "corpora", System.IO.Path.Combine(parts)));

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Leadtype.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("Leadtype.sln was not found above " + AppContext.BaseDirectory);
    }
}
