using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Leadtype.Conversion;

namespace Leadtype.Benchmarks;

/// <summary>The pages a benchmark converts, loaded into memory once: the real leadtype docs or a generated 300-page corpus.</summary>
internal sealed class BenchmarkCorpus
{
    private BenchmarkCorpus(string root, IReadOnlyList<PageSource> pages)
    {
        Root = root;
        Pages = pages;
        Bytes = pages.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Text));
    }

    public string Root { get; }

    public IReadOnlyList<PageSource> Pages { get; }

    /// <summary>UTF-8 size of all pages: the denominator of MB/s.</summary>
    public long Bytes { get; }

    public static BenchmarkCorpus Load(string name) => name switch
    {
        "leadtype" => FromDirectory(Path.Combine(SharedDirectory(), "corpora", "leadtype", "docs")),
        "synthetic-300" => FromDirectory(Path.Combine(Generate(300), "docs")),
        _ => throw new ArgumentException("Unknown corpus " + name, nameof(name)),
    };

    public IDocsFileSource Files() => new DirectoryFiles(Root);

    private static BenchmarkCorpus FromDirectory(string root)
    {
        var pages = Directory.GetFiles(root, "*.mdx", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new PageSource(Path.GetRelativePath(root, p), File.ReadAllText(p)))
            .ToList();
        return new BenchmarkCorpus(root, pages);
    }

    /// <summary>Runs ../shared/tools/make-corpus into a temp folder (never committed; regenerated per run, deterministic by seed).</summary>
    private static string Generate(int pages)
    {
        var output = Path.Combine(Path.GetTempPath(), "leadtype-bench-corpus-" + pages);
        if (Directory.Exists(Path.Combine(output, "docs")))
        {
            return output;
        }

        var start = new ProcessStartInfo("node", new[] { Path.Combine(SharedDirectory(), "tools", "make-corpus"), "--pages", pages.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output })
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("make-corpus failed: " + error);
        }

        return output;
    }

    /// <summary>The <c>shared/</c> folder beside the repository (found by walking up to Leadtype.sln).</summary>
    private static string SharedDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            directory = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
            {
                directory = directory.Parent;
            }
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? ".", "..", "shared"));
    }

    private sealed class DirectoryFiles : IDocsFileSource
    {
        private readonly string _root;

        public DirectoryFiles(string root) => _root = root;

        public bool TryRead(string docsRelativePath, out string text)
        {
            var path = Path.Combine(_root, docsRelativePath);
            var exists = File.Exists(path);
            text = exists ? File.ReadAllText(path) : string.Empty;
            return exists;
        }
    }
}
