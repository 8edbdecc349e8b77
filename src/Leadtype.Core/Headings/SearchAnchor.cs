using System.Collections.Generic;

namespace Leadtype.Headings;

/// <summary>
/// The anchor a search chunk links to (§14.3): the slug of the last heading in the chunk's heading path,
/// without the per-page duplicate counter the TOC uses.
/// </summary>
public static class SearchAnchor
{
    /// <summary>The anchor id, or an empty string when the chunk sits before any heading.</summary>
    public static string For(IReadOnlyList<string> headingPath) =>
        headingPath.Count == 0 ? string.Empty : HeadingSlug.Slugify(headingPath[headingPath.Count - 1]);
}
