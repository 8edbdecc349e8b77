using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>One block of <c>llms.sections</c>, rendered in array order after the llms.txt blockquote.</summary>
public abstract record LlmsBlock(ConfigLocation Location);

/// <summary><c>{"type": "markdown", "heading"?, "body"}</c>: verbatim Markdown under an optional H2.</summary>
public sealed record LlmsMarkdownBlock(string? Heading, string Body, ConfigLocation Location = default) : LlmsBlock(Location);

/// <summary><c>{"type": "links", "heading", "links": [...]}</c>: a curated link list; titles and descriptions fill in from the pages.</summary>
public sealed record LlmsLinksBlock(string Heading, EquatableArray<CuratedLink> Links, ConfigLocation Location = default) : LlmsBlock(Location);

/// <summary>A curated link: a root-relative page URL (<c>/docs/quickstart</c>) with optional title and description overrides.</summary>
public sealed record CuratedLink(string UrlPath, string? Title = null, string? Description = null, ConfigLocation Location = default);
