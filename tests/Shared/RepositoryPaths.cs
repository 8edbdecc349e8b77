using System;
using System.IO;

namespace Leadtype.Tests.Shared;

/// <summary>Finds the repository root (the folder holding Leadtype.sln) from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Leadtype.sln not found above " + AppContext.BaseDirectory);
    }
}
