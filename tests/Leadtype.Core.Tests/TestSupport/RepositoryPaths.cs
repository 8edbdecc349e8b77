using System;
using System.IO;

namespace Leadtype.Core.Tests.TestSupport;

/// <summary>Locates the repository root (the folder holding Leadtype.sln) and the shared corpora beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    /// <summary><c>../shared/corpora/leadtype/docs</c> relative to the repository root (CI clones the repo next to shared/).</summary>
    public static string LeadtypeCorpusDocs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpora", "leadtype", "docs"));

    public static string InRepository(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("Leadtype.sln not found above " + AppContext.BaseDirectory);
    }
}
