using Leadtype.Collections;

namespace Leadtype.Config;

public enum FeedFormat
{
    Rss,
    Atom,
}

/// <summary>
/// A <c>feeds</c> entry: an RSS and/or Atom feed of the pages under <see cref="SourceUrlPrefix"/>
/// (<c>/</c> selects every page), newest first, at most <see cref="Limit"/> items.
/// </summary>
public sealed record FeedConfig(
    string Id,
    string Title,
    string? Description,
    string SourceUrlPrefix,
    EquatableArray<FeedFormat> Formats,
    string? RssOutput,
    string? AtomOutput,
    int Limit = 20,
    ConfigLocation Location = default);
