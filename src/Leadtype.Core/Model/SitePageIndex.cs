using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Leadtype.Navigation;

namespace Leadtype.Model;

/// <summary>
/// Looks up a site page by route. Navigation lists pages as <see cref="NavPageView"/>s; renderers
/// that need the page's body or dates come here. Built once per render (not cached on the
/// value-equatable <see cref="DocsSite"/>).
/// </summary>
public sealed class SitePageIndex
{
    private readonly Dictionary<string, SitePage> _byUrl;

    private SitePageIndex(Dictionary<string, SitePage> byUrl) => _byUrl = byUrl;

    public static SitePageIndex For(DocsSite site)
    {
        var byUrl = new Dictionary<string, SitePage>(site.Pages.Count, StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            byUrl[page.UrlPath] = page;
        }

        return new SitePageIndex(byUrl);
    }

    public bool TryGet(string urlPath, [NotNullWhen(true)] out SitePage? page) => _byUrl.TryGetValue(urlPath, out page);

    /// <summary>The page a navigation entry refers to, or null when the run has no such page.</summary>
    public SitePage? Find(NavPageView view) => _byUrl.TryGetValue(view.UrlPath, out var page) ? page : null;
}
