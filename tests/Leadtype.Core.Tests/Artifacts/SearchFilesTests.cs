using System.Linq;
using Leadtype.Artifacts;
using Leadtype.Tests.Shared;

namespace Leadtype.Core.Tests.Artifacts;

public sealed class SearchFilesTests
{
    [Fact]
    public void Pages_are_indexed_in_mirror_path_order_and_reproduce_the_reference_worked_example()
    {
        var index = SearchFilesRenderer.Build(AcmeSite.Build());

        Assert.Equal(new[] { "/changelog/v1", "/docs/guides/deploy", "/docs/guides", "/docs", "/docs/quickstart" }, index.Documents.Select(d => d.Id));
        // Artifacts §3.5.9: the quickstart page yields chunks 4–6 of lengths 9, 11 and 12.
        Assert.Equal(new[] { 9, 11, 12 }, index.Chunks.Skip(4).Select(c => c.Length));
        Assert.Equal("Quickstart\n\nInstall and run Acme in minutes.\n\nQuickstart\n\nInstall\n\n```bash npm install acme ```", index.Content![5]);
        Assert.Equal("2026-06-15T10:30:00.000Z", index.GeneratedAt);
    }

    [Fact]
    public void Search_files_are_written_under_docs_with_a_trailing_newline()
    {
        var files = SearchFilesRenderer.Render(AcmeSite.Build());

        Assert.Equal(new[] { "docs/search-index.json", "docs/search-content.json" }, files.Select(f => f.Path));
        Assert.All(files, f => Assert.Equal((byte)'\n', f.Content[^1]));
    }
}
