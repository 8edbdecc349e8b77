using System;
using System.Linq;
using System.Reflection;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Leadtype.Generators.Tests;

public sealed class ManifestGenerationTests
{
    private const string Probe = """
        namespace Sample.App
        {
            internal static class Probe
            {
                public static string[] Values() => new[]
                {
                    Docs.Guides.Install.Url,
                    Docs.Guides.Install.MarkdownUrl,
                    Docs.Guides.Install.Prerequisites.Url,
                    Docs.Guides.Install.Step1AddThePackage.Url,
                    Docs.Guides.Install.TitleHeading.Text,
                    Docs.Guides.Index.Url,
                    Docs.Guides.Index.MarkdownUrl,
                    Docs.Index.Url,
                    Docs.Quickstart.InstallTheTool.Url,
                    Docs.SearchPages.AddSearch.Url,
                    Docs.Changelog._0_4.Url,
                    Docs.Changelog._0_4.MarkdownUrl,
                };

                public static global::Leadtype.DocsManifest Manifest() => Docs.Manifest;
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_without_warnings_under_nullable_and_warnings_as_errors()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe);

        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Typed_members_carry_route_mirror_and_deep_link_urls()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe);
        var values = (string[])ProbeMethod(run, "Values").Invoke(null, null)!;

        Assert.Equal(
            new[]
            {
                "/docs/guides/install",
                "/docs/guides/install.md",
                "/docs/guides/install#prerequisites",
                "/docs/guides/install#step-1-add-the-package",
                "Title",
                "/docs/guides",
                "/docs/guides/index.md",
                "/docs",
                "/docs/quickstart#install-the-tool",
                "/docs/search/add-search",
                "/changelog/0-4",
                "/changelog/0-4.md",
            },
            values);
    }

    [Fact]
    public void Manifest_lists_every_page_once_with_lookups_and_neighbours()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe);
        var manifest = (DocsManifest)ProbeMethod(run, "Manifest").Invoke(null, null)!;

        Assert.Equal("Sample", manifest.Product.Name);
        Assert.Equal(6, manifest.Pages.Count);
        Assert.Equal(manifest.Pages.Count, manifest.Pages.Select(p => p.Url).Distinct().Count());
        var install = manifest.FindByUrl("/docs/guides/install/")!;
        Assert.Same(install, manifest.FindBySourcePath("guides\\install.mdx"));
        Assert.Same(install, manifest.FindBySourcePath("guides/install"));
        Assert.Equal("Install the package & wire it up.", install.Description);
        Assert.Equal(new[] { "prerequisites", "step-1-add-the-package", "title" }, install.Headings.Select(h => h.Id));
        Assert.Equal(1L, install.Frontmatter["order"]);
        Assert.Null(manifest.FindByUrl("/docs/missing"));

        for (var i = 0; i < manifest.Pages.Count; i++)
        {
            Assert.Same(i == 0 ? null : manifest.Pages[i - 1], manifest.Pages[i].Previous);
            Assert.Same(i == manifest.Pages.Count - 1 ? null : manifest.Pages[i + 1], manifest.Pages[i].Next);
        }
    }

    [Fact]
    public void Reserved_folder_name_is_renamed_and_reported_as_LT0201()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), Probe);

        var reserved = run.GeneratorDiagnostics.Where(d => d.Id == "LT0201").ToList();
        Assert.Contains(reserved, d => d.GetMessage().Contains("`search/` maps to `Search`", StringComparison.Ordinal) && d.GetMessage().Contains("`SearchPages`", StringComparison.Ordinal));
        Assert.Contains(reserved, d => d.GetMessage().Contains("guides/install.mdx#title", StringComparison.Ordinal) && d.GetMessage().Contains("`TitleHeading`", StringComparison.Ordinal));
        Assert.All(reserved, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Output_is_deterministic_and_free_of_absolute_paths_and_carriage_returns()
    {
        var first = GeneratorHarness.Run(SampleDocs.Create()).Source("Docs.g.cs");
        var second = GeneratorHarness.Run(SampleDocs.Create()).Source("Docs.g.cs");

        Assert.Equal(first, second);
        Assert.DoesNotContain("\r", first, StringComparison.Ordinal);
        Assert.DoesNotContain(DocsProject.ProjectDir, first, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_runtime_reference_reports_LT0204_and_emits_nothing()
    {
        var run = GeneratorHarness.Run(SampleDocs.Create(), withRuntime: false);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0204");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.HintNames);
    }

    private static MethodInfo ProbeMethod(GeneratorRun run, string name)
    {
        Assert.Empty(run.CompileDiagnostics);
        return run.Load().GetType("Sample.App.Probe", throwOnError: true)!.GetMethod(name)!;
    }
}
