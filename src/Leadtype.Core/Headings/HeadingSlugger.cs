using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Headings;

/// <summary>
/// Gives each heading of one page its anchor id (§14.2): the slug, then <c>slug-1</c>, <c>slug-2</c>, … for
/// repeats, counted across all levels. As in the original, collisions with a heading literally named
/// <c>install-1</c> are not checked, and empty slugs are counted too (<c>""</c>, <c>"-1"</c>).
/// </summary>
public sealed class HeadingSlugger
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public string Next(string title)
    {
        var slug = HeadingSlug.Slugify(title);
        if (_counts.TryGetValue(slug, out var count))
        {
            _counts[slug] = count + 1;
            return slug + "-" + count.ToString(CultureInfo.InvariantCulture);
        }

        _counts[slug] = 1;
        return slug;
    }
}
