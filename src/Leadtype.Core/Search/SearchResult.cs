using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// One ranked hit: a chunk of a page (several results can share a page), with the fields of the
/// reference's result object.
/// </summary>
/// <param name="Id">The chunk id (<c>chunk-12</c>).</param>
/// <param name="DocumentId">The page's document id (its URL path for generated indexes).</param>
/// <param name="UrlWithHash"><see cref="UrlPath"/> plus <c>#anchor</c> when the chunk has an anchor.</param>
/// <param name="AbsoluteUrlWithHash"><see cref="AbsoluteUrl"/> plus <c>#anchor</c> when the chunk has an anchor.</param>
/// <param name="HeadingPath">Headings above the chunk; <see langword="null"/> marks a level the page skipped.</param>
/// <param name="Excerpt">Up to 240 characters of the chunk around the first matching term (no markup).</param>
/// <param name="Score">BM25 score plus phrase/proximity boost; higher is better.</param>
public sealed record SearchResult(
    string Id,
    string DocumentId,
    string Title,
    string Description,
    string UrlPath,
    string UrlWithHash,
    string AbsoluteUrl,
    string AbsoluteUrlWithHash,
    string RelativePath,
    string Anchor,
    IReadOnlyList<string?> HeadingPath,
    string Excerpt,
    double Score);
