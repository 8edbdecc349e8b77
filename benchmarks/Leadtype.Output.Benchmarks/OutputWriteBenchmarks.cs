using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Leadtype.Output.Benchmarks;

/// <summary>
/// One run = read every page of the 300-page corpus (311 files, 2.5 MiB), optionally transform it,
/// and write it to <c>docs/&lt;path&gt;.md</c> under the output directory.
/// <list type="bullet">
/// <item><c>Work=io-only</c>: the bytes are written as read. The I/O skeleton of a run, so the
/// measured overhead is an upper bound.</item>
/// <item><c>Work=markdig</c>: each page goes through Markdig's parse + Markdown normalise, a stand-in
/// for the MDX → Markdown conversion that a real <c>leadtype convert</c> does per page.</item>
/// </list>
/// <c>State=cold</c> starts from an empty output directory; <c>unchanged</c> from one that already
/// holds the same bytes. The output directory is <c>LEADTYPE_BENCH_OUT</c> (default: system temp),
/// the lock folder the default per-user one.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 5, iterationCount: 40)]
[MemoryDiagnoser]
public class OutputWriteBenchmarks
{
    private (string Source, string Relative)[] _pages = Array.Empty<(string, string)>();
    private string _output = string.Empty;
    private OutputOptions _options = new();

    [Params("cold", "unchanged")]
    public string State { get; set; } = "cold";

    [Params("io-only", "markdig")]
    public string Work { get; set; } = "io-only";

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Ensure(300);
        _pages = Directory.EnumerateFiles(corpus, "*.mdx", SearchOption.AllDirectories)
            .Select(path => (path, "docs/" + Path.GetRelativePath(corpus, path).Replace('\\', '/')[..^".mdx".Length] + ".md"))
            .OrderBy(page => page.Item2, StringComparer.Ordinal)
            .ToArray();
        var root = Environment.GetEnvironmentVariable("LEADTYPE_BENCH_OUT") is { Length: > 0 } configured ? configured : Path.GetTempPath();
        _output = Path.Combine(root, "leadtype-bench-out-" + Environment.ProcessId);
        _options = OutputOptions.FromEnvironment();
    }

    [IterationSetup]
    public void PrepareOutput()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }

        if (State == "unchanged")
        {
            PlainWrites();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "plain File.WriteAllBytes")]
    public int PlainWrites()
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, relative) in _pages)
        {
            var bytes = Produce(source);
            var target = Path.Combine(_output, relative);
            var directory = Path.GetDirectoryName(target)!;
            if (created.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllBytes(target, bytes);
        }

        return created.Count;
    }

    [Benchmark(Description = "OutputSession: lock + sweep + atomic writes")]
    public int SessionWrites()
    {
        using var session = OutputSession.Open(_output, _options);
        foreach (var (source, relative) in _pages)
        {
            session.Write(relative, Produce(source));
        }

        return session.Complete().Written.Count;
    }

    private byte[] Produce(string source)
    {
        var bytes = File.ReadAllBytes(source);
        return Work == "markdig" ? Encoding.UTF8.GetBytes(Markdig.Markdown.Normalize(Encoding.UTF8.GetString(bytes))) : bytes;
    }
}
