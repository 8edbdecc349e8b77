using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Search;

namespace Leadtype;

/// <summary>
/// Full-text search over the docs, in process: the index the build produced (the <c>search-index.json</c> /
/// <c>search-content.json</c> pair, or the compact form embedded in the assembly), queried with leadtype's
/// ranking. Immutable and thread-safe; create one and share it.
/// </summary>
/// <example>
/// <code>
/// var search = DocsSearch.FromDirectory("public/docs");
/// foreach (var hit in search.Search("install package"))
///     Console.WriteLine($"{hit.Title} {hit.AbsoluteUrlWithHash}");
/// </code>
/// </example>
public sealed class DocsSearch
{
    private readonly SearchEngine _engine;

    private DocsSearch(BinarySearchIndex index, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms)
    {
        _engine = new SearchEngine(index, synonyms is null ? SearchSynonyms.Default : new SearchSynonyms(synonyms));
    }

    public int DocumentCount => _engine.Index.DocumentCount;

    public int ChunkCount => _engine.Index.ChunkCount;

    /// <summary>The build timestamp recorded in the index.</summary>
    public string GeneratedAt => _engine.Index.GeneratedAt;

    /// <summary>
    /// Loads <c>search-index.json</c> and, if present, <c>search-content.json</c> from a generated docs folder
    /// (by default <c>public/docs</c>). Without the content file, excerpts fall back to titles and headings.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder has no <c>search-index.json</c>.</exception>
    /// <exception cref="SearchIndexFormatException">A file is not a valid v2 search file.</exception>
    public static DocsSearch FromDirectory(string directory, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null)
    {
        var indexPath = Path.Combine(directory, SearchIndexJson.IndexFileName);
        if (!File.Exists(indexPath))
        {
            throw new FileNotFoundException($"No search index at {indexPath}.", indexPath);
        }

        var contentPath = Path.Combine(directory, SearchIndexJson.ContentFileName);
        var content = File.Exists(contentPath) ? File.ReadAllBytes(contentPath) : null;
        return FromJson(File.ReadAllBytes(indexPath), content, synonyms);
    }

    /// <summary>Loads the two JSON files from streams (the content stream is optional).</summary>
    public static DocsSearch FromJson(Stream index, Stream? content = null, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null)
    {
        return FromJson(ReadAll(index), content is null ? null : ReadAll(content), synonyms);
    }

    /// <summary>Loads the two JSON files from their UTF-8 bytes (the content is optional).</summary>
    public static DocsSearch FromJson(ReadOnlySpan<byte> indexJson, ReadOnlySpan<byte> contentJson, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null)
    {
        var model = SearchIndexJsonReader.Read(indexJson, contentJson);

        // Queried in memory only, so the texts are compressed for speed rather than size.
        return new DocsSearch(BinarySearchIndex.Load(SearchIndexBinaryWriter.Write(model, System.IO.Compression.CompressionLevel.Fastest)), synonyms);
    }

    /// <summary>Opens the compact binary index in place (no copy); the memory must not change afterwards.</summary>
    public static DocsSearch FromBinary(ReadOnlyMemory<byte> binary, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null) =>
        new(BinarySearchIndex.Load(binary), synonyms);

    /// <summary>
    /// Opens the index the source generator embeds: its ASCII text (<c>b64:…</c> or <c>z85:…</c>, from a
    /// <c>"…"u8</c> literal), decoded once into a new buffer.
    /// </summary>
    public static DocsSearch FromEmbedded(ReadOnlySpan<byte> asciiIndex, IReadOnlyDictionary<string, IReadOnlyList<string>>? synonyms = null)
    {
        // Every byte is overwritten by the decoder, so the (large) buffer need not be zeroed first.
        var binary = GC.AllocateUninitializedArray<byte>(SearchIndexAscii.DecodedLength(asciiIndex));
        SearchIndexAscii.DecodeInto(asciiIndex, binary);
        return new DocsSearch(BinarySearchIndex.Load(binary), synonyms);
    }

    /// <summary>
    /// The best-matching chunks for <paramref name="query"/>, best first (several can come from one page).
    /// Empty for an empty or stopword-only query; never throws for any query text.
    /// </summary>
    public IReadOnlyList<SearchResult> Search(string query, int limit = SearchEngine.DefaultLimit) => _engine.Search(query, limit);

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
