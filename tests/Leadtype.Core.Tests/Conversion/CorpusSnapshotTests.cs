using System.Globalization;
using System.IO;
using System.Text;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;
using Golden = Leadtype.Tests.Shared.Golden;

namespace Leadtype.Core.Tests.Conversion;

/// <summary>
/// Byte-level guard for the converter: every page of the leadtype corpus must convert to exactly the
/// bytes checked in under <c>Conversion/Golden/leadtype</c> (the Markdown mirror, then what later
/// stages read from the page: title, description, headings, links, included files, diagnostics).
/// The expected files were written by the converter before its performance work; an optimisation
/// that changes one byte of output fails here, even where the conformance tests (which compare
/// rendered HTML) would not notice.
/// </summary>
public sealed class CorpusSnapshotTests
{
    private const string GoldenRoot = "tests/Leadtype.Core.Tests/Conversion/Golden/leadtype/";

    [Theory]
    [MemberData(nameof(CorpusTests.Pages), MemberType = typeof(CorpusTests))]
    public void Real_page_converts_to_the_same_bytes_as_before(string path)
    {
        var page = PageConverter.Convert(new PageSource(path, File.ReadAllText(Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, path))), new CorpusFiles());

        Golden.Matches(GoldenRoot + path + ".expected", Snapshot(page));
    }

    private static string Snapshot(ConvertedPage page)
    {
        var builder = new StringBuilder(page.Markdown.Length + 1024);
        builder.Append(page.Markdown);
        builder.Append("\n<<<<<<<< page data\n");
        builder.Append("title: ").Append(page.Title).Append('\n');
        builder.Append("description: ").Append(page.Description).Append('\n');
        builder.Append("markdown ends with body: ").Append(page.Markdown.EndsWith(page.Body, System.StringComparison.Ordinal) ? "yes" : "no").Append('\n');
        foreach (var heading in page.Headings)
        {
            builder.Append(CultureInfo.InvariantCulture, $"heading {heading.Depth} line {heading.Line} #{heading.Slug} {heading.Text}\n");
        }

        foreach (var link in page.Links)
        {
            builder.Append(CultureInfo.InvariantCulture, $"link {link.Line}:{link.Column} {link.Url}\n");
        }

        foreach (var dependency in page.Dependencies)
        {
            builder.Append("includes ").Append(dependency).Append('\n');
        }

        foreach (var diagnostic in page.Diagnostics)
        {
            builder.Append(CultureInfo.InvariantCulture, $"diagnostic {diagnostic.Id} {diagnostic.Severity} {diagnostic.FilePath} {diagnostic.Line}:{diagnostic.Column}-{diagnostic.EndLine}:{diagnostic.EndColumn} {diagnostic.Message}\n");
        }

        return builder.ToString();
    }

    private sealed class CorpusFiles : IDocsFileSource
    {
        public bool TryRead(string docsRelativePath, out string text)
        {
            var full = Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, docsRelativePath);
            var exists = File.Exists(full);
            text = exists ? File.ReadAllText(full) : string.Empty;
            return exists;
        }
    }
}
