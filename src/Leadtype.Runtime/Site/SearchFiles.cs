using System;
using System.Collections.Generic;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Search;

namespace Leadtype.Site;

/// <summary>
/// <c>docs/search-index.json</c> and <c>docs/search-content.json</c> (artifacts §3.5) from the site's
/// pages, built with Core's index builder — the same index the source generator embeds.
/// </summary>
public static class SearchFiles
{
    public const string IndexPath = "docs/" + SearchIndexJson.IndexFileName;
    public const string ContentPath = "docs/" + SearchIndexJson.ContentFileName;

    private const int LargeFile = 16 << 20;

    /// <summary>Site mode always writes the search files; bundle mode only when MCP is enabled (the server reads them).</summary>
    public static bool AreWritten(SiteMode mode, Config.DocsConfig config) => mode == SiteMode.Site || config.Agents.Mcp.Enabled;

    /// <param name="site">The site model.</param>
    /// <param name="binary">Also write the compact binary form (<c>--search-binary</c>) from the same index.</param>
    public static (ArtifactFile Index, ArtifactFile Content, SearchStats Stats, byte[]? Binary) Render(DocsSite site, bool binary = false)
    {
        var pages = IndexedPages(site);
        var documents = new List<SearchDocument>(pages.Count);
        foreach (var page in pages)
        {
            documents.Add(new SearchDocument(page.Title, page.UrlPath, site.AbsoluteUrl(page.UrlPath), page.RelativePath, page.Body.Trim())
            {
                Id = page.UrlPath,
                Description = page.Description,
                Search = page.Search,
                LogicalPath = page.RelativePath,
            });
        }

        return RenderIndex(SearchIndexBuilder.Build(documents, new SearchIndexOptions(SearchIndexJson.FormatTimestamp(site.GeneratedAt))), binary);
    }

    /// <summary>The pages the index is built from, in the order it visits them.</summary>
    public static List<SitePage> IndexedPages(DocsSite site)
    {
        var pages = new List<SitePage>(site.Pages.Count);
        foreach (var page in site.Pages)
        {
            if (!IsSitemapMarkdown(page.RelativePath))
            {
                pages.Add(page);
            }
        }

        // The reference enumerates the mirrors sorted by path; ordinal order keeps it machine-independent.
        pages.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return pages;
    }

    public static (ArtifactFile Index, ArtifactFile Content, SearchStats Stats, byte[]? Binary) RenderIndex(SearchIndex index, bool binary = false)
    {
        var indexBytes = SearchIndexJson.RenderIndex(index);

        // Each file is rendered into a growing buffer; collecting between the two keeps the
        // buffers of the first from adding to the peak of the second on large sites.
        if (indexBytes.Length > LargeFile)
        {
            SitePipeline.Compact();
        }

        var contentBytes = SearchIndexJson.RenderContent(index);
        var stats = new SearchStats(index.Documents.Count, index.Chunks.Count, index.Terms.Count, indexBytes.Length, contentBytes.Length);
        // The form the source generator embeds, for Docs.Search when the index was too large to embed.
        var binaryBytes = binary ? SearchIndexBinaryWriter.Write(index) : null;
        return (new ArtifactFile(IndexPath, indexBytes), new ArtifactFile(ContentPath, contentBytes), stats, binaryBytes);
    }

    // A page named sitemap.md would be confused with the sitemap; the reference leaves it out of the index.
    internal static bool IsSitemapMarkdown(string relativePath) =>
        string.Equals(relativePath, "sitemap", StringComparison.Ordinal) || relativePath.EndsWith("/sitemap", StringComparison.Ordinal);
}
