using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>
/// <see cref="CompactSearchIndex"/> writes the two search files straight from prepared pages: the bytes must
/// be those of <see cref="SearchIndexJson"/> rendering <see cref="SearchIndexBuilder.Build"/>'s index. And a
/// prepared page stored with <see cref="PreparedSearchPageFormat"/> restores to an equal page.
/// </summary>
public sealed class CompactSearchIndexTests
{
    [Fact]
    public void Streamed_search_files_equal_the_rendered_index_on_the_leadtype_corpus()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        AssertSameFiles(docs, new SearchIndexOptions(generatedAt));
    }

    [Fact]
    public void Streamed_search_files_equal_the_rendered_index_on_the_worked_example()
    {
        var input = SearchFixtures.ReadInput("worked-example");
        AssertSameFiles(input.Docs, new SearchIndexOptions(input.GeneratedAt));
    }

    [Fact]
    public void Streamed_search_files_equal_the_rendered_index_on_synthetic_sites()
    {
        Gen.Select(SyntheticSite, Gen.Int[1, 300], Gen.Int[-5, 200]).Sample((docs, maxChunk, overlap) =>
        {
            AssertSameFiles(docs, new SearchIndexOptions("2026-01-01T00:00:00.000Z") { MaxChunkChars = maxChunk, OverlapChars = overlap });
        }, iter: 300);
    }

    [Fact]
    public void The_binary_form_written_from_the_merge_equals_the_built_index_s_on_the_leadtype_corpus()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);

        var compact = CompactSearchIndex.Merge(Prepare(docs, options), options);

        // Chunk texts included: the same bytes as from the SearchIndex object graph.
        Assert.Equal(SearchIndexBinaryWriter.Write(SearchIndexBuilder.Build(docs, options)), SearchIndexBinaryWriter.Write(compact));
    }

    [Fact]
    public void The_binary_form_written_from_the_merge_equals_the_built_index_s_on_synthetic_sites()
    {
        Gen.Select(SyntheticSite, Gen.Int[1, 300], Gen.Int[-5, 200]).Sample((docs, maxChunk, overlap) =>
        {
            var options = new SearchIndexOptions("2026-01-01T00:00:00.000Z") { MaxChunkChars = maxChunk, OverlapChars = overlap };
            var compact = CompactSearchIndex.Merge(Prepare(docs, options), options);
            Assert.Equal(SearchIndexBinaryWriter.Write(SearchIndexBuilder.Build(docs, options)), SearchIndexBinaryWriter.Write(compact));
        }, iter: 100);
    }

    [Fact]
    public void Counts_describe_the_merged_index()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);
        var expected = SearchIndexBuilder.Build(docs, options);

        var compact = CompactSearchIndex.Merge(Prepare(docs, options), options);

        Assert.Equal((expected.Documents.Count, expected.Chunks.Count, expected.Terms.Count), (compact.DocumentCount, compact.ChunkCount, compact.TermCount));
    }

    [Fact]
    public void A_page_prepared_with_another_title_is_refused()
    {
        var page = SearchTestIndex.Page("install", "Install", "Text.");
        var options = new SearchIndexOptions("t");
        var prepared = SearchPagePreparer.Prepare(page, options);

        var error = Assert.Throws<ArgumentException>(() => CompactSearchIndex.Merge(new[] { new PreparedSearchDocument(page with { Title = "Setup" }, prepared) }, options));
        Assert.Contains("/docs/install", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_prepared_page_restores_to_an_equal_page_that_merges_to_the_same_files()
    {
        AssertRestoredPagesMergeToTheSameFiles(Restore);
    }

    [Fact]
    public void Pages_restored_from_escaped_chunk_texts_merge_to_the_same_files_and_equal_the_originals()
    {
        var (prepared, restored) = AssertRestoredPagesMergeToTheSameFiles(RestoreEscaped);

        // The texts decode back when something asks for them as strings.
        Assert.Equal(prepared.SelectMany(p => p.Page.Chunks).Select(c => c.Part), restored.SelectMany(p => p.Page.Chunks).Select(c => c.Part));
    }

    [Fact]
    public void Pages_restored_with_term_numbers_of_shared_tables_merge_to_the_same_files()
    {
        Gen.Select(SyntheticSite, Gen.Int[0, 3]).Sample((docs, layout) =>
        {
            var options = new SearchIndexOptions("2026-01-01T00:00:00.000Z");
            var prepared = Prepare(docs, options);
            var expected = Write(CompactSearchIndex.Merge(prepared, options));

            // One table for all pages (as a cache gives); a second table for every other page; strings repeated in a
            // table; or every third page prepared fresh: the merge finds each term by number or by text alike.
            var tables = new[] { new List<string>(), new List<string> { "unused", "the" } };
            var numbered = new (int Table, int[] Numbers)?[prepared.Length];
            for (var i = 0; i < prepared.Length; i++)
            {
                if (layout == 3 && i % 3 == 0)
                {
                    continue;
                }

                var which = layout == 1 && i % 2 == 1 ? 1 : 0;
                var table = tables[which];
                var numbers = PreparedSearchPageFormat.Terms(prepared[i].Page).Select(term =>
                {
                    var at = layout == 2 && i % 2 == 1 ? -1 : table.IndexOf(term);
                    if (at < 0)
                    {
                        table.Add(term);
                        at = table.Count - 1;
                    }

                    return at;
                }).ToArray();
                numbered[i] = (which, numbers);
            }

            var arrays = tables.Select(t => t.ToArray()).ToArray();
            var restored = prepared.Select((d, i) => numbered[i] is { } n ? new PreparedSearchDocument(d.Document, RestoreNumbered(d.Page, arrays[n.Table], n.Numbers)) : d).ToArray();
            var actual = Write(CompactSearchIndex.Merge(restored, options));
            Assert.Equal(expected.Index, actual.Index);
            Assert.Equal(expected.Content, actual.Content);
        }, iter: 100);
    }

    [Fact]
    public void A_term_merge_is_reused_only_for_the_very_pages_it_was_merged_from()
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);
        var prepared = Prepare(docs, options);
        var terms = SearchTermMerge.Merge(prepared.Select(p => p.Page).ToArray());
        var expected = Write(CompactSearchIndex.Merge(prepared, options));

        Assert.True(terms.IsFor(prepared.Select(p => p.Page).ToArray()));
        Assert.Equal(expected, Write(CompactSearchIndex.Merge(prepared, options, terms)), new BytesComparer());

        // An equal page that is another object, or one page fewer: merged again, same files as a fresh merge.
        var copy = prepared.Select(p => new PreparedSearchDocument(p.Document, Restore(p.Page))).ToArray();
        Assert.False(terms.IsFor(copy.Select(p => p.Page).ToArray()));
        Assert.Equal(expected, Write(CompactSearchIndex.Merge(copy, options, terms)), new BytesComparer());
        var fewer = prepared.Skip(1).ToArray();
        Assert.Equal(Write(CompactSearchIndex.Merge(fewer, options)), Write(CompactSearchIndex.Merge(fewer, options, terms)), new BytesComparer());
    }

    [Fact]
    public void Stored_postings_that_refer_to_a_missing_term_or_stop_short_are_refused()
    {
        var page = SearchPagePreparer.Prepare(SearchTestIndex.Page("a", "Alpha", "Alpha beta gamma."), new SearchIndexOptions("t"));
        var chunk = page.Chunks[0];
        var postings = PreparedSearchPageFormat.Postings(chunk).ToArray();
        var terms = PreparedSearchPageFormat.Terms(page).Count;

        Assert.Throws<SearchIndexFormatException>(() => PreparedSearchPageFormat.RestoreChunk(new string?[0], chunk.Anchor, chunk.Part, chunk.Length, postings, terms - 1));
        Assert.Throws<SearchIndexFormatException>(() => PreparedSearchPageFormat.RestoreChunk(new string?[0], chunk.Anchor, chunk.Part, chunk.Length, postings.Take(postings.Length - 1).ToArray(), terms));
    }

    private static void AssertSameFiles(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options)
    {
        var index = SearchIndexBuilder.Build(docs, options);
        var compact = CompactSearchIndex.Merge(Prepare(docs, options), options);
        var (indexBytes, contentBytes) = Write(compact);

        Assert.Equal(SearchIndexJson.RenderIndex(index), indexBytes);
        Assert.Equal(SearchIndexJson.RenderContent(index), contentBytes);
    }

    private static (byte[] Index, byte[] Content) Write(CompactSearchIndex compact)
    {
        using var index = new MemoryStream();
        using var content = new MemoryStream();
        Assert.Equal(compact.WriteIndex(index), index.Length);
        Assert.Equal(compact.WriteContent(content), content.Length);
        return (index.ToArray(), content.ToArray());
    }

    // Restores every page of the leadtype corpus: each equals its original (both ways, with the same sizes and
    // posting counts), and the restored pages merge to the same two files.
    private static (PreparedSearchDocument[] Prepared, PreparedSearchDocument[] Restored) AssertRestoredPagesMergeToTheSameFiles(Func<PreparedSearchPage, PreparedSearchPage> restore)
    {
        var (generatedAt, docs) = SearchFixtures.LeadtypeCorpusDocuments();
        var options = new SearchIndexOptions(generatedAt);
        var prepared = Prepare(docs, options);
        var restored = prepared.Select(p => new PreparedSearchDocument(p.Document, restore(p.Page))).ToArray();

        for (var i = 0; i < prepared.Length; i++)
        {
            Assert.Equal(prepared[i].Page, restored[i].Page);
            Assert.Equal(restored[i].Page, prepared[i].Page);
            Assert.Equal(prepared[i].Page.MinimumBinaryBytes, restored[i].Page.MinimumBinaryBytes);
            Assert.Equal(prepared[i].Page.Chunks.Select(c => c.PostingCount), restored[i].Page.Chunks.Select(c => c.PostingCount));
        }

        var (index, content) = Write(CompactSearchIndex.Merge(prepared, options));
        var (restoredIndex, restoredContent) = Write(CompactSearchIndex.Merge(restored, options));
        Assert.Equal(index, restoredIndex);
        Assert.Equal(content, restoredContent);
        return (prepared, restored);
    }

    private static PreparedSearchPage Restore(PreparedSearchPage page)
    {
        var terms = PreparedSearchPageFormat.Terms(page).ToArray();
        var chunks = page.Chunks
            .Select(c => PreparedSearchPageFormat.RestoreChunk(c.HeadingPath.ToArray(), c.Anchor, c.Part, c.Length, PreparedSearchPageFormat.Postings(c).ToArray(), terms.Length))
            .ToArray();
        return PreparedSearchPageFormat.RestorePage(page.Title, page.Description, page.MaxChunkChars, page.OverlapChars, terms, chunks);
    }

    private static PreparedSearchPage RestoreNumbered(PreparedSearchPage page, string[] table, int[] numbers)
    {
        var chunks = page.Chunks
            .Select(c => PreparedSearchPageFormat.RestoreChunk(c.HeadingPath.ToArray(), c.Anchor, c.EscapedPart.ToArray(), c.Length, PreparedSearchPageFormat.Postings(c).ToArray(), numbers.Length))
            .ToArray();
        return PreparedSearchPageFormat.RestorePage(page.Title, page.Description, page.MaxChunkChars, page.OverlapChars, table, numbers, chunks);
    }

    private sealed class BytesComparer : IEqualityComparer<(byte[] Index, byte[] Content)>
    {
        public bool Equals((byte[] Index, byte[] Content) x, (byte[] Index, byte[] Content) y) => x.Index.AsSpan().SequenceEqual(y.Index) && x.Content.AsSpan().SequenceEqual(y.Content);

        public int GetHashCode((byte[] Index, byte[] Content) obj) => obj.Index.Length;
    }

    private static PreparedSearchPage RestoreEscaped(PreparedSearchPage page)
    {
        var terms = PreparedSearchPageFormat.Terms(page).ToArray();
        var chunks = page.Chunks
            .Select(c => PreparedSearchPageFormat.RestoreChunk(c.HeadingPath.ToArray(), c.Anchor, c.EscapedPart.ToArray(), c.Length, PreparedSearchPageFormat.Postings(c).ToArray(), terms.Length))
            .ToArray();
        return PreparedSearchPageFormat.RestorePage(page.Title, page.Description, page.MaxChunkChars, page.OverlapChars, terms, chunks);
    }

    // The merge never reads Content, so it gets documents without it, as an incremental build has them.
    private static PreparedSearchDocument[] Prepare(IReadOnlyList<SearchDocument> docs, SearchIndexOptions options) =>
        docs.Select(d => new PreparedSearchDocument(d with { Content = string.Empty }, SearchPagePreparer.Prepare(d, options))).ToArray();

    private static readonly string[] Words =
    {
        "install", "the", "package", "Leadtype", "search", "2024", "10", "0", "café", "東京", "x", "\"quoted\"", "back\\slash", "𝔘nicode", "tab\tbed",
    };

    private static readonly Gen<string> Sentence = Gen.OneOfConst(Words).Array[1, 30].Select(w => string.Join(" ", w) + ".");

    private static readonly Gen<string> Block = Gen.Frequency(
        (4, Sentence.Array[1, 12].Select(s => string.Join(" ", s))),
        (2, Gen.Select(Gen.Int[1, 4], Sentence).Select((level, text) => new string('#', level) + " " + text.TrimEnd('.'))),
        (1, Sentence.Array[1, 6].Select(lines => "```ts\n" + string.Join("\n", lines) + "\n```")),
        (1, Gen.Const(string.Empty)));

    private static readonly Gen<SearchDocument[]> SyntheticSite =
        Gen.Select(Sentence, Gen.Int[0, 2], Block.Array[0, 14], Gen.OneOfConst<bool?>(null, null, true, false), Gen.Bool)
            .Select((title, descriptionKind, blocks, search, shared) => new SearchDocument(
                title.TrimEnd('.'),
                "/docs/p",
                "https://x.example/docs/p",
                shared ? "shared/p" : "p",
                string.Join("\n\n", blocks))
            {
                Description = descriptionKind switch { 0 => null, 1 => string.Empty, _ => title + " described" },
                Search = search,
            })
            .Array[0, 8]
            .Select(docs => docs.Select((d, i) => d with { UrlPath = d.UrlPath + i, RelativePath = d.RelativePath + i, Id = i % 3 == 0 ? null : "id" + i, LogicalPath = i % 2 == 0 ? d.RelativePath + i : null }).ToArray());
}
