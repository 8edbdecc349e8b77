using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Leadtype.Runtime.Tests.Output.Support;

/// <summary>Paths of the repository, the shared corpus beside it, and the built process host.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The 50-page leadtype docs corpus (read-only, cloned next to the repository in CI).</summary>
    public static string LeadtypeDocs => Path.Combine(Root, "..", "shared", "corpora", "leadtype", "docs");

    public static string ProcessHost
    {
        get
        {
            var path = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "OutputProcessHost").Value!;
            var full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new InvalidOperationException($"The output process host was not built: {full}. Build tests/Leadtype.Output.ProcessHost.");
            }

            return full;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Leadtype.sln not found above " + AppContext.BaseDirectory);
    }
}
