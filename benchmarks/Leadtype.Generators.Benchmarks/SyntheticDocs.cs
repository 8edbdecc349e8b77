using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Leadtype.Generators.Benchmarks;

/// <summary>A synthetic corpus from shared/tools/make-corpus, generated into the temp folder once (never committed).</summary>
internal static class SyntheticDocs
{
    public const string ProjectDir = "/bench/";

    public static IReadOnlyList<(string Path, string Text)> Load(int pages)
    {
        var output = Path.Combine(Path.GetTempPath(), "leadtype-generator-corpus-" + pages);
        var docs = Path.Combine(output, "docs");
        if (!Directory.Exists(docs))
        {
            var tool = Path.Combine(RepositoryRoot(), "..", "shared", "tools", "make-corpus");
            using var process = Process.Start(new ProcessStartInfo("node", $"\"{tool}\" --pages {pages} --out \"{output}\"") { UseShellExecute = false })!;
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("make-corpus failed with exit code " + process.ExitCode);
            }
        }

        return Directory.EnumerateFiles(docs, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".mdx", StringComparison.Ordinal) || f.EndsWith("leadtype.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (ProjectDir + "docs/" + Path.GetRelativePath(docs, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Leadtype.sln not found");
    }
}
