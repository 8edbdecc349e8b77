using System;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using Leadtype.Search;

namespace Leadtype.Search.Benchmarks;

/// <summary>Index build and serialisation.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private IReadOnlyList<SearchDocument> _pages = Array.Empty<SearchDocument>();
    private SearchIndex _index = null!;

    [Params(300, 3000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = SyntheticCorpus.Pages(Pages);
        _index = SearchIndexBuilder.Build(_pages, new SearchIndexOptions("2026-01-01T00:00:00.000Z"));
    }

    [Benchmark]
    public SearchIndex Build() => SearchIndexBuilder.Build(_pages, new SearchIndexOptions("2026-01-01T00:00:00.000Z"));

    [Benchmark]
    public int WriteJsonFiles() => SearchIndexJson.RenderIndex(_index).Length + SearchIndexJson.RenderContent(_index).Length;

    [Benchmark]
    public int WriteBinary() => SearchIndexBinaryWriter.Write(_index).Length;
}

/// <summary>Opening an index: the embedded binary form (raw and ASCII-decoded) and the JSON files.</summary>
[MemoryDiagnoser]
public class IndexLoadBenchmarks
{
    private byte[] _binary = Array.Empty<byte>();
    private byte[] _base64 = Array.Empty<byte>();
    private byte[] _z85 = Array.Empty<byte>();
    private byte[] _indexJson = Array.Empty<byte>();
    private byte[] _contentJson = Array.Empty<byte>();

    [Params(300, 3000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var index = SearchIndexBuilder.Build(SyntheticCorpus.Pages(Pages), new SearchIndexOptions("2026-01-01T00:00:00.000Z"));
        _binary = SearchIndexBinaryWriter.Write(index);
        _base64 = Encoding.ASCII.GetBytes(SearchIndexAscii.Encode(_binary, SearchIndexAsciiEncoding.Base64));
        _z85 = Encoding.ASCII.GetBytes(SearchIndexAscii.Encode(_binary, SearchIndexAsciiEncoding.Z85));
        _indexJson = SearchIndexJson.RenderIndex(index);
        _contentJson = SearchIndexJson.RenderContent(index);
    }

    [Benchmark(Baseline = true)]
    public int LoadBinary() => BinarySearchIndex.Load(_binary).ChunkCount;

    [Benchmark]
    public int DecodeBase64() => SearchIndexAscii.Decode(_base64).Length;

    [Benchmark]
    public int DecodeZ85() => SearchIndexAscii.Decode(_z85).Length;

    [Benchmark]
    public int LoadEmbeddedBase64() => DocsSearch.FromEmbedded(_base64).ChunkCount;

    [Benchmark]
    public int LoadEmbeddedZ85() => DocsSearch.FromEmbedded(_z85).ChunkCount;

    [Benchmark]
    public int LoadJsonFiles() => DocsSearch.FromJson(_indexJson, _contentJson).ChunkCount;
}

/// <summary>All 100 benchmark queries back to back (mean per query = reported time / 100).</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private DocsSearch _search = null!;
    private IReadOnlyList<string> _queries = Array.Empty<string>();

    [Params(300, 3000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var index = SearchIndexBuilder.Build(SyntheticCorpus.Pages(Pages), new SearchIndexOptions("2026-01-01T00:00:00.000Z"));
        _search = DocsSearch.FromBinary(SearchIndexBinaryWriter.Write(index));
        _queries = SyntheticCorpus.Queries();
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public int HundredQueries()
    {
        var total = 0;
        foreach (var query in _queries)
        {
            total += _search.Search(query).Count;
        }

        return total;
    }
}
