using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Diagnostics;
using Leadtype.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Leadtype.Generators.Tests;

/// <summary>
/// One case per diagnostic id the generator reports: the id, its severity, and where the IDE
/// underlines it (file and 1-based line/column; no file for project-wide findings).
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Ok = "---\ntitle: Fine\n---\n\n## Setup\n\nText.\n";
    private const string Product = "\"product\": { \"name\": \"Sample\", \"tagline\": \"Docs.\" }";

    private static readonly Dictionary<string, DiagnosticCase> Cases = new DiagnosticCase[]
    {
        new("LT0001", DiagnosticSeverity.Error, "bad.mdx", 2, p => p.Page("bad.mdx", "---\ntitle: [unclosed\n---\n\nBody.\n")),
        new("LT0002", DiagnosticSeverity.Error, "bad.mdx", 2, p => p.Page("bad.mdx", "---\n- a\n- b\n---\n\nBody.\n")),
        new("LT0010", DiagnosticSeverity.Error, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\n<Callout>\nnever closed\n")),
        new("LT0011", DiagnosticSeverity.Error, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\nText {unbalanced\n")),
        new("LT0020", DiagnosticSeverity.Error, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\n<include>missing.mdx</include>\n")),
        new("LT0021", DiagnosticSeverity.Error, null, 0, p => p.Page("a.mdx", "# A\n\n<include>b.mdx</include>\n").Page("b.mdx", "# B\n\n<include>a.mdx</include>\n")),
        new("LT0022", DiagnosticSeverity.Error, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\n<include>../../secrets.mdx</include>\n")),
        new("LT0023", DiagnosticSeverity.Warning, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\n<include>ok.mdx#nowhere</include>\n").Page("ok.mdx", Ok)),
        new("LT0030", DiagnosticSeverity.Warning, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\nSee [the guide](/docs/missing).\n")),
        new("LT0031", DiagnosticSeverity.Warning, "bad.mdx", 3, p => p.Page("bad.mdx", "# Title\n\nSee [setup](/docs/ok#nowhere).\n").Page("ok.mdx", Ok)),
        new("LT0100", DiagnosticSeverity.Error, "leadtype.json", 1, p => p.Config("{ \"product\": 5 }").Page("ok.mdx", Ok)),
        new("LT0101", DiagnosticSeverity.Warning, "leadtype.json", 1, p => p.Config("{ \"openapi\": { \"input\": \"api.yaml\" } }").Page("ok.mdx", Ok)),
        new("LT0102", DiagnosticSeverity.Error, "leadtype.json", 1, p => p.Config("{ " + Product + ", \"navigation\": [\"ok\", \"missing\"] }").Page("ok.mdx", Ok)),
        new("LT0103", DiagnosticSeverity.Error, "ok.mdx", 3, p => p.Config("{ " + Product + ", \"groups\": [ { \"slug\": \"known\", \"title\": \"Known\" } ] }").Page("ok.mdx", "---\ntitle: Fine\ngroup: mystery\n---\n\nText.\n")),
        new("LT0104", DiagnosticSeverity.Error, "guides/index.mdx", 0, p => p.Page("guides.mdx", Ok).Page("guides/index.mdx", Ok)),
        new("LT0105", DiagnosticSeverity.Error, null, 0, p => p.Page("ok.mdx", Ok).Property("LeadtypeBaseUrl", "ftp://example.com")),
        new("LT0107", DiagnosticSeverity.Error, "leadtype.json", 1, p => p.Config("{ \"i18n\": { \"defaultLocale\": \"en\", \"locales\": [\"en\", \"fr\"] } }").Page("ok.mdx", Ok)),
        new("LT0109", DiagnosticSeverity.Warning, "leadtype.json", 1, p => p.Config("{ \"produt\": { \"name\": \"X\" } }").Page("ok.mdx", Ok)),
        new("LT0110", DiagnosticSeverity.Warning, "leadtype.json", 1, p => p.Config("{ " + Product + ", \"navigation\": [ \"ok\", { \"include\": \"nothing/*\" } ] }").Page("ok.mdx", Ok)),
        new("LT0200", DiagnosticSeverity.Warning, "foo_bar.mdx", 0, p => p.Page("foo-bar.mdx", Ok).Page("foo_bar.mdx", Ok)),
        new("LT0201", DiagnosticSeverity.Info, "manifest.mdx", 0, p => p.Page("manifest.mdx", Ok)),
        new("LT0202", DiagnosticSeverity.Info, null, 0, p => p.Page("ok.mdx", Ok).Property("LeadtypeMaxEmbeddedIndexBytes", "10")),
        new("LT0203", DiagnosticSeverity.Warning, null, 0, p => p.Page("ok.mdx", Ok).Property("LeadtypeEmbeddedIndexWarningBytes", "10")),
        new("LT0204", DiagnosticSeverity.Error, null, 0, p => p.Page("ok.mdx", Ok)),
        new("LT0205", DiagnosticSeverity.Info, null, 0, p => p.Page("ok.mdx", Ok)),
    }.ToDictionary(c => c.Id);

    public static IEnumerable<object[]> Ids => Cases.Keys.Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Ids))]
    public void Diagnostic_is_reported_with_its_id_severity_and_location(string id)
    {
        var @case = Cases[id];
        var project = new DocsProject();
        @case.Setup(project);

        var run = GeneratorHarness.Run(
            project,
            version: id == "LT0205" ? LanguageVersion.CSharp10 : LanguageVersion.Latest,
            withRuntime: id != "LT0204");

        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count > 0, $"{id} was not reported; got: {string.Join("; ", run.GeneratorDiagnostics)}");
        var diagnostic = found[0];
        // The harness compiles with warnings as errors, so compare the severity before that promotion.
        Assert.Equal(@case.Severity, diagnostic.DefaultSeverity);
        Assert.Equal(DiagnosticCatalog.HelpLinkFor(id), diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal(DiagnosticCatalog.Find(id)!.Title, diagnostic.Descriptor.Title.ToString());
        if (@case.File is null)
        {
            if (id != "LT0021")
            {
                Assert.Equal(Location.None, diagnostic.Location);
            }

            return;
        }

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(DocsProject.DocPath(@case.File), span.Path);
        if (@case.Line > 0)
        {
            Assert.Equal(@case.Line, span.StartLinePosition.Line + 1);
        }
    }

    [Fact]
    public void Every_id_the_generator_can_report_has_a_case()
    {
        // Not reported by the generator: LT0003 (no stage reports it yet), LT0004 (the compiler has
        // already decoded the file), LT0108 (templates run at build time, not in the compiler), LT0300
        // (search synonyms are not read by the generator), LT0112–LT0114 (feeds are rendered at build time), LT0115–LT0118 (docs folders, sources and file reads belong to the CLI pipeline), LT0119–LT0123 (rename
        // tracking reads and writes the lockfile at build time), LT04xx (raised by the MSBuild targets); the rest are reported from shared Core code
        // and covered where a small input triggers them.
        var notFromGenerator = new[] { "LT0003", "LT0004", "LT0108", "LT0112", "LT0113", "LT0114", "LT0115", "LT0116", "LT0117", "LT0118", "LT0119", "LT0120", "LT0121", "LT0122", "LT0123", "LT0300", "LT0400", "LT0401", "LT0402" };
        // Reported by Core stages still being written on other branches (component flatteners) or
        // with no small trigger known yet; listed so a new id cannot slip through unnoticed.
        var notCoveredYet = new[] { "LT0012", "LT0013", "LT0014", "LT0015", "LT0024", "LT0106", "LT0111" };
        var missing = DiagnosticCatalog.All.Select(d => d.Id).Where(id => !Cases.ContainsKey(id) && !notFromGenerator.Contains(id) && !notCoveredYet.Contains(id)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Broken_link_is_an_error_when_LeadtypeBrokenLinksAsErrors_is_true()
    {
        var project = new DocsProject()
            .Page("bad.mdx", "# Title\n\nSee [the guide](/docs/missing) and [setup](/docs/ok#nowhere).\n")
            .Page("ok.mdx", Ok)
            .Property("LeadtypeBrokenLinksAsErrors", "true");

        var run = GeneratorHarness.Run(project, warningsAsErrors: false);

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0030").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0031").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(GeneratorHarness.Run(project.Clone().Property("LeadtypeBrokenLinksAsErrors", "false"), warningsAsErrors: false).GeneratorDiagnostics, d => d.Id == "LT0030").Severity);
    }

    [Fact]
    public void Broken_link_location_covers_the_link_on_its_line()
    {
        var project = new DocsProject().Page("bad.mdx", "# Title\n\nSee [the guide](/docs/missing).\n");

        var diagnostic = Assert.Single(GeneratorHarness.Run(project).GeneratorDiagnostics, d => d.Id == "LT0030");

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((2, 4), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Equal("Link `/docs/missing` does not match any page", diagnostic.GetMessage());
    }

    [Fact]
    public void Each_problem_is_reported_once()
    {
        var project = new DocsProject()
            .Page("bad.mdx", "---\ntitle: [unclosed\n---\n\nSee [x](/docs/missing).\n")
            .Page("ok.mdx", Ok);

        var run = GeneratorHarness.Run(project);

        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0001");
        Assert.Single(run.GeneratorDiagnostics, d => d.Id == "LT0030");
    }

    private sealed record DiagnosticCase(string Id, DiagnosticSeverity Severity, string? File, int Line, Action<DocsProject> Setup);
}
