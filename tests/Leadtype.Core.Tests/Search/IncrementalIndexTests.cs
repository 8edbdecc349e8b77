using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>
/// The incremental index build (<see cref="SearchPagePreparer"/> per page, <see cref="SearchIndexMerger"/>
/// for the site) against the whole-site <see cref="SearchIndexBuilder.Build"/>: same JSON files, same
/// binary index, byte for byte.
/// </summary>
public sealed class IncrementalIndexTests
{
    [Fact]
    public void Merging_prepared_pages_gives_the_same_bytes_as_Build_on_the_leadtype_corpus()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);

        AssertSameIndex(SearchIndexBuilder.Build(docs, options), Merge(docs, options));
    }

    [Fact]
    public void Merging_prepared_pages_gives_the_same_bytes_as_Build_on_the_worked_example()
    {
        var input = SearchFixtures.ReadInput("worked-example");
        var options = new SearchIndexOptions(input.GeneratedAt);

        AssertSameIndex(SearchIndexBuilder.Build(input.Docs, options), Merge(input.Docs, options));
    }

    [Fact]
    public void Merging_prepared_pages_gives_the_same_bytes_as_Build_on_synthetic_sites()
    {
        Gen.Select(SyntheticSite, Gen.Int[1, 300], Gen.Int[-5, 200]).Sample((docs, maxChunk, overlap) =>
        {
            var options = new SearchIndexOptions("2026-01-01T00:00:00.000Z") { MaxChunkChars = maxChunk, OverlapChars = overlap };
            AssertSameIndex(SearchIndexBuilder.Build(docs, options), Merge(docs, options));
        }, iter: 300);
    }

    [Fact]
    public void Merged_index_ranks_queries_with_bit_identical_scores()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);
        var built = SearchTestIndex.Engine(SearchIndexBuilder.Build(docs, options));
        var merged = SearchTestIndex.Engine(Merge(docs, options));

        foreach (var query in new[] { "install", "search index", "navigation groups", "llms.txt", "mdx components", "base url" })
        {
            var expected = built.Search(query);
            var actual = merged.Search(query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(r => (r.Id, r.Score, r.Excerpt)), actual.Select(r => (r.Id, r.Score, r.Excerpt)));
        }
    }

    [Fact]
    public void Minimum_binary_length_never_exceeds_the_written_index()
    {
        Gen.Select(SyntheticSite, Gen.Int[20, 2000]).Sample((docs, maxChunk) =>
        {
            var options = new SearchIndexOptions("t") { MaxChunkChars = maxChunk };
            var prepared = Prepare(docs, options);
            var binary = SearchIndexBinaryWriter.Write(SearchIndexMerger.Merge(prepared, options));

            Assert.InRange(SearchIndexMerger.MinimumBinaryLength(prepared), 0, binary.Length);
        }, iter: 200);
    }

    [Fact]
    public void Minimum_binary_length_is_a_useful_share_of_a_real_index()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);
        var prepared = Prepare(docs, options);
        var binary = SearchIndexBinaryWriter.Write(SearchIndexMerger.Merge(prepared, options));

        var minimum = SearchIndexMerger.MinimumBinaryLength(prepared);
        Assert.InRange(minimum, binary.Length / 4, binary.Length);
    }

    [Fact]
    public void Preparing_the_same_page_twice_gives_equal_values_and_a_prose_change_does_not()
    {
        var page = SearchTestIndex.Page("install", "Install", "## Prerequisites\n\nA project.\n\n```bash\ndotnet add package Leadtype\n```\n", "Set it up.");
        var options = new SearchIndexOptions("t");

        var first = SearchPagePreparer.Prepare(page, options);
        var second = SearchPagePreparer.Prepare(page with { }, options);
        var edited = SearchPagePreparer.Prepare(page with { Content = page.Content + "\nOne more sentence.\n" }, options);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, edited);
        Assert.Equal(new[] { "prerequisites" }, first.Chunks.Select(c => c.Anchor).Distinct());
        Assert.Contains("dotnet add package Leadtype", first.Chunks[0].Part, StringComparison.Ordinal);
    }

    [Fact]
    public void Merging_a_page_prepared_with_another_title_is_refused()
    {
        var page = SearchTestIndex.Page("install", "Install", "Text.");
        var options = new SearchIndexOptions("t");
        var prepared = SearchPagePreparer.Prepare(page, options);

        var error = Assert.Throws<ArgumentException>(() => SearchIndexMerger.Merge(new[] { new PreparedSearchDocument(page with { Title = "Setup" }, prepared) }, options));
        Assert.Contains("/docs/install", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SearchIndexMerger.Merge(new[] { new PreparedSearchDocument(page, prepared) }, options with { MaxChunkChars = 50 }));
    }

    [Fact]
    public void Pages_left_out_of_search_are_left_out_of_the_merge_and_its_estimate()
    {
        var shown = SearchTestIndex.Page("a", "A", "Alpha text.");
        var hidden = SearchTestIndex.Page("shared/b", "B", "Beta text.");
        var options = new SearchIndexOptions("t");
        var prepared = Prepare(new[] { shown, hidden }, options);

        var index = SearchIndexMerger.Merge(prepared, options);

        Assert.Equal(new[] { "/docs/a" }, index.Documents.Select(d => d.Id));
        Assert.Equal(SearchIndexMerger.MinimumBinaryLength(prepared.Take(1)), SearchIndexMerger.MinimumBinaryLength(prepared));
    }

    private static SearchIndex Merge(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options) =>
        SearchIndexMerger.Merge(Prepare(docs, options), options);

    // The merge never reads Content, so it gets documents without it, as an incremental build has them.
    private static PreparedSearchDocument[] Prepare(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options) =>
        docs.Select(d => new PreparedSearchDocument(d with { Content = string.Empty }, SearchPagePreparer.Prepare(d, options))).ToArray();

    private static void AssertSameIndex(SearchIndex expected, SearchIndex actual)
    {
        Assert.Equal(SearchIndexJson.RenderIndex(expected), SearchIndexJson.RenderIndex(actual));
        Assert.Equal(SearchIndexJson.RenderContent(expected), SearchIndexJson.RenderContent(actual));
        Assert.Equal(SearchIndexBinaryWriter.Write(expected), SearchIndexBinaryWriter.Write(actual));
    }

    // Words that stress the index: stopwords, numbers (enumerated first by JavaScript), accents, CJK,
    // an astral character, words repeated across pages and fields.
    private static readonly string[] Words =
    {
        "install", "the", "a", "package", "Leadtype", "search", "index", "2024", "10", "0", "café", "naïve", "東京",
        "x", "config", "docs", "navigation", "`code`", "**bold**", "[link](/docs/a)", "dotnet", "build", "𝔘nicode", "é",
        "ΟΔΟΣ", "Σ", "ΣΑ", "İstanbul", "ﬁle", "e\u0301", "\u00A0", "don't", "\uD800", "\uDC00x",
    };

    private static readonly Gen<string> Sentence = Gen.OneOfConst(Words).Array[1, 30].Select(w => string.Join(" ", w) + ".");

    private static readonly Gen<string> Block = Gen.Frequency(
        (4, Sentence.Array[1, 12].Select(s => string.Join(" ", s))),
        (2, Gen.Select(Gen.Int[1, 4], Sentence).Select((level, text) => new string('#', level) + " " + text.TrimEnd('.'))),
        (1, Sentence.Array[1, 6].Select(lines => "```ts\n" + string.Join("\n", lines) + "\n```")),
        (1, Gen.Const(string.Empty)),
        (1, Sentence.Select(s => "- " + s + "\n- " + s)));

    private static readonly Gen<SearchDocument> Document =
        Gen.Select(Sentence, Gen.Int[0, 4], Block.Array[0, 14], Gen.OneOfConst<bool?>(null, null, null, true, false), Gen.Bool, Gen.Bool)
            .Select((title, descriptionKind, blocks, search, shared, withId) => new SearchDocument(
                descriptionKind == 4 ? " " : title.TrimEnd('.'),
                "/docs/p",
                "https://x.example/docs/p",
                shared ? "shared/p" : "p",
                string.Join("\n\n", blocks))
            {
                Description = descriptionKind switch { 0 => null, 1 => string.Empty, 4 => "  ", _ => title + " described" },
                Search = search,
                Id = withId ? "id" : null,
            });

    private static readonly Gen<SearchDocument[]> SyntheticSite = Document.Array[0, 8].Select(docs => docs
        .Select((d, i) => d with { UrlPath = d.UrlPath + i, RelativePath = d.RelativePath + i, Id = d.Id is null ? null : "id" + i, LogicalPath = i % 2 == 0 ? d.RelativePath + i : null })
        .ToArray());
}
