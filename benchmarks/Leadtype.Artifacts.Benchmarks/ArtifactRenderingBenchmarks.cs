using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Leadtype.Artifacts;
using Leadtype.Config;
using Leadtype.Conversion;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Site;
using Leadtype.Templates;

namespace Leadtype.Benchmarks;

/// <summary>
/// Building the site model from converted pages and rendering every site/bundle artifact, per
/// corpus. Pages are converted once in the setup; the benchmarks time only the model and the
/// renderers (what a run adds after conversion and search indexing). Corpora: the leadtype docs
/// (50 pages) and synthetic ones from <c>shared/tools/make-corpus</c> (LEADTYPE_BENCH_CORPORA, a
/// <c>;</c>-separated list of docs folders; default: the leadtype corpus, /tmp/corpus-300/docs and
/// /tmp/corpus-3000/docs when present).
/// </summary>
[MemoryDiagnoser]
public class ArtifactRenderingBenchmarks
{
    private static readonly DateTimeOffset Epoch = new(2026, 7, 15, 0, 0, 0, TimeSpan.Zero);

    private DocsConfig _config = null!;
    private MountTable _mounts = MountTable.Default;
    private BaseUrl _baseUrl = null!;
    private SitePageInput[] _inputs = Array.Empty<SitePageInput>();
    private DocsSite _site = null!;
    private DocsSite _bundle = null!;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = string.Empty;

    public static IEnumerable<string> Corpora()
    {
        var configured = Environment.GetEnvironmentVariable("LEADTYPE_BENCH_CORPORA");
        var candidates = configured is { Length: > 0 }
            ? configured.Split(';', StringSplitOptions.RemoveEmptyEntries)
            : new[] { Path.Combine(FindRoot(), "..", "shared", "corpora", "leadtype", "docs"), "/tmp/corpus-300/docs", "/tmp/corpus-3000/docs" };
        return candidates.Where(c => File.Exists(Path.Combine(c, "leadtype.json"))).Select(Path.GetFullPath);
    }

    [GlobalSetup]
    public void Setup()
    {
        var configPath = Path.Combine(Corpus, "leadtype.json");
        _config = DocsConfigReader.Read(configPath, File.ReadAllText(configPath)).Config ?? throw new InvalidOperationException("config has errors");
        _mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, _config.Mounts);
        _baseUrl = BaseUrl.Resolve("https://bench.example").Url!;
        var files = new InMemoryDocsFiles();
        var sources = Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".mdx", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path: Path.GetRelativePath(Corpus, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .ToList();
        foreach (var (path, text) in sources)
        {
            files.Add(path, text);
        }

        _inputs = sources.Where(s => s.Path.EndsWith(".mdx", StringComparison.Ordinal))
            .Select(s => ConvertedPageInput.From(PageConverter.Convert(new PageSource(s.Path, s.Text), files)))
            .ToArray();
        _site = BuildSite(SiteMode.Site) ?? throw new InvalidOperationException("site has errors");
        _bundle = BuildSite(SiteMode.Bundle)!;
        var (_, diagnostics) = SiteArtifacts.Render(_site, TemplateSet.Default);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }
    }

    [Benchmark]
    public DocsSite? BuildSiteModel() => BuildSite(SiteMode.Site);

    [Benchmark]
    public int RenderSiteArtifacts() => SiteArtifacts.Render(_site, TemplateSet.Default).Files.Count;

    [Benchmark]
    public int RenderBundleArtifacts() => SiteArtifacts.Render(_bundle, TemplateSet.Default).Files.Count;

    [Benchmark]
    public int RenderLlmsFullTxt() => LlmsFullTxtRenderer.Render(_site, TemplateSet.Default[TextArtifact.LlmsFullTxt]).Length;

    [Benchmark]
    public int RenderManifest() => AgentReadabilityRenderer.Render(_site).Length;

    private DocsSite? BuildSite(SiteMode mode) => SiteBuilder.Build(mode, _config, _baseUrl, _mounts, _inputs, Epoch, Epoch).Site;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
