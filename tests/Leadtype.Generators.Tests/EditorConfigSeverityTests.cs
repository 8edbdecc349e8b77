using System.Threading.Tasks;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Leadtype.Generators.Tests;

/// <summary>
/// Severities of docs diagnostics are set per id like any compiler diagnostic
/// (<c>dotnet_diagnostic.LT0030.severity</c>), through the Roslyn SDK's source generator test harness.
/// </summary>
public sealed class EditorConfigSeverityTests
{
    private const string Page = "# Title\n\nSee [the guide](/docs/missing).\n";

    [Fact]
    public async Task Broken_link_is_a_warning_by_default()
    {
        var test = CreateTest(severityLine: null);
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("LT0030", DiagnosticSeverity.Warning)
            .WithSpan("/proj/docs/bad.mdx", 3, 5, 3, 31)
            .WithMessage("Link `/docs/missing` does not match any page"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_error_in_the_global_analyzer_config_makes_a_broken_link_an_error()
    {
        var test = CreateTest("dotnet_diagnostic.LT0030.severity = error");
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("LT0030", DiagnosticSeverity.Error)
            .WithSpan("/proj/docs/bad.mdx", 3, 5, 3, 31)
            .WithMessage("Link `/docs/missing` does not match any page"));

        await test.RunAsync();
    }

    [Fact]
    public async Task Severity_none_silences_the_diagnostic()
    {
        var test = CreateTest("dotnet_diagnostic.LT0030.severity = none");

        await test.RunAsync();
    }

    // The compiler applies sectioned .editorconfig severities per C# syntax tree; a diagnostic located
    // in an .mdx additional file has none, so only global settings (a .globalconfig with
    // is_global = true, NoWarn, WarningsAsErrors) reach it. Documented in docs/guides/typed-docs.mdx.
    [Fact]
    public async Task Severity_in_an_editorconfig_section_for_mdx_files_does_not_apply_so_docs_use_a_global_config()
    {
        var test = CreateTest(severityLine: null);
        test.TestState.AnalyzerConfigFiles.Add(("/proj/.editorconfig", "root = true\n\n[*.mdx]\ndotnet_diagnostic.LT0030.severity = error\n"));
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("LT0030", DiagnosticSeverity.Warning)
            .WithSpan("/proj/docs/bad.mdx", 3, 5, 3, 31)
            .WithMessage("Link `/docs/missing` does not match any page"));

        await test.RunAsync();
    }

    private static CSharpSourceGeneratorTest<DocsGenerator, DefaultVerifier> CreateTest(string? severityLine)
    {
        var test = new CSharpSourceGeneratorTest<DocsGenerator, DefaultVerifier>
        {
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
        };

        // Offline: no reference-assembly package download; the .NET 10 references come from Basic.Reference.Assemblies.
        test.TestState.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        test.TestState.Sources.Add("namespace Sample.App { internal static class Program { } }");
        test.TestState.AdditionalFiles.Add(("/proj/docs/bad.mdx", Page));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.ProjectDir = /proj/\nbuild_property.RootNamespace = Sample.App\n" + (severityLine is null ? string.Empty : severityLine + "\n")));
        return test;
    }
}
