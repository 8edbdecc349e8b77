using BenchmarkDotNet.Attributes;
using Leadtype.Conversion;
using Leadtype.Mdx;

namespace Leadtype.Benchmarks;

/// <summary>
/// Single-threaded conversion of a whole corpus per operation. MB/s = corpus MB (printed in the
/// setup log and in the Corpus column) / mean time; allocations per MB = Allocated / corpus MB.
/// </summary>
[MemoryDiagnoser]
public class ConversionBenchmarks
{
    private BenchmarkCorpus _corpus = null!;
    private IDocsFileSource _files = null!;

    [Params("leadtype", "synthetic-300")]
    public string Corpus { get; set; } = "leadtype";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = BenchmarkCorpus.Load(Corpus);
        _files = _corpus.Files();
        System.Console.WriteLine($"// corpus {Corpus}: {_corpus.Pages.Count} pages, {_corpus.Bytes / (1024.0 * 1024.0):F3} MB");
    }

    /// <summary>The whole page pipeline: frontmatter, parse, includes, transforms, components, serialize, assemble.</summary>
    [Benchmark]
    public int ConvertCorpus()
    {
        var total = 0;
        foreach (var page in _corpus.Pages)
        {
            total += PageConverter.Convert(page, _files).Markdown.Length;
        }

        return total;
    }

    /// <summary>The MDX layer alone (Markdig + JSX/expressions + tree building), for where the time goes.</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        var total = 0;
        foreach (var page in _corpus.Pages)
        {
            total += MdxParser.Parse(page.Text, page.Path).Root.Children.Count;
        }

        return total;
    }
}
