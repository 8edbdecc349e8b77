using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Leadtype.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="DocsGenerator"/> through <see cref="CSharpGeneratorDriver"/> against a compilation
/// that references the .NET 10 reference assemblies (offline, from Basic.Reference.Assemblies) and
/// Leadtype.Runtime, like a consuming app with nullable enabled and warnings as errors.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(DocPage).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(DocsDiagnostic).Assembly.Location))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(string source = "namespace Sample.App { internal static class Program { } }", LanguageVersion version = LanguageVersion.Latest, bool withRuntime = true, bool warningsAsErrors = true)
    {
        var references = withRuntime ? References : Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();
        return CSharpCompilation.Create(
            "Sample.App",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: "/proj/Program.cs") },
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
                deterministic: true));
    }

    public static GeneratorDriver CreateDriver(DocsProject project, IEnumerable<AdditionalText>? texts = null, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new DocsGenerator().AsSourceGenerator() },
            texts ?? project.AdditionalTexts(),
            ParseOptions(version),
            new TestOptionsProvider(project.Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(DocsProject project, string? source = null, LanguageVersion version = LanguageVersion.Latest, bool withRuntime = true, bool warningsAsErrors = true)
    {
        var compilation = source is null ? CreateCompilation(version: version, withRuntime: withRuntime, warningsAsErrors: warningsAsErrors) : CreateCompilation(source, version, withRuntime, warningsAsErrors);
        var driver = CreateDriver(project, version: version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }
}

/// <summary>One generator run: the driver (for further incremental runs), its result and the compilation with the generated code.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public string Source(string hintNameSuffix) =>
        Result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith(hintNameSuffix, StringComparison.Ordinal)).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName);

    /// <summary>Errors and warnings of compiling the app together with the generated code (warnings are errors here).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Emits the compiled app and loads it into a collectible context; Leadtype.Runtime is shared with the tests.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-docs-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}
