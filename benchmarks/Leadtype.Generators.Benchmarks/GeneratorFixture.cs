using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Leadtype.Generators.Benchmarks;

/// <summary>
/// A synthetic corpus as additional texts, the consuming compilation, and drivers over them:
/// with the project's defaults (the index is embedded only below <c>LeadtypeMaxEmbeddedIndexBytes</c>)
/// or with the limits raised so the index is always embedded.
/// </summary>
internal sealed class GeneratorFixture
{
    public GeneratorFixture(int pages)
    {
        var files = SyntheticDocs.Load(pages);
        Texts = files.Select(f => (AdditionalText)new Text(f.Path, f.Text)).ToList();
        Compilation = CreateCompilation();

        // The page edited by the incremental benchmarks: one prose line changes, headings stay.
        Original = Texts.First(t => t.Path.EndsWith(".mdx", StringComparison.Ordinal) && !t.Path.EndsWith("index.mdx", StringComparison.Ordinal));
        Edited = new Text(Original.Path, Original.GetText()!.ToString() + "\nOne more sentence of prose.\n");
        WithHeading = new Text(Original.Path, Original.GetText()!.ToString() + "\n## One more heading\n\nAnd its prose.\n");
    }

    public List<AdditionalText> Texts { get; }

    public CSharpCompilation Compilation { get; }

    public AdditionalText Original { get; }

    public AdditionalText Edited { get; }

    /// <summary>The edited page with one more heading: its outline changes, so the site step and the manifest rerun.</summary>
    public AdditionalText WithHeading { get; }

    public enum Index
    {
        /// <summary>The shipped defaults: embedded below 4 MiB (the 300-page index), left out above (3,000 pages).</summary>
        Default,

        /// <summary>Limits raised: always embedded.</summary>
        Always,

        /// <summary><c>LeadtypeEmbedSearchIndex=false</c>.</summary>
        Never,
    }

    public GeneratorDriver CreateDriver(Index index, bool track = false)
    {
        var properties = new Dictionary<string, string>
        {
            ["build_property.ProjectDir"] = SyntheticDocs.ProjectDir,
            ["build_property.RootNamespace"] = "Bench",
        };
        if (index == Index.Always)
        {
            properties["build_property.LeadtypeMaxEmbeddedIndexBytes"] = "100000000";
            properties["build_property.LeadtypeEmbeddedIndexWarningBytes"] = "100000000";
        }
        else if (index == Index.Never)
        {
            properties["build_property.LeadtypeEmbedSearchIndex"] = "false";
        }

        return CSharpGeneratorDriver.Create(
            new[] { new DocsGenerator().AsSourceGenerator() },
            Texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new Options(properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
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
