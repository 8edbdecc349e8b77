namespace Leadtype.Search;

/// <summary>
/// One page as the search index sees it (the reference's search input document, artifacts reference §3.5.2).
/// The generate pipeline maps each converted page to one of these:
/// <list type="bullet">
/// <item><see cref="Title"/> — frontmatter title, else the titleized file name;</item>
/// <item><see cref="Description"/> — the frontmatter description with white space collapsed;</item>
/// <item><see cref="UrlPath"/> — the page URL (<c>/docs/guides/install</c>); <see cref="Id"/> is set to it too;</item>
/// <item><see cref="AbsoluteUrl"/> — base URL + <see cref="UrlPath"/>;</item>
/// <item><see cref="RelativePath"/> — the mirror's path under <c>docs/</c> without <c>.md</c> (<c>guides/install</c>);</item>
/// <item><see cref="Content"/> — the converted Markdown body (the <c>.md</c> mirror without frontmatter, trimmed);</item>
/// <item><see cref="Search"/> — the frontmatter <c>search:</c> boolean, if the page has one;</item>
/// <item><see cref="LogicalPath"/> — the relative path without extension (the CLI always sets it, which makes
/// every document entry in <c>search-index.json</c> ten elements long).</item>
/// </list>
/// Pages are passed in the order the reference enumerates them: sorted by path.
/// </summary>
public sealed record SearchDocument(string Title, string UrlPath, string AbsoluteUrl, string RelativePath, string Content)
{
    /// <summary>The document id; <c>doc-&lt;n&gt;</c> when not set.</summary>
    public string? Id { get; init; }

    public string? Description { get; init; }

    /// <summary>Frontmatter <c>search: true|false</c>; when unset, pages under a <c>shared</c> or <c>_shared</c> segment are left out.</summary>
    public bool? Search { get; init; }

    public string? Locale { get; init; }

    public string? SourceLocale { get; init; }

    public bool? IsFallback { get; init; }

    public string? LogicalPath { get; init; }
}
