using System;
using System.IO;

namespace Leadtype.Integration.Tests.Infrastructure;

/// <summary>The repository, found by walking up from the test assembly to the folder holding Leadtype.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

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
