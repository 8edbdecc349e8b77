using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// The search index in memory: what <c>search-index.json</c> and <c>search-content.json</c> hold, and what
/// the compact binary form is written from. Built by <see cref="SearchIndexBuilder"/> or read back from
/// the JSON files; queried through <see cref="BinarySearchIndex"/> and <see cref="SearchEngine"/>.
/// </summary>
public sealed class SearchIndex
{
    public const int FormatVersion = 2;

    public SearchIndex(
        string generatedAt,
        IReadOnlyList<SearchIndexDocument> documents,
        IReadOnlyList<SearchIndexChunk> chunks,
        IReadOnlyList<SearchIndexTerm> terms,
        double averageChunkLength,
        IReadOnlyList<string>? content)
    {
        GeneratedAt = generatedAt;
        Documents = documents;
        Chunks = chunks;
        Terms = terms;
        AverageChunkLength = averageChunkLength;
        Content = content;
    }

    /// <summary>The run's reproducible timestamp (ISO 8601, as JavaScript's <c>toISOString</c> writes it).</summary>
    public string GeneratedAt { get; }

    public IReadOnlyList<SearchIndexDocument> Documents { get; }

    public IReadOnlyList<SearchIndexChunk> Chunks { get; }

    /// <summary>Terms in the order JavaScript enumerates the <c>terms</c> object (see <see cref="JsPropertyOrder"/>).</summary>
    public IReadOnlyList<SearchIndexTerm> Terms { get; }

    public double AverageChunkLength { get; }

    /// <summary>Chunk texts (<c>search-content.json</c>), indexed by <see cref="SearchIndexChunk.ContentIndex"/>; null when absent.</summary>
    public IReadOnlyList<string>? Content { get; }

    /// <summary>
    /// Puts terms read from a JSON file (in file order) into the order JavaScript enumerates the parsed
    /// <c>terms</c> object: array-index keys such as <c>2024</c> first, ascending, then the rest in file order; a
    /// repeated key keeps its first position and its last value, as <c>JSON.parse</c> does.
    /// </summary>
    public static IReadOnlyList<SearchIndexTerm> TermsInEnumerationOrder(IReadOnlyList<SearchIndexTerm> termsInFileOrder)
    {
        var positions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var unique = new List<SearchIndexTerm>(termsInFileOrder.Count);
        foreach (var term in termsInFileOrder)
        {
            if (positions.TryGetValue(term.Term, out var position))
            {
                unique[position] = term;
            }
            else
            {
                positions.Add(term.Term, unique.Count);
                unique.Add(term);
            }
        }

        var names = new string[unique.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = unique[i].Term;
        }

        var order = JsPropertyOrder.Order(names);
        var result = new SearchIndexTerm[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = unique[order[i]];
        }

        return result;
    }

    /// <summary>The text of a chunk, or "" when there is no content store (the reference's fallback).</summary>
    public string ChunkText(int chunkIndex)
    {
        var contentIndex = Chunks[chunkIndex].ContentIndex;
        return Content is not null && contentIndex >= 0 && contentIndex < Content.Count ? Content[contentIndex] : string.Empty;
    }
}

/// <summary>One entry of <c>documents</c>: six fields, or ten when any locale field is set.</summary>
public sealed record SearchIndexDocument(string Id, string Title, string Description, string UrlPath, string AbsoluteUrl, string RelativePath)
{
    /// <summary>Whether the entry carries the four locale fields (written as ten elements, unset ones as null).</summary>
    public bool HasLocaleFields { get; init; }

    public string? Locale { get; init; }

    public string? SourceLocale { get; init; }

    public bool? IsFallback { get; init; }

    public string? LogicalPath { get; init; }
}

/// <summary>One entry of <c>chunks</c>: <c>[id, documentIndex, anchor, headingPath, length, contentIndex]</c>.</summary>
/// <param name="HeadingPath">Heading texts; <see langword="null"/> marks a skipped heading level.</param>
/// <param name="Length">Number of tokens in the chunk text.</param>
public sealed record SearchIndexChunk(string Id, int DocumentIndex, string Anchor, IReadOnlyList<string?> HeadingPath, int Length, int ContentIndex);

/// <summary>A term and its postings, in ascending chunk order.</summary>
public sealed record SearchIndexTerm(string Term, IReadOnlyList<SearchPosting> Postings);

/// <summary>How often a term occurs in one chunk, per field: <c>[chunkIndex, title, heading, body, code]</c>.</summary>
public readonly record struct SearchPosting(int ChunkIndex, int Title, int Heading, int Body, int Code);
