using System.IO;
using System.Text;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>Parity with the reference's worked example (artifacts reference §3.5.9).</summary>
public sealed class WorkedExampleParityTests
{
    private const string Fixture = "worked-example";

    [Fact]
    public void Worked_example_index_json_is_byte_identical_to_the_reference()
    {
        var input = SearchFixtures.ReadInput(Fixture);
        var index = SearchIndexBuilder.Build(input.Docs, new SearchIndexOptions(input.GeneratedAt));

        var expected = File.ReadAllText(Path.Combine(SearchFixtures.Folder(Fixture), "search-index.json"));
        Assert.Equal(expected, Encoding.UTF8.GetString(SearchIndexJson.RenderIndex(index)));
    }

    [Fact]
    public void Worked_example_content_json_is_byte_identical_to_the_reference()
    {
        var input = SearchFixtures.ReadInput(Fixture);
        var index = SearchIndexBuilder.Build(input.Docs, new SearchIndexOptions(input.GeneratedAt));

        var expected = File.ReadAllText(Path.Combine(SearchFixtures.Folder(Fixture), "search-content.json"));
        Assert.Equal(expected, Encoding.UTF8.GetString(SearchIndexJson.RenderContent(index)));
    }

    [Fact]
    public void Worked_example_install_posting_counts_description_twice_heading_and_code()
    {
        var input = SearchFixtures.ReadInput(Fixture);
        var index = SearchIndexBuilder.Build(input.Docs, new SearchIndexOptions(input.GeneratedAt));

        var install = Assert.Single(index.Terms, t => t.Term == "install");
        Assert.Contains(new SearchPosting(5, 0, 1, 4, 1), install.Postings);
        Assert.Equal(new[] { 9, 11, 12 }, new[] { index.Chunks[4].Length, index.Chunks[5].Length, index.Chunks[6].Length });
        Assert.Equal(new[] { "quickstart", "install", "configure" }, new[] { index.Chunks[4].Anchor, index.Chunks[5].Anchor, index.Chunks[6].Anchor });
    }
}
