using System;
using System.Collections.Generic;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Search;

namespace Leadtype.Site;

/// <summary>
/// <c>docs/search-index.json</c> and <c>docs/search-content.json</c> (artifacts §3.5), built with Core's
/// search engine — the same index the source generator embeds. Each page is prepared for search
/// (<see cref="SearchPagePreparer"/>: chunks and term counts) where it is converted, on every core, and
/// the prepared page is kept in the incremental cache with its record, so an edit re-prepares only the
/// pages it touched; the site's files are then merged from the prepared pages and streamed to disk
/// (<see cref="CompactSearchIndex"/>).
/// </summary>
public static class SearchFiles
{
    public const string IndexPath = "docs/" + SearchIndexJson.IndexFileName;
    public const string ContentPath = "docs/" + SearchIndexJson.ContentFileName;

    /// <summary>The chunking the pipeline indexes with (the reference's defaults); the timestamp is stamped at merge time.</summary>
    public static SearchIndexOptions Options { get; } = new(string.Empty);

    /// <summary>Site mode always writes the search files; bundle mode only when MCP is enabled (the server reads them).</summary>
    public static bool AreWritten(SiteMode mode, Config.DocsConfig config) => mode == SiteMode.Site || config.Agents.Mcp.Enabled;

    /// <summary>
    /// Prepares a converted page for search with the title and description the site model will give it
    /// (title from frontmatter, else the first h1, else the file name), before the site model exists.
    /// Null for a page the index leaves out whatever the site (<c>search: false</c>, a page named sitemap).
    /// <see cref="Merge"/> checks the guess against the site and prepares again on any difference.
    /// </summary>
    public static PreparedSearchPage? Prepare(PageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = DocsUrl.NormalizePath(record.DocsPath).TrimStart('/');
        if (record.Search == false || IsSitemapMarkdown(DocsUrl.StripExtension(path)))
        {
            return null;
        }

        var title = PageTitle.ForPage(record.Title, record.Headings, path);
        return SearchPagePreparer.Prepare(title, DocsUrl.NormalizeWhitespace(record.Description), record.Body.Trim(), Options);
    }

    /// <summary>
    /// The prepared pages the index will most likely merge, in order, before the site model exists: those of the
    /// pages the previous run indexed (<paramref name="order"/>, docs paths), as the records now hold them. Null
    /// when one of those pages has no record or no prepared page any more. <see cref="Merge"/> uses a merge of
    /// these only if the site indexes exactly these pages.
    /// </summary>
    public static IReadOnlyList<PreparedSearchPage>? ExpectedPages(IReadOnlyList<string> order, IReadOnlyDictionary<string, PageRecord> records)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(records);
        if (order.Count == 0)
        {
            return null;
        }

        var pages = new PreparedSearchPage[order.Count];
        for (var i = 0; i < pages.Length; i++)
        {
            if (!records.TryGetValue(order[i], out var record) || record.SearchPage is not { } page)
            {
                return null;
            }

            pages[i] = page;
        }

