using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>
/// Results parity with the reference implementation: same chunks, same order, bit-identical scores and the
/// same excerpts. Expected files were produced by running the reference algorithm on the same input.
/// </summary>
public sealed class ReferenceParityTests
{
    [Fact]
    public void Worked_example_queries_rank_and_score_exactly_like_the_reference()
    {
        var input = SearchFixtures.ReadInput("worked-example");
        var engine = new SearchEngine(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(SearchIndexBuilder.Build(input.Docs, new SearchIndexOptions(input.GeneratedAt)))));
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SearchFixtures.Folder("worked-example"), "results.json")));

        var queries = expected.RootElement.EnumerateArray().ToArray();
        Assert.Equal(input.Queries.Count, queries.Length);
        for (var i = 0; i < queries.Length; i++)
        {
            var actual = engine.Search(input.Queries[i].Query, input.Queries[i].Limit);
            AssertSameResults(input.Queries[i].Query, queries[i].GetProperty("results"), actual, allExcerpts: true);
        }
    }

    [Fact]
    public void Install_query_on_the_worked_example_scores_the_install_section_first()
    {
        var input = SearchFixtures.ReadInput("worked-example");
        var engine = new SearchEngine(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(SearchIndexBuilder.Build(input.Docs, new SearchIndexOptions(input.GeneratedAt)))));

        var results = engine.Search("install");

        Assert.Equal(new[] { "chunk-5", "chunk-4", "chunk-6" }, results.Select(r => r.Id).ToArray());
        Assert.Equal(1.4641774538684018, results[0].Score);
        Assert.Equal(1.265177642438838, results[1].Score);
        Assert.Equal(0.9965440334278518, results[2].Score);
    }

    [Fact]
    public void Real_docs_corpus_produces_the_reference_index_files_and_rankings()
    {
        var folder = SearchFixtures.Folder("leadtype-corpus");
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var index = SearchIndexBuilder.Build(docs, new SearchIndexOptions(generatedAt));
        var hashes = File.ReadAllLines(Path.Combine(folder, "expected-hashes.txt")).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(hashes["search-index.json"], Sha256(SearchIndexJson.RenderIndex(index)));
        Assert.Equal(hashes["search-content.json"], Sha256(SearchIndexJson.RenderContent(index)));

        var engine = new SearchEngine(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(index)));
        using var expected = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "expected-results.json")));
        foreach (var query in expected.RootElement.EnumerateArray())
        {
            var text = query.GetProperty("query").GetString()!;
            AssertSameResults(text, query.GetProperty("results"), engine.Search(text), allExcerpts: false);
        }
    }

    private static void AssertSameResults(string query, JsonElement expected, IReadOnlyList<SearchResult> actual, bool allExcerpts)
    {
        var expectedResults = expected.EnumerateArray().ToArray();
        Assert.True(expectedResults.Length == actual.Count, $"`{query}`: expected {expectedResults.Length} results, got {actual.Count}");
        for (var i = 0; i < expectedResults.Length; i++)
        {
            var e = expectedResults[i];
            var a = actual[i];
            Assert.True(e.GetProperty("id").GetString() == a.Id, $"`{query}` #{i}: expected {e.GetProperty("id").GetString()}, got {a.Id}");
            Assert.True(e.GetProperty("score").GetDouble() == a.Score, $"`{query}` #{i}: expected score {e.GetProperty("score").GetDouble():R}, got {a.Score:R}");
            Assert.Equal(e.GetProperty("anchor").GetString(), a.Anchor);
            if (allExcerpts || e.TryGetProperty("excerpt", out _))
            {
                Assert.Equal(e.GetProperty("excerpt").GetString(), a.Excerpt);
            }
        }
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
