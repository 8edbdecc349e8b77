using System;

namespace Leadtype;

/// <summary>
/// A heading of a docs page: the anchor a deep link points at. The source generator exposes every
/// heading as a typed member of its page, so a renamed heading breaks the build instead of a link.
/// </summary>
public sealed class DocHeading
{
    public DocHeading(string id, string text, int level, string pageUrl)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Level = level;
        PageUrl = pageUrl ?? throw new ArgumentNullException(nameof(pageUrl));
        Url = pageUrl + "#" + id;
    }

    /// <summary>The anchor slug, without <c>#</c> (<c>prerequisites</c>).</summary>
    public string Id { get; }

    /// <summary>The heading text as the reader sees it.</summary>
    public string Text { get; }

    /// <summary>1 for <c>#</c> … 6 for <c>######</c>.</summary>
    public int Level { get; }

    /// <summary>Route URL of the page the heading belongs to (<c>/docs/guides/install</c>).</summary>
    public string PageUrl { get; }

    /// <summary>Deep link: the page URL plus the anchor (<c>/docs/guides/install#prerequisites</c>).</summary>
    public string Url { get; }

    public override string ToString() => Url;
}
