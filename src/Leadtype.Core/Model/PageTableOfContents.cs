using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Navigation;

namespace Leadtype.Model;

/// <summary>
/// A page's table of contents for navigation and the manifest: its h2–h3 headings nested by level
/// (artifacts §2.7.3). Built from the headings the converter already found, so a site of thousands
/// of pages is not re-scanned; the Markdown is scanned only when no headings were supplied.
/// </summary>
public static class PageTableOfContents
{
    public const int MinLevel = 2;
    public const int MaxLevel = 3;

    public static EquatableArray<TocItem> For(SitePage page, string baseUrl)
    {
        var absolute = DocsUrl.ToAbsoluteUrl(page.UrlPath, baseUrl);
        if (page.Headings.IsEmpty)
        {
            // Pages built without the converter's headings: scan the Markdown with the same slug rules.
            return FromScan(Headings.TableOfContents.Extract(page.Body, page.UrlPath, absolute, MinLevel, MaxLevel));
        }

        var index = 0;
        return Nest(page, absolute, ref index, 0);
    }

    private static EquatableArray<TocItem> FromScan(IReadOnlyList<Headings.TocItem> items)
    {
        if (items.Count == 0)
        {
            return default;
        }

        var result = new List<TocItem>(items.Count);
        foreach (var item in items)
        {
            result.Add(new TocItem(item.Id, item.Title, item.Level, item.UrlPath, item.UrlWithHash, item.AbsoluteUrlWithHash ?? item.UrlWithHash, FromScan(item.Children)));
        }

        return result.ToEquatableArray();
    }

    private static EquatableArray<TocItem> Nest(SitePage page, string absoluteUrl, ref int index, int parentLevel)
    {
        List<TocItem>? items = null;
        var headings = page.Headings;
        while (index < headings.Count)
        {
            var heading = headings[index];
            if (heading.Level < MinLevel || heading.Level > MaxLevel || heading.Id.Length == 0 || heading.Text.Length == 0)
            {
                index++;
                continue;
            }

            if (heading.Level <= parentLevel)
            {
                break;
            }

            index++;
            var children = Nest(page, absoluteUrl, ref index, heading.Level);
            (items ??= new List<TocItem>()).Add(new TocItem(
                heading.Id, heading.Text, heading.Level, page.UrlPath, page.UrlPath + "#" + heading.Id, absoluteUrl + "#" + heading.Id, children));
        }

        return items is null ? default : items.ToEquatableArray();
    }
}
