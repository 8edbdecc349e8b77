using System.Collections.Generic;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>Builds small indexes for tests: pages in, query engine out.</summary>
internal static class SearchTestIndex
{
    public const string GeneratedAt = "2026-01-01T00:00:00.000Z";

    public static SearchDocument Page(string slug, string title, string content, string? description = null) =>
        new(title, "/docs/" + slug, "https://acme.example/docs/" + slug, slug, content)
        {
            Id = "/docs/" + slug,
            Description = description,
            LogicalPath = slug,
        };

    public static SearchIndex Build(params SearchDocument[] pages) =>
        SearchIndexBuilder.Build(pages, new SearchIndexOptions(GeneratedAt));

    public static SearchEngine Engine(SearchIndex index, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null) =>
        new(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(index)), new SearchSynonyms(synonyms));

    public static SearchEngine Engine(params SearchDocument[] pages) => Engine(Build(pages));
}
