namespace Leadtype.Generators.Model;

/// <summary>
/// What the search index needs from one page, prepared in the per-page step so the site step only
/// merges: the converted Markdown body (the mirror without frontmatter, trimmed) and the page's
/// frontmatter <c>search:</c> switch.
/// </summary>
internal sealed record PageSearchModel(string Content, bool? Search);
