using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Tests;

/// <summary>
/// The page data (URLs, headings, frontmatter, navigation) travels as one literal in the
/// implementation-only source and is read by <see cref="DocsManifestData"/> at run time.
/// </summary>
public sealed class ManifestDataTests
{
    private const string Probe = """
        namespace Sample.App
        {
            internal static class Probe
            {
                public static global::Leadtype.DocsManifest Manifest() => Docs.Manifest;
            }
        }
        """;

    private const string OddPage = """
        ---
        title: "Quotes \" and \\ back\tslash"
        description: "Line one\nline two"
        count: 42
        negative: -7
        ratio: 2.5
        huge: 1.0e300
        flag: true
        off: false
        nothing: null
        when: 2024-05-01
        tags: [alpha, "beta gamma", 3]
        empty: []
        nested:
          name: inner
          deeper:
            list: [1, 2]
        ---

        ## Crème brûlée ☕

        Text.
        """;

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Frontmatter_values_of_every_kind_round_trip_through_the_generated_data(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(SampleDocs.Create().Page("odd.mdx", OddPage), Probe, version);
        var page = Manifest(run).FindBySourcePath("odd.mdx")!;

        Assert.Equal("Quotes \" and \\ back\tslash", page.Title);
        Assert.Equal("Line one\nline two", page.Frontmatter["description"]);
        Assert.Equal(42L, page.Frontmatter["count"]);
        Assert.Equal(-7L, page.Frontmatter["negative"]);
        Assert.Equal(2.5, page.Frontmatter["ratio"]);
        Assert.Equal(1.0e300, page.Frontmatter["huge"]);
        Assert.Equal(true, page.Frontmatter["flag"]);
        Assert.Equal(false, page.Frontmatter["off"]);
        Assert.True(page.Frontmatter.ContainsKey("nothing"));
        Assert.Null(page.Frontmatter["nothing"]);
        Assert.Equal("2024-05-01T00:00:00.000Z", page.Frontmatter["when"]);
        Assert.Equal(new object?[] { "alpha", "beta gamma", 3L }, (object?[])page.Frontmatter["tags"]!);
        Assert.Empty((object?[])page.Frontmatter["empty"]!);
        var nested = Assert.IsType<DocFrontmatter>(page.Frontmatter["nested"]);
        Assert.Equal("inner", nested["name"]);
        Assert.Equal(new object?[] { 1L, 2L }, (object?[])Assert.IsType<DocFrontmatter>(nested["deeper"])["list"]!);
        Assert.Equal("Crème brûlée ☕", Assert.Single(page.Headings).Text);
        Assert.Equal(
            new[] { "title", "description", "count", "negative", "ratio", "huge", "flag", "off", "nothing", "when", "tags", "empty", "nested" },
            page.Frontmatter.Keys);
    }

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Data_is_a_string_literal_which_costs_the_compiler_next_to_nothing(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe, version);

