using System.Collections.Generic;
using System.Linq;
using Leadtype.Generators.Model;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Tests;

/// <summary>
/// What reruns after an edit, read from the driver's tracked steps (<see cref="StepNames"/>).
/// "Cached" = not run at all; "Unchanged" = ran, produced an equal value, so nothing downstream ran.
/// </summary>
public sealed class IncrementalTests
{
    private readonly DocsProject _project = SampleDocs.Create();
    private readonly Dictionary<string, AdditionalText> _texts;
    private readonly CSharpCompilation _compilation = GeneratorHarness.CreateCompilation();
    private GeneratorDriver _driver;

    public IncrementalTests()
    {
        _texts = _project.AdditionalTexts().ToDictionary(t => t.Path, t => (AdditionalText)t);
        _driver = GeneratorHarness.CreateDriver(_project, _texts.Values).RunGenerators(_compilation);
    }

    [Fact]
    public void First_run_parses_every_page()
    {
        var result = GeneratorHarness.CreateDriver(_project).RunGenerators(_compilation).GetRunResult().Results[0];

        Assert.All(Reasons(result, StepNames.ParsePage), r => Assert.Equal(IncrementalStepRunReason.New, r));
        Assert.Equal(6, Reasons(result, StepNames.ParsePage).Count);
    }

