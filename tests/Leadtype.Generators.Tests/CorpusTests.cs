using System.IO;
using System.Linq;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Leadtype.Generators.Tests;

/// <summary>The leadtype project's own 50-page docs (read-only corpus in ../shared) through the generator.</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Leadtype_corpus_generates_compilable_code_with_no_error()
    {
        var project = new DocsProject();
        var root = RepositoryRoot.Corpus("leadtype", "docs");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(System.StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative == "leadtype.json")
            {
                project.Config(File.ReadAllText(file));
            }
            else if (relative.EndsWith(".mdx", System.StringComparison.Ordinal))
            {
                project.Page(relative, File.ReadAllText(file));
            }
        }

        var run = GeneratorHarness.Run(project, """
            namespace Sample.App
            {
                internal static class Probe
                {
                    public static string Url => Docs.Pipeline.GenerateStaticArtifacts.Url;
                    public static string Search => Docs.SearchPages.AddSearch.Url;
                }
            }
            """);

        // The harness compiles with warnings as errors; only real errors count here.
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsWarningAsError));
        // The corpus config uses fields Leadtype for .NET does not support yet (openapi, lint.snippets.typecheck): warned, never dropped silently.
        Assert.Equal(2, run.GeneratorDiagnostics.Count(d => d.Id == "LT0101"));
        Assert.Equal(new[] { "LT0101" }, run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct());
        Assert.Empty(run.CompileDiagnostics);
        var manifest = Assert.IsType<DocsManifest>(run.Load().GetType("Sample.App.Docs")!.GetProperty("Manifest")!.GetValue(null));
        Assert.Equal(50, manifest.Pages.Count);
        Assert.Equal("Leadtype", manifest.Product.Name);
        // Reading order: the first group's pages come first, root pages (index, quickstart, …) after the groups.
        Assert.Equal("/docs/concepts/methodology", manifest.Pages[0].Url);
        Assert.Equal("/docs/concepts/architecture", manifest.Pages[0].Next!.Url);
        Assert.Equal("/changelog/0-4", manifest.FindBySourcePath("changelog/0-4.mdx")!.Url);
        Assert.Equal("Docs Pipeline", manifest.FindByUrl("/docs/pipeline/generate-static-artifacts")!.Group!.Parent!.Title);
    }
}
