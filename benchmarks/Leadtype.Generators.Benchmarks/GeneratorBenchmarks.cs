using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Leadtype.Generators.Benchmarks;

[MemoryDiagnoser]
// In-process: the generator's Core dependency reaches the process the way tests load it.
[InProcess]
[WarmupCount(2)]
[IterationCount(6)]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private List<AdditionalText> _texts = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private AdditionalText _original = null!;
    private Compilation _withIndex = null!;
    private Compilation _withoutIndex = null!;
    private bool _flip;

    [Params(300, 3000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticDocs.Load(Pages);
        _texts = files.Select(f => (AdditionalText)new Text(f.Path, f.Text)).ToList();
        _compilation = CreateCompilation();
        _warm = CreateDriver(embed: true).RunGenerators(_compilation);

        // The page edited by the incremental benchmark: one prose line changes, headings stay.
        _original = _texts.First(t => t.Path.EndsWith(".mdx", StringComparison.Ordinal) && !t.Path.EndsWith("index.mdx", StringComparison.Ordinal));
        _edited = new Text(_original.Path, _original.GetText()!.ToString() + "\nOne more sentence of prose.\n");

        CreateDriver(embed: true).RunGeneratorsAndUpdateCompilation(_compilation, out _withIndex, out _);
        CreateDriver(embed: false).RunGeneratorsAndUpdateCompilation(_compilation, out _withoutIndex, out _);
        Console.WriteLine($"// pages={Pages} generated source (with index): {Size(_withIndex):N0} chars; without index: {Size(_withoutIndex):N0} chars");
    }

    /// <summary>First build: every page parsed, the site merged, the index built and the source emitted.</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => CreateDriver(embed: true).RunGenerators(_compilation);

    /// <summary>Second build after editing one page's prose on a warm driver (the IDE / incremental case).</summary>
    [Benchmark]
    public GeneratorDriver EditOnePage()
    {
        // Alternate between the two versions so every iteration is a real edit.
        _flip = !_flip;
        _warm = _flip ? _warm.ReplaceAdditionalText(_original, _edited) : _warm.ReplaceAdditionalText(_edited, _original);
        return _warm = _warm.RunGenerators(_compilation);
    }

    /// <summary>The consuming project's compile (emit) including the generated code and the embedded index.</summary>
    [Benchmark]
    public bool CompileWithEmbeddedIndex() => Emit(_withIndex);

    /// <summary>The same compile with <c>LeadtypeEmbedSearchIndex=false</c>.</summary>
    [Benchmark]
    public bool CompileWithoutEmbeddedIndex() => Emit(_withoutIndex);

    private static bool Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        return result.Success;
    }

    private static long Size(Compilation compilation) => compilation.SyntaxTrees.Sum(t => (long)t.Length);

    private GeneratorDriver CreateDriver(bool embed)
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = SyntheticDocs.ProjectDir,
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.LeadtypeEmbedSearchIndex"] = embed ? "true" : "false",
            ["build_property.LeadtypeMaxEmbeddedIndexBytes"] = "100000000",
            ["build_property.LeadtypeEmbeddedIndexWarningBytes"] = "100000000",
        };
        return CSharpGeneratorDriver.Create(
            new[] { new DocsGenerator().AsSourceGenerator() },
            _texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }

    private static CSharpCompilation CreateCompilation() => CSharpCompilation.Create(
        "Bench",
        new[] { CSharpSyntaxTree.ParseText("namespace Bench { internal static class Program { } }", new CSharpParseOptions(LanguageVersion.Latest)) },
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(DocPage).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Leadtype.Diagnostics.DocsDiagnostic).Assembly.Location)),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    private sealed class Text : AdditionalText
    {
        private readonly SourceText _text;

        public Text(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private readonly Values _global;

        public Options(Dictionary<string, string> global) => _global = new Values(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

        private sealed class Values : AnalyzerConfigOptions
        {
            public static readonly Values Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Values(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
