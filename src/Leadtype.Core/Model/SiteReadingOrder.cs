using System;
using System.Collections.Generic;
using Leadtype.Navigation;

namespace Leadtype.Model;

/// <summary>
/// The order a reader meets the pages: the navigation's reading order (groups depth-first, then
/// the ungrouped pages, each page once), then any page the navigation does not reach, in
/// <see cref="DocsSite.Pages"/> order. llms-full.txt, the manifest, sitemap.xml and the NLWeb feed
/// list pages in this order (artifacts §3.4, §3.6).
/// </summary>
public static class SiteReadingOrder
{
    public static IReadOnlyList<SitePage> Of(DocsSite site)
    {
        var index = SitePageIndex.For(site);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<SitePage>(site.Pages.Count);
        foreach (var view in site.Navigation.PagesInReadingOrder())
        {
            if (index.TryGet(view.UrlPath, out var page) && seen.Add(page.UrlPath))
            {
                order.Add(page);
            }
        }

        foreach (var page in site.Pages)
        {
            if (seen.Add(page.UrlPath))
            {
                order.Add(page);
            }
        }

        return order;
    }
}
