namespace Leadtype.Generators.Site;

/// <summary>A page's place in the site: route URL and Markdown mirror URL.</summary>
internal sealed record PageRoute(string Url, string MarkdownUrl);
