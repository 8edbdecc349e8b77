using System;
using System.Collections.Generic;
using System.IO;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Leadtype.Artifacts;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Paths;

namespace Leadtype.Feeds;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds from <c>feeds</c> (artifacts §3.12), written with
/// System.ServiceModel.Syndication. Site mode only. Every date comes from page frontmatter (or the
/// run timestamp for an empty feed), so the same inputs give the same bytes.
/// </summary>
public static class FeedRenderer
{
    /// <summary>Renders every configured feed; problems come back as diagnostics (errors mean the feed was not rendered).</summary>
    public static (IReadOnlyList<ArtifactFile> Files, IReadOnlyList<DocsDiagnostic> Diagnostics) Render(DocsSite site)
    {
        var files = new List<ArtifactFile>();
        var diagnostics = new List<DocsDiagnostic>();
        if (site.Config.Feeds.IsEmpty || site.Mode != SiteMode.Site)
        {
            return (files, diagnostics);
        }

        if (site.BaseUrl.Source != BaseUrlSource.Explicit && site.BaseUrl.IsLocal)
        {
            // An explicit --base-url http://localhost:… is accepted; an implicit one would publish links nobody can follow.
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.FeedNeedsBaseUrl, site.Config.FilePath, 0, 0, site.BaseUrl.SourceName + " " + site.BaseUrl.Value));
            return (files, diagnostics);
        }

        foreach (var feed in site.Config.Feeds)
        {
            var entries = FeedSelection.Select(site, feed, diagnostics);
            if (entries is null)
            {
                continue;
            }

            foreach (var format in feed.Formats)
            {
                var output = format == FeedFormat.Rss ? feed.RssOutput : feed.AtomOutput;
                var path = OutputPath(output);
                if (path is null)
                {
                    diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, site.Config.FilePath, feed.Location.Line, feed.Location.Column,
                        "feed \"" + feed.Id + "\" output \"" + output + "\" must resolve inside the output directory"));
                    continue;
                }

                var syndication = Build(site, feed, entries, "/" + path, format);
                files.Add(new ArtifactFile(path, format == FeedFormat.Rss ? Write(syndication.SaveAsRss20) : Write(syndication.SaveAsAtom10)));
            }
        }

        return (files, diagnostics);
    }

    /// <summary>The output path relative to the output directory, or null when it escapes it.</summary>
    public static string? OutputPath(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        var normalized = DocsPath.Normalize(configured!.Trim().TrimStart('/', '\\'));
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }

    /// <remarks>
    /// Each format gets only the elements its reference layout has: RSS a channel with title, link,
    /// description, build date and an atom self link; Atom a feed id, author (the product), updated
    /// time and per-entry published/updated dates.
    /// </remarks>
    private static SyndicationFeed Build(DocsSite site, FeedConfig feed, IReadOnlyList<FeedEntry> entries, string outputUrlPath, FeedFormat format)
    {
        var atom = format == FeedFormat.Atom;
        var prefix = DocsUrl.NormalizeUrlPrefix(feed.SourceUrlPrefix);
        var siteUrl = site.AbsoluteUrl(prefix);
        var updated = site.GeneratedAt;
        if (entries.Count > 0)
        {
            updated = entries[0].UpdatedAt;
            foreach (var entry in entries)
            {
                if (entry.UpdatedAt > updated)
                {
                    updated = entry.UpdatedAt;
                }
            }
        }

        // RSS's lastBuildDate is the newest entry's date too (the reference used the wall clock).
        var syndication = new SyndicationFeed(
            Clean(feed.Title),
            atom ? null : Clean(string.IsNullOrEmpty(feed.Description) ? feed.Title + " updates." : feed.Description!),
            new Uri(siteUrl))
        {
            LastUpdatedTime = updated,
        };
        if (atom)
        {
            syndication.Id = siteUrl;
            syndication.Authors.Add(new SyndicationPerson { Name = Clean(site.Product.Name) });
        }

        syndication.Links.Add(new SyndicationLink(new Uri(site.AbsoluteUrl(outputUrlPath)))
        {
            RelationshipType = "self",
            MediaType = atom ? "application/atom+xml" : "application/rss+xml",
        });

        var items = new List<SyndicationItem>(entries.Count);
        foreach (var entry in entries)
        {
            var item = new SyndicationItem
            {
                Id = entry.Url,
                Title = new TextSyndicationContent(Clean(entry.Title)),
                PublishDate = entry.PublishedAt,
            };
            if (atom)
            {
                item.LastUpdatedTime = entry.UpdatedAt;
            }

            item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url)));
            if (entry.Summary.Length > 0)
            {
                item.Summary = new TextSyndicationContent(Clean(entry.Summary));
            }

            items.Add(item);
        }

        syndication.Items = items;
        return syndication;
    }

    private static byte[] Write(Action<XmlWriter> save)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            save(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>XML 1.0 cannot carry C0 control characters other than tab, LF and CR; the reference strips them.</summary>
    private static string Clean(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var illegal = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            if (illegal)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? value;
    }
}
