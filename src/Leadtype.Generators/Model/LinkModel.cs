namespace Leadtype.Generators.Model;

/// <summary>An outbound link of a page, checked against the site's routes and anchors in the site step.</summary>
internal sealed record LinkModel(string Url, SourceLocation Location);
