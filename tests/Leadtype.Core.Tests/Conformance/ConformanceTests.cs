using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Conformance;

/// <summary>
/// CC-01…CC-99 of the conversion reference (§18) as data: each in-scope end-to-end case converts to
/// the reference's output (or to our corrected output for a documented deliberate difference).
/// </summary>
public sealed class ConformanceTests
{
    public static IEnumerable<object[]> ConvertedCases() =>
        ConformanceCase.Cases.Values.Where(c => c.Status is "compare" or "deliberate").Select(c => new object[] { c.Id });

    [Theory]
    [MemberData(nameof(ConvertedCases))]
    public void Case_converts_to_the_expected_markdown(string id)
    {
        var conformance = ConformanceCase.Cases[id];
        var expected = conformance.Expected;
        Assert.True(expected is not null, id + ": no expected output (deliberate differences need expected.ours.md)");

        var page = PageConverter.Convert(new PageSource(conformance.File!, conformance.Input), conformance.ExtraFiles(), conformance.Options());

        var difference = MarkdownEquivalence.Difference(expected!, page.Markdown);
        Assert.True(difference is null, id + ": " + difference + "\n--- diagnostics ---\n" + string.Join("\n", page.Diagnostics));
        foreach (var wanted in conformance.Diagnostics)
        {
            Assert.Contains(page.Diagnostics, d => d.Id + ":" + d.Line + ":" + d.Column == wanted);
        }

        if (conformance.Diagnostics.Count == 0)
        {
            Assert.DoesNotContain(page.Diagnostics, d => d.IsError);
        }
    }

    [Fact]
    public void Every_case_of_the_reference_is_extracted_and_scoped()
    {
        var ids = ConformanceCase.Cases.Keys.ToList();
        Assert.Equal(Enumerable.Range(1, 99).Select(n => "CC-" + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture)), ids);
        foreach (var conformance in ConformanceCase.Cases.Values)
        {
            switch (conformance.Status)
            {
                case "out-of-scope":
                    Assert.False(string.IsNullOrWhiteSpace(conformance.Reason), conformance.Id + " is out of scope without a reason");
                    break;
                case "deliberate":
                    Assert.False(string.IsNullOrWhiteSpace(conformance.Difference), conformance.Id + " is deliberate without a difference line");
                    Assert.True(File.Exists(Path.Combine(conformance.Folder, "expected.ours.md")), conformance.Id + " has no expected.ours.md");
                    break;
                case "unit":
                    Assert.False(string.IsNullOrWhiteSpace(conformance.Tests), conformance.Id + " names no tests");
                    break;
                case "compare":
                    Assert.True(File.Exists(Path.Combine(conformance.Folder, "expected.md")), conformance.Id + " has no expected.md");
                    break;
                default:
                    Assert.Fail(conformance.Id + ": unknown status " + conformance.Status);
                    break;
            }
        }
    }

    [Fact]
    public void Every_deliberate_difference_is_listed_on_the_differences_page()
    {
        var page = File.ReadAllText(RepositoryPaths.InRepository("docs", "reference", "differences.mdx"));
        foreach (var conformance in ConformanceCase.Cases.Values.Where(c => c.Status == "deliberate"))
        {
            Assert.True(page.Contains(conformance.Difference!, StringComparison.Ordinal),
                conformance.Id + ": docs/reference/differences.mdx has no line \"" + conformance.Difference + "\"");
        }
    }
}
