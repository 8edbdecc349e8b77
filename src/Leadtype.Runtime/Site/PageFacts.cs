using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;

namespace Leadtype.Site;

/// <summary>
/// The frontmatter values the site model reads (config-cli §2.16): <c>group</c>, <c>order</c>,
/// <c>date</c>, <c>lastModified</c> (or <c>last_updated</c> / <c>lastUpdated</c>), <c>draft</c> and
/// <c>search</c>, plus where <c>group:</c> is written so an unknown group points at it.
/// </summary>
internal static class PageFacts
{
    private static readonly string[] LastModifiedKeys = { "lastModified", "last_updated", "lastUpdated" };

    public static EquatableArray<string> Groups(YamlMap data)
    {
        var groups = new List<string>();
        switch (data["group"])
        {
            case YamlString single:
                groups.Add(single.Value);
                break;
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (item is YamlString text)
                    {
                        groups.Add(text.Value);
                    }
                }

                break;
        }

        return groups.ToEquatableArray();
    }

    public static double? Order(YamlMap data) =>
        data["order"] is YamlNumber number && !double.IsNaN(number.Value) && !double.IsInfinity(number.Value) ? number.Value : null;

    public static bool Draft(YamlMap data) => data["draft"] is YamlBoolean { Value: true };

    public static bool? Search(YamlMap data) => data["search"] is YamlBoolean flag ? flag.Value : null;

    public static DateTimeOffset? Date(YamlMap data) => ToDate(data["date"]);

    public static DateTimeOffset? LastModified(YamlMap data)
    {
        foreach (var key in LastModifiedKeys)
        {
            if (ToDate(data[key]) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Where a top-level <paramref name="key"/> is written in the page's frontmatter (line 1 is the opening fence); empty when absent.</summary>
    public static SourceSpan KeySpan(string text, string key)
    {
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (string.CompareOrdinal(text, offset, "---", 0, 3) != 0)
        {
            return default;
        }

        var line = 1;
        var position = offset;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            if (line > 1)
            {
                var length = end - position;
                if (length > 0 && text[end - 1] == '\r')
                {
                    length--;
                }

                if (length == 3 && string.CompareOrdinal(text, position, "---", 0, 3) == 0)
                {
                    return default;
                }

                if (length > key.Length && string.CompareOrdinal(text, position, key, 0, key.Length) == 0 && text[position + key.Length] == ':')
                {
                    return new SourceSpan(line, 1);
                }
            }

            line++;
            position = end + 1;
        }

        return default;
    }

    private static DateTimeOffset? ToDate(YamlValue? value)
    {
        switch (value)
        {
            case YamlDate date:
                return new DateTimeOffset(date.Utc, TimeSpan.Zero);
            case YamlString text when DateTimeOffset.TryParse(
                text.Value.Trim(),
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var parsed):
                return parsed;
            default:
                return null;
        }
    }
}
