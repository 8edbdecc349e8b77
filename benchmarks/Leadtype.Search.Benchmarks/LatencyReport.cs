using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO.Compression;
using System.IO;
using System.Linq;
using System.Text;
using Leadtype.Search;

namespace Leadtype.Search.Benchmarks;

/// <summary>
/// Sizes and per-query latency percentiles, measured the way the reference's search bench does: each query
/// gets 3 warm-up runs and 30 timed runs; its median is its latency; p50/p95 over the queries use
/// <c>sorted[min(n − 1, floor(f·n))]</c>. Also reports the latency with a cold text cache (a fresh index per query).
/// </summary>
public static class LatencyReport
{
    public static void Run(int pages)
    {
        var documents = SyntheticCorpus.Pages(pages);
        var build = Stopwatch.StartNew();
        var index = SearchIndexBuilder.Build(documents, new SearchIndexOptions("2026-01-01T00:00:00.000Z"));
        var buildMs = build.Elapsed.TotalMilliseconds;
        var indexJson = SearchIndexJson.RenderIndex(index);
        var contentJson = SearchIndexJson.RenderContent(index);
        var binary = SearchIndexBinaryWriter.Write(index);
        var base64 = SearchIndexAscii.Encode(binary, SearchIndexAsciiEncoding.Base64);
        var z85 = SearchIndexAscii.Encode(binary, SearchIndexAsciiEncoding.Z85);
        var json = indexJson.Length + contentJson.Length;

        Console.WriteLine($"## {pages} pages ({documents.Count} documents, {index.Chunks.Count} chunks, {index.Terms.Count} terms)");
        Console.WriteLine($"build (single run, includes JIT): {buildMs:F0} ms");
        Console.WriteLine($"search-index.json {indexJson.Length:N0} B (gzip {Gzip(indexJson):N0}) + search-content.json {contentJson.Length:N0} B (gzip {Gzip(contentJson):N0}) = {json:N0} B");
        Console.WriteLine($"binary {binary.Length:N0} B = {(double)binary.Length / json:P1} of the JSON files; gzip {Gzip(binary):N0} B; base64 text {base64.Length:N0} chars; z85 text {z85.Length:N0} chars");

        var queries = SyntheticCorpus.Queries();
        var engine = DocsSearch.FromBinary(binary);
        var medians = new List<(double Ms, string Query)>();
        foreach (var query in queries)
        {
            for (var i = 0; i < 3; i++)
            {
                engine.Search(query);
            }

            var runs = new double[30];
            for (var i = 0; i < runs.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                engine.Search(query);
                runs[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(runs);
            medians.Add((runs[runs.Length / 2], query));
        }

        Report("warm", medians);

        // Cold: a freshly opened index per run, so no chunk text or tokens are cached (JIT is warm); median of 5.
        var cold = new List<(double Ms, string Query)>();
        foreach (var query in queries)
        {
            var runs = new double[5];
            for (var i = 0; i < runs.Length; i++)
            {
                var fresh = DocsSearch.FromBinary(binary);
                GC.Collect();
                var watch = Stopwatch.StartNew();
                fresh.Search(query);
                runs[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(runs);
            cold.Add((runs[2], query));
        }

        Report("cold caches", cold);

        var loads = new double[7];
        var decodes = new double[7];
        var ascii = Encoding.ASCII.GetBytes(base64);
        for (var i = 0; i < loads.Length; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            SearchIndexAscii.Decode(ascii);
            decodes[i] = watch.Elapsed.TotalMilliseconds;
            GC.Collect();
            watch.Restart();
            DocsSearch.FromEmbedded(ascii);
            loads[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(loads);
        Array.Sort(decodes);
        Console.WriteLine($"embedded load (DocsSearch.FromEmbedded: base64 decode + open, median of 7): {loads[3]:F2} ms; base64 decode alone {decodes[3]:F2} ms");

        var jsonLoad = Stopwatch.StartNew();
        DocsSearch.FromJson(indexJson, contentJson);
        Console.WriteLine($"JSON files load (parse + in-memory binary, single run): {jsonLoad.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine();
    }

    private static void Report(string label, List<(double Ms, string Query)> latencies)
    {
        var sorted = latencies.OrderBy(l => l.Ms).ToArray();
        double At(double f) => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(f * sorted.Length))].Ms;
        var slowest = string.Join(", ", sorted.Reverse().Take(5).Select(l => $"\"{l.Query}\" {l.Ms:F2}"));
        Console.WriteLine($"query latency ({label}, {sorted.Length} queries): p50 {At(0.5):F3} ms, p95 {At(0.95):F3} ms, max {sorted[^1].Ms:F3} ms; slowest: {slowest}");
    }

    private static long Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data, 0, data.Length);
        }

        return output.Length;
    }
}
