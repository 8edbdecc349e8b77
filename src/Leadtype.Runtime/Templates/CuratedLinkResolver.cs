using System;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Templates;

/// <summary>
/// Resolves a curated link (<c>llms.sections</c> links, legacy starting points) against the site's
/// pages (artifacts §3.2): title and description fall back to the page's, the URL becomes the
/// page's Markdown mirror. A root-relative link under the docs that matches no page is dropped —
/// the reference keeps it as a dead <c>.md</c> link; LT0106 reports it instead — while absolute URLs
/// and routes outside the docs are kept as written.
/// </summary>
public static class CuratedLinkResolver
{
    public sealed record ResolvedLink(string Title, string Url, string Description, SitePage? Page);

    public static ResolvedLink? Resolve(DocsSite site, SitePageIndex pages, CuratedLink link)
    {
        var page = Find(pages, link.UrlPath);
        if (page is null && IsDeadDocsLink(site, link.UrlPath))
        {
            return null;
        }

        var title = Blank(link.Title)
            ?? (page is not null && !PageTitle.IsGeneric(page.Title) ? page.Title : null)
            ?? PageTitle.Titleize(LastSegment(link.UrlPath));
        var description = Blank(link.Description) ?? page?.Description ?? string.Empty;
        if (description.Length == 0)
        {
            description = "Entry point for " + title + " documentation.";
        }

        return new ResolvedLink(title, page?.MarkdownUrlPath ?? link.UrlPath, DocsUrl.NormalizeWhitespace(description), page);
    }

    /// <summary>The page a link names: exact route, or the route with a query, fragment or trailing slash removed.</summary>
    public static SitePage? Find(SitePageIndex pages, string urlPath)
    {
        if (pages.TryGet(urlPath, out var page))
        {
            return page;
        }

        if (!urlPath.StartsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        return pages.TryGet(RoutePart(urlPath), out page) ? page : null;
    }

    private static bool IsDeadDocsLink(DocsSite site, string urlPath) =>
        urlPath.StartsWith("/", StringComparison.Ordinal) && site.Mounts.IsUnderDocs(RoutePart(urlPath));

    private static string RoutePart(string urlPath)
    {
        var cut = urlPath.IndexOfAny(new[] { '?', '#' });
        var path = DocsUrl.StripTrailingSlashes(cut < 0 ? urlPath : urlPath.Substring(0, cut));
        return path.Length == 0 ? "/" : path;
    }

    private static string LastSegment(string path)
    {
        var cut = path.IndexOfAny(new[] { '?', '#' });
        var trimmed = DocsUrl.StripTrailingSlashes(cut < 0 ? path : path.Substring(0, cut));
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.Substring(slash + 1);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
