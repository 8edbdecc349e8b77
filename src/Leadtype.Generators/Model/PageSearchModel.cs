namespace Leadtype.Generators.Model;

/// <summary>
/// What the search index needs from one page, prepared in the per-page step so the site step only
/// merges: the converted Markdown body the index is built from.
/// </summary>
internal sealed record PageSearchModel(string Markdown);
