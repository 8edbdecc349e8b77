using System;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Leadtype.Generators.Benchmarks;

/// <summary>
/// A quick, single-process look at one corpus size (not a benchmark: no statistics): full-run and
/// one-page-edit wall time, allocations and GC pauses, then one tracked run for the time per step
/// (step tracking itself costs seconds at 3,000 pages, so timed runs do not track), and the
/// generated source sizes. For finding where time and memory go between BenchmarkDotNet runs:
/// <c>dotnet run -c Release --project benchmarks/Leadtype.Generators.Benchmarks -- probe 3000 [default|always|never|compile]</c>
/// </summary>
internal static class Probe
{
    public static void Run(int pages, GeneratorFixture.Index index, bool compile)
    {
        var fixture = new GeneratorFixture(pages);
        if (compile)
        {
            Compile(fixture, GeneratorFixture.Index.Always);
            Compile(fixture, GeneratorFixture.Index.Never);
            return;
        }

        for (var round = 0; round < 3; round++)
        {
            Measure("full run", () => fixture.CreateDriver(index).RunGenerators(fixture.Compilation));
        }

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var warm = fixture.CreateDriver(index).RunGenerators(fixture.Compilation);
        Console.WriteLine($"retained by the driver after a full run: {(GC.GetTotalMemory(forceFullCollection: true) - baseline) / 1e6:F1} MB (input texts excluded)");
        var flip = false;
        for (var round = 0; round < 8; round++)
        {
            flip = !flip;
            var current = warm;
            warm = Measure("edit", () => (flip ? current.ReplaceAdditionalText(fixture.Original, fixture.Edited) : current.ReplaceAdditionalText(fixture.Edited, fixture.Original)).RunGenerators(fixture.Compilation));
        }

        for (var round = 0; round < 6; round++)
        {
            flip = !flip;
            var current = warm;
            var from = flip ? fixture.Original : fixture.WithHeading;
            var to = flip ? fixture.WithHeading : fixture.Original;
            warm = Measure("heading", () => current.ReplaceAdditionalText(from, to).RunGenerators(fixture.Compilation));
        }

        // Roslyn's step tracking grows much faster than linearly with per-page steps combined with site
        // values (minutes at 3,000 pages), so the breakdown is only printed for smaller corpora.
        if (pages > 1000)
        {
            Sizes(warm);
            return;
        }

        var tracked = fixture.CreateDriver(index, track: true).RunGenerators(fixture.Compilation);
        Console.WriteLine("tracked full run:");
        Steps(tracked);
        tracked = tracked.ReplaceAdditionalText(fixture.Original, fixture.Edited).RunGenerators(fixture.Compilation);
        Console.WriteLine("tracked edit:");
        Steps(tracked);
        tracked = tracked.ReplaceAdditionalText(fixture.Edited, fixture.WithHeading).RunGenerators(fixture.Compilation);
        Console.WriteLine("tracked heading edit:");
        Steps(tracked);
        Sizes(warm);
    }

    private static void Sizes(GeneratorDriver warm)
    {
        var result = warm.GetRunResult();
        foreach (var source in result.Results[0].GeneratedSources)
        {
            Console.WriteLine($"{source.HintName}: {source.SourceText.Length:N0} chars");
        }

        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group.Key} x{group.Count()}: {group.First().GetMessage()}");
        }
    }

    private static void Compile(GeneratorFixture fixture, GeneratorFixture.Index index)
    {
        fixture.CreateDriver(index).RunGeneratorsAndUpdateCompilation(fixture.Compilation, out var compilation, out _);
        foreach (var tree in compilation.SyntaxTrees)
        {
            Console.WriteLine($"{index}: {System.IO.Path.GetFileName(tree.FilePath)} {tree.Length:N0} chars");
        }

        for (var round = 0; round < 3; round++)
        {
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            using var stream = new System.IO.MemoryStream();
            var result = compilation.Emit(stream);
            Console.WriteLine($"compile ({index}): {watch.Elapsed.TotalMilliseconds,8:F1} ms {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6,8:F1} MB, {stream.Length:N0} bytes, success {result.Success}");
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3))
            {
                Console.WriteLine(error);
            }
        }
    }

    private static GeneratorDriver Measure(string label, Func<GeneratorDriver> run)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        var driver = run();
        var elapsed = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Console.WriteLine($"{label,-9} {elapsed.TotalMilliseconds,8:F1} ms {allocated / 1e6,8:F1} MB  (gen2 GCs {GC.CollectionCount(2) - gen2}, GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms)");
        return driver;
    }

    private static void Steps(GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results[0];
        foreach (var (name, steps) in run.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var total = steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.ElapsedTime);
            var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}={g.Count()}");
            Console.WriteLine($"  {name,-26} {total.TotalMilliseconds,8:F1} ms  {string.Join(" ", reasons)}");
        }
    }
}
