using System;
using BenchmarkDotNet.Running;
using Leadtype.Search.Benchmarks;

// `report [pages...]` prints sizes and per-query latency percentiles; anything else runs BenchmarkDotNet.
if (args.Length > 0 && args[0] == "report")
{
    var sizes = args.Length > 1 ? args[1..] : new[] { "300", "3000" };
    foreach (var size in sizes)
    {
        LatencyReport.Run(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticCorpus).Assembly).Run(args);
