using System.IO;
using System.Linq;
using System.Xml.Linq;
using Leadtype.Diagnostics;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>
/// The ids build/Leadtype.targets leaves to the compiler must be ids the generator reports: a wrong
/// entry hides a problem from the build, a missing one shows it twice.
/// </summary>
public sealed class TargetsDiagnosticIdsTests
{
    // Reported by the generate pipeline only (files it reads, templates, feeds, the docs folder),
    // so the build step must print them.
    private static readonly string[] BuildStepOnly = { "LT0004", "LT0100", "LT0108", "LT0112", "LT0113", "LT0114", "LT0115", "LT0116", "LT0117", "LT0118" };

    [Fact]
    public void Every_catalogue_id_is_either_left_to_the_compiler_or_printed_by_the_build_step()
    {
        var skipped = SkippedIds();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var generatorOnly = descriptor.Id.StartsWith("LT02", System.StringComparison.Ordinal);
            var classified = skipped.Contains(descriptor.Id) || BuildStepOnly.Contains(descriptor.Id) || generatorOnly;
            Assert.True(classified, descriptor.Id + " (" + descriptor.Title + ") is neither in LeadtypeGeneratorDiagnosticIds nor known to be reported by the build step only");
        }
    }

    [Fact]
    public void Ids_left_to_the_compiler_exist_and_exclude_what_only_the_build_step_sees()
    {
        var skipped = SkippedIds();
        Assert.NotEmpty(skipped);
        Assert.All(skipped, id => Assert.NotNull(DiagnosticCatalog.Find(id)));
        Assert.Empty(skipped.Intersect(BuildStepOnly));
        Assert.Equal(skipped.Length, skipped.Distinct().Count());
    }

    private static string[] SkippedIds()
    {
        var targets = XDocument.Load(RepositoryRoot.Combine("build", "Leadtype.targets"));
        var value = targets.Descendants().Single(e => e.Name.LocalName == "LeadtypeGeneratorDiagnosticIds").Value;
        return value.Split(';', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
    }
}
