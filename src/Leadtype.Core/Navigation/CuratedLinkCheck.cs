using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Config;
using Leadtype.Diagnostics;

namespace Leadtype.Navigation;

/// <summary>
/// Warns (LT0106) about curated links — <c>llms.sections</c> links blocks and legacy
/// <c>product.bestStartingPoints</c> — whose URL is under a docs mount but matches no page, located
/// at the link in leadtype.json. Links elsewhere on the site and absolute URLs are not checked.
/// </summary>
public static class CuratedLinkCheck
{
    public static IReadOnlyList<DocsDiagnostic> Check(DocsConfig config, IEnumerable<NavPageView> pages, MountTable mounts)
    {
        var routes = new HashSet<string>(pages.Select(p => p.UrlPath), StringComparer.Ordinal);
        var diagnostics = new List<DocsDiagnostic>();
        foreach (var link in config.CuratedLinks)
        {
            if (!link.UrlPath.StartsWith("/", StringComparison.Ordinal))
            {
                continue; // absolute http(s) URL
            }

            var cut = link.UrlPath.IndexOfAny(new[] { '?', '#' });
            var path = DocsUrl.StripTrailingSlashes(cut < 0 ? link.UrlPath : link.UrlPath.Substring(0, cut));
            if (path.Length == 0)
            {
                path = "/";
            }

            if (!mounts.IsUnderDocs(path) || routes.Contains(path))
            {
                continue;
            }

            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.CuratedLinkUnmatched, config.FilePath, link.Location.Line, link.Location.Column,
                link.Location.JsonPath ?? "llms.sections", link.UrlPath));
        }

        return diagnostics;
    }
}
