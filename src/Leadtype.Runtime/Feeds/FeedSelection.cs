using System;
using System.Collections.Generic;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Feeds;

/// <summary>
/// Which pages a feed lists (artifacts §3.12): pages at or under the feed's <c>source.urlPrefix</c>
/// (<c>/</c> = every page), drafts left out, newest first by publication date (ties by URL), at most
/// <c>limit</c>. Dates come from the pages only — never the clock — so a feed is reproducible.
/// </summary>
public static class FeedSelection
{
    /// <returns>The entries, or null when a selected page has neither <c>date</c> nor <c>lastModified</c> (LT0113).</returns>
    public static IReadOnlyList<FeedEntry>? Select(DocsSite site, FeedConfig feed, List<DocsDiagnostic> diagnostics)
    {
        var prefix = DocsUrl.NormalizeUrlPrefix(feed.SourceUrlPrefix);
        var entries = new List<FeedEntry>();
        var undated = new List<string>();
        foreach (var page in site.Pages)
        {
            if (page.Draft || !DocsUrl.MatchesUrlPrefix(page.UrlPath, prefix))
            {
                continue;
            }

            var published = page.Date ?? page.LastModified;
            var updated = page.LastModified ?? page.Date;
            if (published is null || updated is null)
            {
                undated.Add(page.UrlPath);
                continue;
            }

            entries.Add(new FeedEntry(site.AbsoluteUrl(page.UrlPath), page.UrlPath, page.Title, page.Description, published.Value, updated.Value));
        }

        if (undated.Count > 0)
        {
            diagnostics.Add(DocsDiagnostic.Create(
                DiagnosticCatalog.FeedPagesWithoutDates, site.Config.FilePath, feed.Location.Line, feed.Location.Column, feed.Id, prefix, string.Join(", ", undated)));
            return null;
        }

        entries.Sort((a, b) =>
        {
            var byDate = b.PublishedAt.CompareTo(a.PublishedAt);
            return byDate != 0 ? byDate : NavOrder.Compare(a.UrlPath, b.UrlPath);
        });
        if (entries.Count > feed.Limit)
        {
            entries.RemoveRange(feed.Limit, entries.Count - feed.Limit);
        }

        if (entries.Count == 0)
        {
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.FeedMatchedNoPages, site.Config.FilePath, feed.Location.Line, feed.Location.Column, feed.Id, prefix));
        }

        return entries;
    }
}
