using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Leadtype.Output.Benchmarks;

/// <summary>
/// Whole runs of plain writes, bare <see cref="AtomicFile"/> writes and <see cref="OutputSession"/>
/// (lock + sweep + atomic writes), interleaved round by round so that load from other processes on a
/// shared machine hits all three alike; reports median wall and CPU time per variant.
/// <c>dotnet run -c Release --project benchmarks/Leadtype.Output.Benchmarks -- interleaved [rounds] [io-only|markdig]</c>.
/// The output directory is <c>LEADTYPE_BENCH_OUT</c> (default: system temp).
/// </summary>
internal static class InterleavedRuns
{
    public static void Run(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25;
        var markdig = args.Length > 2 && args[2] == "markdig";
        var corpus = BenchmarkCorpus.Ensure(300);
        var pages = Directory.EnumerateFiles(corpus, "*.mdx", SearchOption.AllDirectories)
            .Select(path => (Source: path, Relative: "docs/" + Path.GetRelativePath(corpus, path).Replace('\\', '/')[..^".mdx".Length] + ".md"))
            .OrderBy(page => page.Relative, StringComparer.Ordinal)
            .ToArray();
        var root = Environment.GetEnvironmentVariable("LEADTYPE_BENCH_OUT") is { Length: > 0 } configured ? configured : Path.GetTempPath();
        var output = Path.Combine(root, "leadtype-bench-interleaved-" + Environment.ProcessId);
        var options = OutputOptions.FromEnvironment();

        byte[] Produce(string source)
        {
            var bytes = File.ReadAllBytes(source);
            return markdig ? Encoding.UTF8.GetBytes(Markdig.Markdown.Normalize(Encoding.UTF8.GetString(bytes))) : bytes;
        }

        void Plain()
        {
            var created = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (source, relative) in pages)
            {
                var bytes = Produce(source);
                var target = Path.Combine(output, relative);
                if (created.Add(Path.GetDirectoryName(target)!))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                }

                File.WriteAllBytes(target, bytes);
            }
        }

        void Atomic()
        {
            var created = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (source, relative) in pages)
            {
                var bytes = Produce(source);
                var target = Path.Combine(output, relative);
                if (created.Add(Path.GetDirectoryName(target)!))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                }

                AtomicFile.WriteAllBytes(target, bytes);
            }
        }

        void Session()
        {
            using var session = OutputSession.Open(output, options);
            foreach (var (source, relative) in pages)
            {
                session.Write(relative, Produce(source));
            }

            session.Complete();
        }

        var variants = new (string Name, Action Run)[] { ("plain File.WriteAllBytes", Plain), ("AtomicFile only", Atomic), ("OutputSession", Session) };
        var process = Process.GetCurrentProcess();
        foreach (var state in new[] { "cold", "unchanged" })
        {
            var wall = variants.ToDictionary(v => v.Name, _ => new List<double>());
            var cpu = variants.ToDictionary(v => v.Name, _ => new List<double>());
            for (var round = 0; round < rounds + 2; round++)
            {
                foreach (var (name, run) in variants)
                {
                    if (Directory.Exists(output))
                    {
                        Directory.Delete(output, recursive: true);
                    }

                    if (state == "unchanged")
                    {
                        Plain();
                    }

                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    run();
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    process.Refresh();
                    if (round >= 2)
                    {
                        // The first two rounds are warm-up (JIT, page cache).
                        wall[name].Add(elapsed);
                        cpu[name].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    }
                }
            }

            var baseline = Median(wall[variants[0].Name]);
            foreach (var (name, _) in variants)
            {
                var w = wall[name];
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{state,-9} {(markdig ? "markdig" : "io-only"),-8} {name,-25} wall median {Median(w),8:F1} ms (p25 {Percentile(w, 25),8:F1}, p75 {Percentile(w, 75),8:F1})  " +
                    $"cpu median {Median(cpu[name]),7:F1} ms  vs plain {100 * (Median(w) / baseline - 1),6:F1} %"));
            }
        }

        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static double Median(List<double> values) => Percentile(values, 50);

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, sorted.Count * percent / 100)];
    }
}
