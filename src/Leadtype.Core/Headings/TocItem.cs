using System;
using System.Collections.Generic;

namespace Leadtype.Headings;

/// <summary>
/// One table-of-contents entry (§14.2): a heading of the page with its anchor id and URLs, and the
/// headings nested under it. Value-equatable so page models that carry a TOC cache in the generator.
/// </summary>
public sealed class TocItem : IEquatable<TocItem>
{
    public TocItem(string id, string title, int level, string urlPath, string? absoluteUrl, IReadOnlyList<TocItem> children)
    {
        Id = id;
        Title = title;
        Level = level;
        UrlPath = urlPath;
        AbsoluteUrlWithHash = absoluteUrl is null ? null : absoluteUrl + "#" + id;
        Children = children;
    }

    public string Id { get; }

    public string Title { get; }

    public int Level { get; }

    public string UrlPath { get; }

    public string UrlWithHash => UrlPath + "#" + Id;

    /// <summary>The absolute URL with the anchor, when the page's absolute URL is known.</summary>
    public string? AbsoluteUrlWithHash { get; }

    public IReadOnlyList<TocItem> Children { get; }

    public bool Equals(TocItem? other)
    {
        if (other is null || other.Level != Level || other.Children.Count != Children.Count ||
            !string.Equals(other.Id, Id, StringComparison.Ordinal) ||
            !string.Equals(other.Title, Title, StringComparison.Ordinal) ||
            !string.Equals(other.UrlPath, UrlPath, StringComparison.Ordinal) ||
            !string.Equals(other.AbsoluteUrlWithHash, AbsoluteUrlWithHash, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 0; i < Children.Count; i++)
        {
            if (!Children[i].Equals(other.Children[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is TocItem other && Equals(other);

    public override int GetHashCode()
    {
        var hash = StringComparer.Ordinal.GetHashCode(Id);
        hash = unchecked((hash * 31) + Level);
        foreach (var child in Children)
        {
            hash = unchecked((hash * 31) + child.GetHashCode());
        }

        return hash;
    }

    public override string ToString() => Title + " #" + Id;
}
