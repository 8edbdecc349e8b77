using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Navigation;

namespace Leadtype.Benchmarks;

/// <summary>
/// leadtype.json reading and navigation resolution per corpus. Corpora: the leadtype docs (50 pages)
/// and synthetic ones from <c>shared/tools/make-corpus</c> (set LEADTYPE_BENCH_CORPORA to a
/// <c>;</c>-separated list of docs folders; default: the leadtype corpus, /tmp/corpus-300/docs and
/// /tmp/corpus-3000/docs when present).
/// </summary>
[MemoryDiagnoser]
public class ConfigAndNavigationBenchmarks
{
    private string _configText = string.Empty;
    private DocsConfig _config = null!;
    private NavPage[] _pages = Array.Empty<NavPage>();
    private MountTable _mounts = MountTable.Default;

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
        _configText = File.ReadAllText(Path.Combine(Corpus, "leadtype.json"));
        _config = DocsConfigReader.Read("leadtype.json", _configText).Config ?? throw new InvalidOperationException("config has errors");
        _mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, _config.Mounts);
        _pages = Directory.EnumerateFiles(Corpus, "*.mdx", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ToPage(Path.GetRelativePath(Corpus, f), File.ReadAllText(f)))
            .ToArray();
        var check = NavigationResolver.Resolve(NavigationInput.From(_config, _pages, _mounts));
        if (check.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", check.Diagnostics));
        }
    }

    [Benchmark]
    public DocsConfigReadResult ReadConfig() => DocsConfigReader.Read("leadtype.json", _configText);

    [Benchmark]
    public NavigationResult ResolveCuratedNavigation() => NavigationResolver.Resolve(NavigationInput.From(_config, _pages, _mounts));

    [Benchmark]
    public NavigationResult ResolveFolderNavigation() => NavigationResolver.Resolve(NavigationInput.From(null, _pages, _mounts));

    private static NavPage ToPage(string relativePath, string text)
    {
        string? title = null;
        double? order = null;
        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length && lines[0].TrimEnd() == "---" && lines[i].TrimEnd() != "---"; i++)
        {
            var line = lines[i];
            if (line.StartsWith("title:", StringComparison.Ordinal))
            {
                title = line.Substring(6).Trim().Trim('"');
            }
            else if (line.StartsWith("order:", StringComparison.Ordinal) && double.TryParse(line.Substring(6).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var o))
            {
                order = o;
            }
        }

        return new NavPage(relativePath.Replace('\\', '/'), title, Order: order);
    }

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
