using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Leadtype.Search;

namespace Leadtype.Runtime.Tests.Search;

public sealed class DocsSearchTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "leadtype-search-tests-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Queries = { "install", "install package", "instal", "instlal", "configure key", "acme", "setup", "cafe", "deep", "2024 release" };

    public DocsSearchTests()
    {
        Directory.CreateDirectory(_directory);
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    private static SearchIndex BuildIndex() => SearchIndexBuilder.Build(
        new[]
        {
            Page("quickstart", "Quickstart", "# Quickstart\n\nInstall the package with npm.\n\n## Install\n\n```bash\nnpm install acme\n```\n\n## Configure\n\nSet the `ACME_KEY` environment variable.", "Install and run Acme in minutes."),
            Page("guides/deploy", "Deploy", "# Deploy\n\nDeploy with the CLI. Café ready.\n\n### Deep\n\nSkipped heading levels."),
            Page("changelog/2024", "2024 release", "# 2024\n\nThe 2024 release notes."),
        },
        new SearchIndexOptions("2026-01-01T00:00:00.000Z"));

    private static SearchDocument Page(string slug, string title, string content, string? description = null) =>
        new(title, "/docs/" + slug, "https://acme.example/docs/" + slug, slug, content) { Id = "/docs/" + slug, Description = description, LogicalPath = slug };

    private static IEnumerable<(string, double, string, string)> Flatten(IEnumerable<SearchResult> results) =>
        results.Select(r => (r.Id, r.Score, r.Excerpt, r.AbsoluteUrlWithHash));

    [Fact]
    public void Json_files_load_and_answer_exactly_like_the_index_they_were_written_from()
    {
        var index = BuildIndex();
        var direct = new SearchEngine(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(index)));

        var loaded = DocsSearch.FromJson(SearchIndexJson.RenderIndex(index), SearchIndexJson.RenderContent(index));

        Assert.Equal(3, loaded.DocumentCount);
        foreach (var query in Queries)
        {
            Assert.Equal(Flatten(direct.Search(query)), Flatten(loaded.Search(query)));
        }
    }

    [Fact]
    public void Json_read_back_renders_byte_identical_files()
    {
        var index = BuildIndex();
        var indexJson = SearchIndexJson.RenderIndex(index);
        var contentJson = SearchIndexJson.RenderContent(index);

        var model = SearchIndexJsonReader.Read(indexJson, contentJson);

        Assert.Equal(indexJson, SearchIndexJson.RenderIndex(model));
        Assert.Equal(contentJson, SearchIndexJson.RenderContent(model));
    }

    [Fact]
    public void Locale_fields_round_trip_through_the_json_files()
    {
        var page = Page("guide", "Guide", "# Guide\n\nText.") with { Locale = "fr", SourceLocale = "en", IsFallback = true, LogicalPath = "guide" };
        var index = SearchIndexBuilder.Build(new[] { page, Page("other", "Other", "Text.") with { LogicalPath = null } }, new SearchIndexOptions("t"));
        var indexJson = SearchIndexJson.RenderIndex(index);

        Assert.Contains("\"guide\",\"fr\",\"en\",true,\"guide\"]", Encoding.UTF8.GetString(indexJson));
        Assert.Equal(indexJson, SearchIndexJson.RenderIndex(SearchIndexJsonReader.Read(indexJson, default)));
    }

    [Fact]
    public void Directory_with_both_files_loads_and_without_content_falls_back_to_titles_in_excerpts()
    {
        var index = BuildIndex();
        File.WriteAllBytes(Path.Combine(_directory, "search-index.json"), SearchIndexJson.RenderIndex(index));
        File.WriteAllBytes(Path.Combine(_directory, "search-content.json"), SearchIndexJson.RenderContent(index));

        var withContent = DocsSearch.FromDirectory(_directory).Search("environment")[0];
        Assert.Equal("...tart\n\nInstall and run Acme in minutes.\n\nQuickstart\n\nConfigure\n\nSet the ACME KEY environment variable.", withContent.Excerpt);

        File.Delete(Path.Combine(_directory, "search-content.json"));
        var metadataOnly = DocsSearch.FromDirectory(_directory).Search("environment");
        Assert.Equal("chunk-2", metadataOnly[0].Id);
        Assert.Equal("Quickstart Install and run Acme in minutes. Quickstart Configure", metadataOnly[0].Excerpt);
    }

    [Fact]
    public void Missing_index_file_is_reported_with_its_path()
    {
        var exception = Assert.Throws<FileNotFoundException>(() => DocsSearch.FromDirectory(_directory));

        Assert.Contains(Path.Combine(_directory, "search-index.json"), exception.Message);
    }

    [Theory]
    [InlineData(SearchIndexAsciiEncoding.Base64)]
    [InlineData(SearchIndexAsciiEncoding.Z85)]
    public void Embedded_ascii_and_raw_binary_answer_like_the_json_files(SearchIndexAsciiEncoding encoding)
    {
        var index = BuildIndex();
        var binary = SearchIndexBinaryWriter.Write(index);
        var fromJson = DocsSearch.FromJson(SearchIndexJson.RenderIndex(index), SearchIndexJson.RenderContent(index));
        var fromEmbedded = DocsSearch.FromEmbedded(Encoding.ASCII.GetBytes(SearchIndexAscii.Encode(binary, encoding)));
        var fromBinary = DocsSearch.FromBinary(binary);

        foreach (var query in Queries)
        {
            Assert.Equal(Flatten(fromJson.Search(query)), Flatten(fromEmbedded.Search(query)));
            Assert.Equal(Flatten(fromJson.Search(query)), Flatten(fromBinary.Search(query)));
        }
    }

    [Fact]
    public void Files_written_by_the_original_load_and_rank_like_the_original()
    {
        var fixture = Path.Combine(RepositoryRoot(), "tests", "Leadtype.Core.Tests", "Search", "Fixtures", "worked-example");
        var search = DocsSearch.FromDirectory(fixture);
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(fixture, "results.json")));

        foreach (var query in expected.RootElement.EnumerateArray())
        {
            var text = query.GetProperty("query").GetString()!;
            var expectedResults = query.GetProperty("results").EnumerateArray().ToArray();
            var actual = search.Search(text, text == "npm" ? 2 : 8);
            Assert.Equal(expectedResults.Select(r => r.GetProperty("id").GetString()), actual.Select(r => r.Id));
            Assert.Equal(expectedResults.Select(r => r.GetProperty("score").GetDouble()), actual.Select(r => r.Score));
            Assert.Equal(expectedResults.Select(r => r.GetProperty("excerpt").GetString()), actual.Select(r => r.Excerpt));
        }
    }

    [Fact]
    public void Numeric_term_keys_are_enumerated_first_as_after_json_parse()
    {
        const string json = "{\"version\":2,\"generatedAt\":\"x\",\"documents\":[[\"/d\",\"D\",\"\",\"/d\",\"https://a/d\",\"d\"]],"
            + "\"chunks\":[[\"chunk-0\",0,\"\",[],3,0]],\"terms\":{\"zeta\":[[0,0,0,1,0]],\"2024\":[[0,0,0,1,0]],\"10\":[[0,0,0,1,0]],\"zeta\":[[0,0,0,2,0]]},\"averageChunkLength\":3}";

        var model = SearchIndexJsonReader.Read(Encoding.UTF8.GetBytes(json), default);

        Assert.Equal(new[] { "10", "2024", "zeta" }, model.Terms.Select(t => t.Term));
        Assert.Equal(2, model.Terms[2].Postings[0].Body);
    }

    [Fact]
    public void Index_with_embedded_content_supplies_the_texts()
    {
        const string json = "{\"version\":2,\"generatedAt\":\"x\",\"documents\":[[\"/d\",\"Doc\",\"\",\"/d\",\"https://a/d\",\"d\"]],"
            + "\"chunks\":[[\"chunk-0\",0,\"\",[],2,0]],\"terms\":{\"doc\":[[0,1,0,1,0]],\"zebra\":[[0,0,0,1,0]]},\"averageChunkLength\":2,"
            + "\"content\":{\"version\":2,\"generatedAt\":\"x\",\"chunks\":[\"Doc\\n\\nA zebra.\"]}}";

        var result = Assert.Single(DocsSearch.FromJson(Encoding.UTF8.GetBytes(json), default).Search("zebra"));

        Assert.Equal("Doc\n\nA zebra.", result.Excerpt);
    }

    [Theory]
    [InlineData("", "is not valid JSON")]
    [InlineData("{\"version\":2,", "is not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"version\":1}", "only version 2")]
    [InlineData("{\"generatedAt\":\"x\"}", "\"version\" field is missing")]
    [InlineData("{\"version\":2,\"documents\":[[\"a\"]]}", "document 0 has 1 fields")]
    [InlineData("{\"version\":2,\"chunks\":[[\"c\",\"x\"]]}", "document index must be an integer")]
    [InlineData("{\"version\":2,\"terms\":{\"a\":[[0,1]]}}", "a posting has too few fields")]
    [InlineData("{\"version\":2,\"terms\":{\"a\":[[0,0,0,1,0]]},\"chunks\":[]}", "has a posting for chunk 0")]
    [InlineData("{\"version\":2,\"documents\":[], bad}", "is not valid JSON")]
    [InlineData("{\"version\":2} trailing", "is not valid JSON")]
    public void Malformed_index_json_is_a_format_error_naming_the_problem(string json, string expected)
    {
        var exception = Assert.Throws<SearchIndexFormatException>(() => DocsSearch.FromJson(Encoding.UTF8.GetBytes(json), default));

        Assert.Contains(expected, exception.Message);
    }

    [Fact]
    public void Malformed_content_json_is_a_format_error_naming_the_content_file()
    {
        var index = BuildIndex();

        var exception = Assert.Throws<SearchIndexFormatException>(() => DocsSearch.FromJson(SearchIndexJson.RenderIndex(index), Encoding.UTF8.GetBytes("{\"version\":2,\"chunks\":[1]}")));

        Assert.Contains("search-content.json", exception.Message);
        Assert.Contains("must be a string", exception.Message);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
