using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Collections;
using Leadtype.Conversion;
using Leadtype.Frontmatter;

namespace Leadtype.Model;

/// <summary>
/// Maps a converted page to the site model's input: the frontmatter values artifacts read
/// (config-cli §2.16) and the converted body and headings.
/// </summary>
public static class ConvertedPageInput
{
    /// <param name="page">The converted page.</param>
    /// <param name="lastModifiedFallback">A date for pages whose frontmatter has none (the pipeline's git or file date), or null.</param>
    /// <param name="sourceFile">The path diagnostics should name for this page (for example the path on disk).</param>
    public static SitePageInput From(ConvertedPage page, DateTimeOffset? lastModifiedFallback = null, string? sourceFile = null)
    {
        var data = page.Frontmatter.Data;
        var headings = new List<SiteHeading>(page.Headings.Count);
        foreach (var heading in page.Headings)
        {
            headings.Add(new SiteHeading(heading.Depth, heading.Text, heading.Slug));
        }

        return new SitePageInput(
            page.SourcePath,
            page.Title,
            page.Description,
            page.Body,
            headings.ToEquatableArray(),
            Groups(data["group"]),
            data["order"] is YamlNumber order ? order.Value : null,
            Date(data["date"]),
            Date(data["lastModified"]) ?? Date(data["last_updated"]) ?? Date(data["lastUpdated"]) ?? lastModifiedFallback,
            data["draft"] is YamlBoolean { Value: true },
            data["search"] is YamlBoolean search ? search.Value : null,
            SourceFile: sourceFile);
    }

    /// <summary>
    /// A frontmatter date: a YAML timestamp, or a string in ISO 8601 form. Date-times without an
    /// offset are read as UTC (the reference reads them in the machine's time zone, which makes
    /// output depend on where it runs). Anything else is no date.
    /// </summary>
    public static DateTimeOffset? Date(YamlValue? value)
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

    private static EquatableArray<string> Groups(YamlValue? value)
    {
        switch (value)
        {
            case YamlString single:
                return EquatableArray.Create(single.Value);
            case YamlSequence sequence:
                var groups = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item.AsString() is { } group)
                    {
                        groups.Add(group);
                    }
                }

                return groups.ToEquatableArray();
            default:
                return default;
        }
    }
}
