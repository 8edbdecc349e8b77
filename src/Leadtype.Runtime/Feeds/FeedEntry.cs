using System;

namespace Leadtype.Feeds;

/// <summary>One page in a feed: its absolute URL (also its id), title, summary and dates.</summary>
/// <param name="PublishedAt">Frontmatter <c>date</c>, else the page's <c>lastModified</c>.</param>
/// <param name="UpdatedAt">The page's <c>lastModified</c>, else its <c>date</c>.</param>
public sealed record FeedEntry(string Url, string UrlPath, string Title, string Summary, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);