        Assert.Contains("static partial void Text(ref string? data) => data = \"LTM1", run.Source("Docs.Data.g.cs"), StringComparison.Ordinal);
        Assert.Equal(6, Manifest(run).Pages.Count);
    }

    [Fact]
    public void Data_too_large_for_the_user_string_heap_is_a_u8_literal_that_loads_the_same()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create().Page("odd.mdx", OddPage), Probe);
        var model = (Model.ManifestModel)run.Result.Results[0].TrackedSteps[StepNames.Manifest].Single().Outputs.Single().Value;
        var data = run.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Docs.Data.g.cs", StringComparison.Ordinal));
        var utf8 = Emit.ManifestDataEmitter.Emit(model, maxStringLiteralChars: 100);
        Assert.Contains("static partial void Utf8(ref global::System.ReadOnlySpan<byte> data) => data = \"LTM1", utf8, StringComparison.Ordinal);

        var output = run.Output.ReplaceSyntaxTree(data, CSharpSyntaxTree.ParseText(utf8, (CSharpParseOptions)data.Options, data.FilePath));
        var relinked = run with { Output = output };

        var expected = Manifest(run).FindBySourcePath("odd.mdx")!;
        var actual = Manifest(relinked).FindBySourcePath("odd.mdx")!;
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Frontmatter.Keys, actual.Frontmatter.Keys);
        Assert.Equal(expected.Headings.Select(h => h.Url), actual.Headings.Select(h => h.Url));
        Assert.Equal(Manifest(run).Pages.Select(p => p.Url), Manifest(relinked).Pages.Select(p => p.Url));
    }

    [Fact]
    public void Texts_with_a_lone_surrogate_survive_in_the_data_and_in_doc_comments()
    {
        // A lone surrogate cannot be spelled in UTF-8 (a u8 literal) or XML; the data spells such texts in hex, doc comments get U+FFFD.
        var project = SampleDocs.Create().Page("lone.mdx", "---\ntitle: Lone\n---\n\n## Pair 😀 and lone \uD801 here\n\nBroken \uDC00 paragraph.\n");
        var run = GeneratorHarness.Run(project, Probe);

        Assert.Empty(run.CompileDiagnostics);
        var page = Manifest(run).FindBySourcePath("lone.mdx")!;
        Assert.Equal("Pair 😀 and lone \uD801 here", Assert.Single(page.Headings).Text);
        Assert.Contains("%" + page.Headings[0].Text.Length + ":", run.Source("Docs.Data.g.cs"), StringComparison.Ordinal);
        Assert.Contains("/// <summary>Pair 😀 and lone \uFFFD here (deep link", run.Source("Docs.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_text_is_written_once_and_referred_to_after()
    {
        var data = GeneratorHarness.Run(SampleDocs.Create()).Source("Docs.Data.g.cs");

        // "Task-oriented guides." is the guides page's description, its frontmatter value and its group's description.
        Assert.Equal(1, Count(data, "Task-oriented guides."));
        Assert.Equal(1, Count(data, "Install the package & wire it up."));
    }

    [Fact]
    public void Manifest_data_source_for_the_sample_docs_matches_the_verified_snapshot()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create());

        Snapshot.Match("SampleDocs.ManifestData", run.Source("Docs.Data.g.cs"));
    }

    [Fact]
    public void Without_the_implementation_output_the_manifest_says_what_is_missing()
    {
        // What an IDE may do: skip implementation-only outputs. The code compiles; at run time the
        // manifest explains itself instead of showing empty pages.
        var compilation = GeneratorHarness.CreateCompilation(Probe);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new DocsGenerator().AsSourceGenerator() },
            SampleDocs.Create().AdditionalTexts(),
            GeneratorHarness.ParseOptions(),
            new TestOptionsProvider(SampleDocs.Create().Properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.Implementation));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = new GeneratorRun(driver, driver.GetRunResult(), output, default);

        Assert.Empty(run.CompileDiagnostics);
        var error = Assert.Throws<TargetInvocationException>(() => Manifest(run));
        var missing = Assert.IsType<InvalidOperationException>(error.InnerException?.InnerException);
        Assert.Contains("Data.g.cs", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_from_another_format_version_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<FormatException>(() => DocsManifestData.Load(default, "LTM9...", Array.Empty<DocPage?>()));
        Assert.Contains("versions differ", error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => DocsManifestData.Load(default, "LTM1" + "6:Sample~~~~" + "1;", new DocPage?[1]));
        Assert.Throws<FormatException>(() => DocsManifestData.Load(default, "LTM1" + "6:Sample~~~~" + "0;" + "0;" + "1;5;", Array.Empty<DocPage?>()));
        Assert.Throws<InvalidOperationException>(() => DocsManifestData.Load(default, null, Array.Empty<DocPage?>()));
    }

    [Fact]
    public void Frontmatter_only_edit_re_emits_the_data_but_not_the_user_visible_source()
    {
        var project = SampleDocs.Create();
        var texts = project.AdditionalTexts().ToDictionary(t => t.Path, t => (AdditionalText)t);
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(project, texts.Values).RunGenerators(compilation);
        var before = driver.GetRunResult().Results[0].GeneratedSources.Single(s => s.HintName == "Leadtype.Docs.g.cs").SourceText;
        var path = DocsProject.DocPath("guides/install.mdx");
        var old = texts[path];

        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(path, old.GetText()!.ToString().Replace("order: 1", "order: 1\naudience: admins", StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results[0];

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(result, StepNames.Manifest).Single());
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(result, StepNames.ManifestShape).Single());
        Assert.Same(before, result.GeneratedSources.Single(s => s.HintName == "Leadtype.Docs.g.cs").SourceText);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, WellKnownGeneratorOutputs.ImplementationSourceOutput));
        Assert.Contains("audience", result.GeneratedSources.Single(s => s.HintName.EndsWith("Data.g.cs", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static DocsManifest Manifest(GeneratorRun run)
    {
        Assert.Empty(run.CompileDiagnostics);
        return (DocsManifest)run.Load().GetType("Sample.App.Probe", throwOnError: true)!.GetMethod("Manifest")!.Invoke(null, null)!;
    }
}
