using System;
using System.Linq;
using System.Reflection;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Tests;

/// <summary><c>Docs.Search</c> over the index the generator embeds, and what happens when it does not.</summary>
public sealed class SearchEmbeddingTests
{
    private const string Probe = """
        namespace Sample.App
        {
            internal static class Probe
            {
                public static string[] Search(string query) => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Docs.Search(query), r => r.UrlWithHash));
            }
        }
        """;

    [Fact]
    public void Docs_Search_returns_the_page_that_matches_from_the_embedded_index()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe);

        var hits = Search(run, "prerequisites");
        Assert.Contains("/docs/guides/install#prerequisites", hits);
        Assert.Equal("/docs/search/add-search#query-the-index", Search(run, "query index")[0]);
        Assert.Empty(Search(run, "the"));
    }

    [Fact]
    public void Embedded_index_is_an_ascii_u8_literal_in_implementation_only_output()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create());

        var source = run.Source("Docs.SearchIndex.g.cs");
        Assert.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", source, StringComparison.Ordinal);
        var literal = source.Split('\n').Single(l => l.Contains("\"u8;", StringComparison.Ordinal));
        Assert.Contains("=> \"b64:", literal, StringComparison.Ordinal);
        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void Without_implementation_output_the_user_visible_code_still_compiles()
    {
        // What an IDE may do: run only the user-visible outputs.
        var compilation = GeneratorHarness.CreateCompilation(Probe);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new DocsGenerator().AsSourceGenerator() },
            SampleDocs.Create().AdditionalTexts(),
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(SampleDocs.Create().Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith("SearchIndex.g.cs", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Index_above_the_size_limit_is_left_out_and_search_explains_where_it_looks()
    {
        var project = SampleDocs.Create().Property("LeadtypeMaxEmbeddedIndexBytes", "100");
        var run = GeneratorHarness.Run(project, Probe);

        Assert.DoesNotContain(run.HintNames, h => h.EndsWith("SearchIndex.g.cs", StringComparison.Ordinal));
        var info = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0202");
        Assert.Contains("above LeadtypeMaxEmbeddedIndexBytes (100)", info.GetMessage(), StringComparison.Ordinal);
        var error = Assert.Throws<TargetInvocationException>(() => Search(run, "install"));
        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("Leadtype.SearchIndex.bin", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_prepared_in_the_page_step_merge_with_the_titles_navigation_gives_them()
    {
        // No title (the navigation titleizes the file name), a description spread over lines (collapsed),
        // and a page that opts out of search.
        var project = SampleDocs.Create()
            .Page("guides/zebra-crossing.mdx", "---\ndescription: \"Stripes\\n   everywhere.\"\n---\n\n## Crossing rules\n\nLook both ways at the zebra.\n")
            .Page("guides/hidden.mdx", "---\ntitle: Hidden\nsearch: false\n---\n\nThe zebra hides here too.\n");
        var run = GeneratorHarness.Run(project, Probe);

        Assert.Equal(new[] { "/docs/guides/zebra-crossing#crossing-rules" }, Search(run, "zebra"));
    }

    [Fact]
    public void Synonyms_from_leadtype_json_reach_the_embedded_search()
    {
        var project = SampleDocs.Create().Config("""
            {
              "product": { "name": "Sample", "tagline": "Docs." },
              "search": { "synonyms": { "setup": ["prerequisites"] } }
            }
            """);
        var run = GeneratorHarness.Run(project, Probe);

        Assert.Contains("/docs/guides/install#prerequisites", Search(run, "setup"));
    }

    private static string[] Search(GeneratorRun run, string query)
    {
        Assert.Empty(run.CompileDiagnostics);
        var method = run.Load().GetType("Sample.App.Probe", throwOnError: true)!.GetMethod("Search")!;
        return (string[])method.Invoke(null, new object[] { query })!;
    }
}