    [Fact]
    public void Unrelated_csharp_edit_reruns_nothing()
    {
        var edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Sample.App { internal static class Other { } }", GeneratorHarness.ParseOptions()));

        var result = _driver.RunGenerators(edited).GetRunResult().Results[0];

        Assert.All(Reasons(result, StepNames.ParsePage), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, StepNames.BuildSite));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, StepNames.Manifest));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Prose_edit_reparses_that_page_only_and_leaves_the_manifest_unchanged()
    {
        var result = Edit("quickstart.mdx", text => text.Replace("You need .NET.", "You need the .NET 10 SDK installed."));

        var parsed = ParseSteps(result);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(parsed, p => p.Path == "quickstart.mdx").Reason);
        Assert.All(parsed.Where(p => p.Path != "quickstart.mdx"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        // Its outline (title, description, headings) is the same, so the site step and the manifest do not run …
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(result, StepNames.PageOutline), r => r != IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, StepNames.BuildSite));
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result, StepNames.Manifest));
        // … its links did not move, so none is checked again …
        Assert.All(Reasons(result, StepNames.CheckLinks), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // … and the index is merged again from the prepared pages: only the implementation-only index source
        // changes (the manifest data's input, the Manifest step, is cached too).
        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, StepNames.SearchPayload));
        var implementation = Reasons(result, WellKnownGeneratorOutputs.ImplementationSourceOutput);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(implementation, r => r != IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, WellKnownGeneratorOutputs.SourceOutput), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Moving_a_broken_link_rechecks_that_page_only_and_moves_the_warning()
    {
        var broken = new InMemoryAdditionalText(DocsProject.DocPath("guides/broken.mdx"), "---\ntitle: Broken\n---\n\nSee [the missing page](/docs/missing).\n");
        _driver = _driver.AddAdditionalTexts([broken]).RunGenerators(_compilation);
        Assert.Equal(4, Assert.Single(_driver.GetRunResult().Diagnostics, d => d.Id == "LT0030").Location.GetLineSpan().StartLinePosition.Line);

        var moved = new InMemoryAdditionalText(broken.Path, broken.GetText()!.ToString().Replace("See [", "A new first line.\n\nSee [", System.StringComparison.Ordinal));
        _driver = _driver.ReplaceAdditionalText(broken, moved);
        var result = _driver.RunGenerators(_compilation).GetRunResult();

        var rechecked = result.Results[0].TrackedSteps[StepNames.CheckLinks].SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(rechecked).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Single(result.Results[0], StepNames.BuildSite));
        Assert.Equal(6, Assert.Single(result.Diagnostics, d => d.Id == "LT0030").Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Adding_a_heading_changes_the_manifest()
    {
        var result = Edit("quickstart.mdx", text => text + "\n## Next steps\n\nRead the guides.\n");

        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, StepNames.Manifest));
        Assert.Contains("NextSteps", Generated(result));
    }

    [Fact]
    public void Adding_a_page_parses_only_the_new_page()
    {
        var added = new InMemoryAdditionalText(DocsProject.DocPath("guides/upgrade.mdx"), "---\ntitle: Upgrade\n---\n\n## From 0.3\n");
        _driver = _driver.AddAdditionalTexts([added]);

        var result = _driver.RunGenerators(_compilation).GetRunResult().Results[0];

        var parsed = ParseSteps(result);
        Assert.Equal(IncrementalStepRunReason.New, Assert.Single(parsed, p => p.Path == "guides/upgrade.mdx").Reason);
        Assert.All(parsed.Where(p => p.Path != "guides/upgrade.mdx"), p => Assert.Equal(IncrementalStepRunReason.Cached, p.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, StepNames.Manifest));
        Assert.Contains("public static global::Sample.App.DocsPages.Guides_Upgrade Upgrade", Generated(result));
    }

    [Fact]
    public void Removing_a_page_drops_it_from_the_manifest()
    {
        _driver = _driver.RemoveAdditionalTexts([_texts[DocsProject.DocPath("guides/install.mdx")]]);

        var result = _driver.RunGenerators(_compilation).GetRunResult().Results[0];

        Assert.Contains(IncrementalStepRunReason.Removed, result.TrackedSteps[StepNames.ParsePage].SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, StepNames.Manifest));
        Assert.DoesNotContain("Install", Generated(result).Split('\n').Where(l => l.Contains("public static", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Changing_an_msbuild_option_rebuilds_the_site_without_reparsing_pages()
    {
        var renamed = _project.Clone().Property("LeadtypeClassName", "Handbook");
        _driver = _driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(renamed.Properties));

        var result = _driver.RunGenerators(_compilation).GetRunResult().Results[0];

        Assert.All(Reasons(result, StepNames.ParsePage), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Single(result, StepNames.Manifest));
        Assert.Contains("public static partial class Handbook", Generated(result));
    }

    [Fact]
    public void Same_input_twice_gives_equal_but_distinct_models()
    {
        var first = GeneratorHarness.CreateDriver(_project).RunGenerators(_compilation).GetRunResult().Results[0];
        var second = GeneratorHarness.CreateDriver(_project).RunGenerators(_compilation).GetRunResult().Results[0];

        var a = (ManifestModel)first.TrackedSteps[StepNames.Manifest].Single().Outputs.Single().Value;
        var b = (ManifestModel)second.TrackedSteps[StepNames.Manifest].Single().Outputs.Single().Value;
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private GeneratorRunResult Edit(string docsRelative, System.Func<string, string> change)
    {
        var path = DocsProject.DocPath(docsRelative);
        var old = _texts[path];
        var updated = new InMemoryAdditionalText(path, change(old.GetText()!.ToString()));
        _driver = _driver.ReplaceAdditionalText(old, updated);
        return _driver.RunGenerators(_compilation).GetRunResult().Results[0];
    }

    private static string Generated(GeneratorRunResult result) =>
        result.GeneratedSources.Single(s => s.HintName.EndsWith("Docs.g.cs", System.StringComparison.Ordinal) || s.HintName.EndsWith("Handbook.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static IncrementalStepRunReason Single(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Single().Reason;

    private static List<(string Path, IncrementalStepRunReason Reason)> ParseSteps(GeneratorRunResult result) =>
        result.TrackedSteps[StepNames.ParsePage]
            .SelectMany(s => s.Outputs)
            .Select(o => (((PageModel)o.Value).SourcePath, o.Reason))
            .ToList();
}
