using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Leadtype.Output.Benchmarks;

/// <summary>
/// The synthetic corpus the benchmark writes: <c>LEADTYPE_BENCH_CORPUS</c> if set, else
/// <c>../shared/tools/make-corpus --pages 300</c> (beside the repository) into a temp folder.
/// </summary>
internal static class BenchmarkCorpus
{
    public static string Ensure(int pages)
    {
        var configured = Environment.GetEnvironmentVariable("LEADTYPE_BENCH_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var target = Path.Combine(Path.GetTempPath(), $"leadtype-bench-corpus-{pages}");
        if (Directory.Exists(Path.Combine(target, "docs")))
        {
            return Path.Combine(target, "docs");
        }

        var tool = Path.Combine(RepositoryRoot(), "..", "shared", "tools", "make-corpus");
        var info = new ProcessStartInfo(tool) { UseShellExecute = false, RedirectStandardOutput = true };
        info.ArgumentList.Add("--pages");
        info.ArgumentList.Add(pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--out");
        info.ArgumentList.Add(target);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + tool);
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}");
        }

        return Path.Combine(target, "docs");
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

        // BenchmarkDotNet runs a generated copy of the project; fall back to the working directory.
        return Directory.GetCurrentDirectory().Split(Path.DirectorySeparatorChar + "benchmarks")[0];
    }
}
