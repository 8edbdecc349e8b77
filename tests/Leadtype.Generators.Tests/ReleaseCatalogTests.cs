using System.IO;
using System.Linq;
using Leadtype.Diagnostics;
using Leadtype.Generators.Tests.Infrastructure;

namespace Leadtype.Generators.Tests;

/// <summary>The analyzer release files and the docs pages list exactly the catalogue's ids.</summary>
public sealed class ReleaseCatalogTests
{
    [Fact]
    public void Unshipped_release_file_lists_every_catalogue_id_with_its_category_and_severity()
    {
        var path = Path.Combine(RepositoryRoot.Path, "src", "Leadtype.Generators", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(path)
            .Where(l => l.StartsWith("LT", System.StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        var expected = DiagnosticCatalog.All.OrderBy(d => d.Id, System.StringComparer.Ordinal).Select(d => $"{d.Id}|Leadtype.{d.Category}|{d.DefaultSeverity}|{d.Title}");
        Assert.Equal(expected, rows.Select(r => string.Join("|", r)));
    }

    [Fact]
    public void Every_catalogue_id_has_a_docs_page_its_help_link_points_at()
    {
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var page = Path.Combine(RepositoryRoot.Path, "docs", "diagnostics", descriptor.Id.ToLowerInvariant() + ".mdx");
            Assert.True(File.Exists(page), "missing " + page);
            Assert.EndsWith("docs/diagnostics/" + descriptor.Id.ToLowerInvariant() + ".mdx", descriptor.HelpLink, System.StringComparison.Ordinal);
            Assert.Contains(descriptor.Id, File.ReadAllText(page), System.StringComparison.Ordinal);
        }
    }
}