        return pages;
    }

    /// <summary>
    /// The site's index from its pages' prepared search pages (<paramref name="records"/> by docs path):
    /// a record whose prepared page was made with another title, description, body or chunking than the
    /// site gives the page (or has none) is prepared again, and keeps the new one for the cache.
    /// </summary>
    /// <param name="prepared">How many pages had to be prepared here.</param>
    /// <param name="ahead">
    /// A term merge started before the site model (of <see cref="ExpectedPages"/>, which <paramref name="expected"/> is):
    /// used when the site indexes exactly those prepared pages in that order, else left unused.
    /// </param>
    /// <param name="order">The docs paths of the indexed pages, in index order (the next run's <see cref="ExpectedPages"/> order).</param>
    /// <param name="usedAhead">Whether the terms came from <paramref name="ahead"/>.</param>
    public static CompactSearchIndex Merge(
        DocsSite site,
        IReadOnlyDictionary<string, PageRecord> records,
        out int prepared,
        IReadOnlyList<PreparedSearchPage>? expected,
        System.Threading.Tasks.Task<SearchTermMerge>? ahead,
        out IReadOnlyList<string> order,
        out bool usedAhead)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(records);
        var options = Options with { GeneratedAt = SearchIndexJson.FormatTimestamp(site.GeneratedAt) };
        var pages = IndexedPages(site);
        var documents = new List<PreparedSearchDocument>(pages.Count);
        var paths = new List<string>(pages.Count);
        prepared = 0;
        foreach (var page in pages)
        {
            var document = Document(site, page);
            if (!SearchIndexBuilder.IsIndexed(document))
            {
                continue;
            }

            records.TryGetValue(page.SourcePath, out var record);
            var searchPage = record?.SearchPage;
            if (searchPage is null || !Fits(searchPage, page, record!))
            {
                searchPage = SearchPagePreparer.Prepare(page.Title, page.Description, page.Body.Trim(), options);
                prepared++;
                if (record is not null && ReferenceEquals(record.Body, page.Body))
                {
                    record.SearchPage = searchPage;
                }
            }

            documents.Add(new PreparedSearchDocument(document, searchPage));
            paths.Add(page.SourcePath);
        }

        order = paths;
        var terms = ahead is not null && expected is not null && SamePages(expected, documents) ? ahead.GetAwaiter().GetResult() : null;
        usedAhead = terms is not null;
        return CompactSearchIndex.Merge(documents, options, terms);
    }

    /// <inheritdoc cref="Merge(DocsSite, IReadOnlyDictionary{string, PageRecord}, out int, IReadOnlyList{PreparedSearchPage}?, System.Threading.Tasks.Task{SearchTermMerge}?, out IReadOnlyList{string}, out bool)"/>
    public static CompactSearchIndex Merge(DocsSite site, IReadOnlyDictionary<string, PageRecord> records, out int prepared) =>
        Merge(site, records, out prepared, null, null, out _, out _);

    private static bool SamePages(IReadOnlyList<PreparedSearchPage> expected, List<PreparedSearchDocument> documents)
    {
        if (expected.Count != documents.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (!ReferenceEquals(expected[i], documents[i].Page))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The two files of <paramref name="site"/> built in one piece by <see cref="SearchIndexBuilder.Build"/>: the reference the merged files are checked against.</summary>
    public static (ArtifactFile Index, ArtifactFile Content, SearchStats Stats) Render(DocsSite site)
    {
        var pages = IndexedPages(site);
        var documents = new List<SearchDocument>(pages.Count);
        foreach (var page in pages)
        {
            documents.Add(Document(site, page) with { Content = page.Body.Trim() });
        }

        var index = SearchIndexBuilder.Build(documents, new SearchIndexOptions(SearchIndexJson.FormatTimestamp(site.GeneratedAt)));
        var indexBytes = SearchIndexJson.RenderIndex(index);
        var contentBytes = SearchIndexJson.RenderContent(index);
        var stats = new SearchStats(index.Documents.Count, index.Chunks.Count, index.Terms.Count, indexBytes.Length, contentBytes.Length);
        return (new ArtifactFile(IndexPath, indexBytes), new ArtifactFile(ContentPath, contentBytes), stats);
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

    /// <summary>The counts the run summary reports, with the streamed files' lengths.</summary>
    public static SearchStats Stats(CompactSearchIndex index, long indexBytes, long contentBytes) =>
        new(index.DocumentCount, index.ChunkCount, index.TermCount, checked((int)indexBytes), checked((int)contentBytes));

    // A page named sitemap.md would be confused with the sitemap; the reference leaves it out of the index.
    internal static bool IsSitemapMarkdown(string relativePath) =>
        string.Equals(relativePath, "sitemap", StringComparison.Ordinal) || relativePath.EndsWith("/sitemap", StringComparison.Ordinal);

    private static SearchDocument Document(DocsSite site, SitePage page) =>
        new(page.Title, page.UrlPath, site.AbsoluteUrl(page.UrlPath), page.RelativePath, string.Empty)
        {
            Id = page.UrlPath,
            Description = page.Description,
            Search = page.Search,
            LogicalPath = page.RelativePath,
        };

    // The prepared page is exactly what preparing the site's page would give: same inputs, same chunking.
    private static bool Fits(PreparedSearchPage searchPage, SitePage page, PageRecord record)
    {
        var (maxChunkChars, overlapChars) = (Options.MaxChunkChars, Math.Min(Math.Max(Options.OverlapChars, 0), Math.Max(0, Options.MaxChunkChars - 1)));
        return string.Equals(searchPage.Title, page.Title, StringComparison.Ordinal)
            && string.Equals(searchPage.Description, page.Description ?? string.Empty, StringComparison.Ordinal)
            && ReferenceEquals(record.Body, page.Body)
            && searchPage.MaxChunkChars == maxChunkChars
            && searchPage.OverlapChars == overlapChars;
    }
}
