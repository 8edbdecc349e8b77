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
    // Reported by the generate pipeline only (files it reads, templates, feeds, the docs folder, rename
    // tracking), so the build step must print them.
    private static readonly string[] BuildStepOnly = { "LT0004", "LT0100", "LT0108", "LT0112", "LT0113", "LT0114", "LT0115", "LT0116", "LT0117", "LT0118", "LT0119", "LT0120", "LT0121", "LT0122", "LT0123" };

    [Fact]
    public void Every_catalogue_id_is_either_left_to_the_compiler_or_printed_by_the_build_step()
    {
        var skipped = SkippedIds();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            var generatorOnly = descriptor.Id.StartsWith("LT02", System.StringComparison.Ordinal);
            var raisedByTargets = descriptor.Id.StartsWith("LT04", System.StringComparison.Ordinal);
            var classified = skipped.Contains(descriptor.Id) || BuildStepOnly.Contains(descriptor.Id) || generatorOnly || raisedByTargets;
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

    [Fact]
    public void Every_error_the_targets_raise_is_a_catalogued_LT04xx_id_with_its_catalogue_message()
    {
        var targets = XDocument.Load(RepositoryRoot.Combine("build", "Leadtype.targets"));
        var errors = targets.Descendants().Where(e => e.Name.LocalName == "Error" && e.Attribute("Code") != null).ToList();

        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            var code = error.Attribute("Code")!.Value;
            var descriptor = DiagnosticCatalog.Find(code);
            Assert.True(descriptor != null, code + " is raised by build/Leadtype.targets but missing from DiagnosticCatalog");
            Assert.StartsWith("LT04", code);
            Assert.EndsWith(descriptor!.Id.ToLowerInvariant() + ".mdx", error.Attribute("HelpLink")!.Value);
            // The MSBuild text is the catalogue format with MSBuild properties in the placeholders.
            var fixedText = System.Text.RegularExpressions.Regex.Split(descriptor.MessageFormat, @"\{\d+\}");
            var text = error.Attribute("Text")!.Value;
            foreach (var part in fixedText)
            {
                Assert.Contains(part, text);
            }
        }
    }

    private static string[] SkippedIds()
    {
        var targets = XDocument.Load(RepositoryRoot.Combine("build", "Leadtype.targets"));
        var value = targets.Descendants().Single(e => e.Name.LocalName == "LeadtypeGeneratorDiagnosticIds").Value;
        return value.Split(';', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
    }
}
