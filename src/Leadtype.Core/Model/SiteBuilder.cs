using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Navigation;

namespace Leadtype.Model;

/// <summary>
/// Builds the <see cref="DocsSite"/> from converted pages: computes each page's routes under the
/// mounts, resolves the navigation over the very same titles and descriptions (so every artifact
/// agrees), and picks the run timestamp. Pure: the caller supplies <c>SOURCE_DATE_EPOCH</c> and
/// the fallback time.
/// </summary>
public static class SiteBuilder
{
    /// <param name="sourceDateEpoch">The parsed <c>SOURCE_DATE_EPOCH</c>, when set; it wins.</param>
    /// <param name="fallbackTimestamp">Used when no page has a date (the pipeline passes the newest source file time).</param>
    /// <returns>The site, or null when navigation errors (unknown page or group, duplicate route, bad slug) stop the run; and every diagnostic.</returns>
    public static (DocsSite? Site, EquatableArray<DocsDiagnostic> Diagnostics) Build(
        SiteMode mode,
        DocsConfig config,
        BaseUrl baseUrl,
        MountTable mounts,
        IEnumerable<SitePageInput> inputs,
        DateTimeOffset? sourceDateEpoch,
        DateTimeOffset fallbackTimestamp)
    {
        var sorted = new List<SitePageInput>(inputs);
        // The first page by source path wins a route, the same rule the navigation resolver applies.
        sorted.Sort((a, b) => string.CompareOrdinal(DocsUrl.NormalizePath(a.SourcePath), DocsUrl.NormalizePath(b.SourcePath)));

        var pages = new List<SitePage>(sorted.Count);
        var navPages = new List<NavPage>(sorted.Count);
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in sorted)
        {
            var path = DocsUrl.NormalizePath(input.SourcePath).TrimStart('/');
            var page = CreatePage(input, path, mounts);
            navPages.Add(new NavPage(
                path,
                page.Title,
                page.Description,
                input.Order,
                page.Groups,
                input.GroupSpan,
                input.SourceFile,
                PageTableOfContents.For(page, baseUrl.Value)));
            if (routes.Add(page.UrlPath))
            {
                pages.Add(page);
            }
        }

        var result = NavigationResolver.Resolve(NavigationInput.From(config, navPages, mounts));
        if (result.HasErrors)
        {
            return (null, result.Diagnostics);
        }

        pages.Sort((a, b) => NavOrder.Compare(a.UrlPath, b.UrlPath));
        var generatedAt = sourceDateEpoch ?? Newest(pages) ?? fallbackTimestamp;
        var site = new DocsSite(mode, config, baseUrl, mounts, pages.ToEquatableArray(), result.Navigation, generatedAt);
        return (site, result.Diagnostics);
    }

    private static SitePage CreatePage(SitePageInput input, string path, MountTable mounts)
    {
        var title = PageTitle.ForPage(input.Title, input.Headings, path);
        var groups = new List<string>();
        foreach (var group in input.Groups)
        {
            var trimmed = group?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                groups.Add(trimmed!);
            }
        }

        return new SitePage(
            path,
            DocsUrl.StripExtension(path),
            DocsUrl.ToDocsUrlPath(path, mounts),
            DocsUrl.ToMarkdownUrlPath(path, mounts),
            title,
            DocsUrl.NormalizeWhitespace(input.Description),
            groups.ToEquatableArray(),
            input.Order is { } order && !double.IsNaN(order) && !double.IsInfinity(order) ? order : null,
            input.Date,
            input.LastModified,
            input.Draft,
            input.Search,
            input.Body,
            input.Headings);
    }

    private static DateTimeOffset? Newest(IEnumerable<SitePage> pages)
    {
        DateTimeOffset? newest = null;
        foreach (var page in pages)
        {
            foreach (var date in new[] { page.Date, page.LastModified })
            {
                if (date is { } d && (newest is null || d > newest))
                {
                    newest = d;
                }
            }
        }

        return newest;
    }
}
