using System;
using System.Collections.Generic;
using Leadtype.Artifacts;
using Leadtype.Config;
using Leadtype.Feeds;
using Leadtype.Model;
using Leadtype.Templates;

namespace Leadtype.Site;

/// <summary>
/// The <c>files</c> and <c>feeds</c> of the <c>--json</c> summary: the reference's key names
/// (artifacts §3.20.1) for the artifacts this run actually wrote, in the reference's order.
/// </summary>
internal static class SummaryFiles
{
    private static readonly (string Key, string Path)[] SiteOrder =
    {
        ("agentReadabilityManifest", AgentReadabilityRenderer.Path),
        ("apiCatalog", ApiCatalogRenderer.Path),
        ("robotsTxt", RobotsTxtRenderer.Path),
        ("sitemapMd", SitemapMdRenderer.Path),
        ("sitemapXml", SitemapXmlRenderer.Path),
        ("docsLlmsTxt", DocsLlmsTxtRenderer.Path),
        ("llmsFullTxt", LlmsFullTxtRenderer.Path),
        ("llmsTxt", LlmsTxtRenderer.Path),
        ("wellKnownLlmsTxt", LlmsTxtRenderer.WellKnownPath),
        ("agentSkills", AgentSkillsIndexRenderer.Path),
        ("agentCard", AgentCardRenderer.Path),
        ("mcpServerCard", McpServerCardRenderer.Paths[0]),
        ("mcpJson", McpServerCardRenderer.Paths[1]),
        ("mcpWellKnown", McpServerCardRenderer.Paths[2]),
        ("nlwebSchemaFeed", NlwebRenderer.SchemaFeedPath),
        ("nlwebSchemaMap", NlwebRenderer.SchemaMapPath),
        ("searchContent", SearchFiles.ContentPath),
        ("searchIndex", SearchFiles.IndexPath),
        ("redirectsJson", Redirects.RedirectsJson.Path),
    };

    private static readonly (string Key, string Path)[] BundleOrder =
    {
        ("agentsMd", AgentsMdRenderer.Path),
        ("searchIndex", SearchFiles.IndexPath),
        ("searchContent", SearchFiles.ContentPath),
        ("agentReadabilityManifest", AgentReadabilityRenderer.Path),
        ("skillMd", SkillMdRenderer.BundlePath),
    };

    /// <param name="redirectsLockfile">The rename-tracking lockfile kept this run, relative to the output (it lies beside the docs); null when tracking is off.</param>
    public static IReadOnlyList<SummaryFile> For(SiteMode mode, ICollection<string> written, string? redirectsLockfile = null)
    {
        var files = new List<SummaryFile>();
        foreach (var (key, path) in mode == SiteMode.Bundle ? BundleOrder : SiteOrder)
        {
            if (written.Contains(path))
            {
                files.Add(new SummaryFile(key, path));
            }
        }

        if (redirectsLockfile is not null)
        {
            files.Add(new SummaryFile("redirectsLockfile", redirectsLockfile));
        }

        return files;
    }

    public static IReadOnlyList<SummaryFeed> Feeds(DocsSite site, ICollection<string> written)
    {
        var feeds = new List<SummaryFeed>();
        foreach (var feed in site.Config.Feeds)
        {
            string? rss = null;
            string? atom = null;
            foreach (var format in feed.Formats)
            {
                var path = FeedRenderer.OutputPath(format == FeedFormat.Rss ? feed.RssOutput : feed.AtomOutput);
                if (path is null || !written.Contains(path))
                {
                    continue;
                }

                if (format == FeedFormat.Rss)
                {
                    rss = path;
                }
                else
                {
                    atom = path;
                }
            }

            if (rss is not null || atom is not null)
            {
                feeds.Add(new SummaryFeed(feed.Id, rss, atom));
            }
        }

        return feeds;
    }

    public static IReadOnlyList<SummaryGroup> Groups(DocsSite site)
    {
        var groups = new List<SummaryGroup>();
        foreach (var group in site.Navigation.Groups)
        {
            groups.Add(new SummaryGroup(group.Slug, group.Title, group.Description));
        }

        return groups;
    }

    public static IReadOnlyList<(string, string)> Mounts(DocsSite site)
    {
        var mounts = new List<(string, string)>();
        foreach (var mount in site.Mounts.Mounts)
        {
            mounts.Add((mount.PathPrefix, mount.UrlPrefix));
        }

        return mounts;
    }

    public static bool IsMarkdown(string relativePath) => relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
