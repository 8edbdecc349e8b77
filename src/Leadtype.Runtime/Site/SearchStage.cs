using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Search;

namespace Leadtype.Site;

/// <summary>
/// Builds the search index while pages are still converting: the index builder is single-threaded
/// and needs only per-page facts (title, URL, description, body), so it consumes pages in index
/// order as the conversion workers finish them. Once the site model exists the speculative
/// documents are checked against it field by field; on any difference (which the shared rules
/// should make impossible) the index is rebuilt from the site model, so the output never depends
/// on the shortcut.
/// </summary>
internal sealed class SearchStage
{
    private readonly Task<Built> _build;
    private List<IndexedPage>? _pages;
    private string? _generatedAt;

    private SearchStage(Task<Built> build) => _build = build;

    /// <summary>The order the index (and the conversion workers) visit pages: by relative path, ordinal.</summary>
    public static int[] Order(IReadOnlyList<SourceFile> pages)
    {
        var order = new int[pages.Count];
        var keys = new string[pages.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = DocsUrl.StripExtension(pages[i].DocsPath);
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        return order;
    }

    /// <summary>Starts building from <paramref name="feed"/> on its own thread.</summary>
    public static SearchStage Start(PageFeed feed, int[] order, GenerateInputs inputs, CancellationToken cancellationToken) =>
        new(Task.Factory.StartNew(
            () => Build(feed, order, inputs, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default));

    /// <summary>
    /// Waits for the index and renders its two files (and with <paramref name="binary"/> its compact
    /// binary form) stamped with <paramref name="generatedAt"/> (the site's run timestamp); the index itself is released as soon as its files are rendered, which
    /// keeps the run's peak memory down. Null when the build did not complete.
    /// </summary>
    public (ArtifactFile Index, ArtifactFile Content, SearchStats Stats, byte[]? Binary)? Render(DateTimeOffset generatedAt, bool binary = false)
    {
        var built = _build.GetAwaiter().GetResult();
        if (built.Index is not { } index)
        {
            return null;
        }

        // The task keeps its result alive; drop the index from it so the memory is reclaimable.
        built.Index = null;
        SitePipeline.Compact();
        _pages = built.Pages;
        _generatedAt = SearchIndexJson.FormatTimestamp(generatedAt);
        return SearchFiles.RenderIndex(new SearchIndex(_generatedAt, index.Documents, index.Chunks, index.Terms, index.AverageChunkLength, index.Content), binary);
    }

    /// <summary>Whether the files <see cref="Render"/> produced are exactly what <paramref name="site"/> would index.</summary>
    public bool Matches(DocsSite site)
    {
        if (_pages is null || _generatedAt != SearchIndexJson.FormatTimestamp(site.GeneratedAt))
        {
            return false;
        }

        var pages = SearchFiles.IndexedPages(site);
        if (pages.Count != _pages.Count)
        {
            return false;
        }

        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var indexed = _pages[i];
            if (page.Title != indexed.Title || page.UrlPath != indexed.UrlPath || site.AbsoluteUrl(page.UrlPath) != indexed.AbsoluteUrl
                || page.RelativePath != indexed.RelativePath || page.Description != indexed.Description || page.Search != indexed.Search
                || !ReferenceEquals(page.Body, indexed.Body))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Waits for the builder to stop (after a failed or cancelled run).</summary>
    public void Abandon()
    {
        try
        {
            _build.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled with the run.
        }
    }

    private static Built Build(PageFeed feed, int[] order, GenerateInputs inputs, CancellationToken cancellationToken)
    {
        var pages = new List<IndexedPage>(order.Length);
        IEnumerable<SearchDocument> Documents()
        {
            foreach (var slot in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (feed.Wait(slot) is not { } record)
                {
                    yield break;
                }

                if (ToPage(record, inputs) is { } page)
                {
                    pages.Add(page);
                    yield return new SearchDocument(page.Title, page.UrlPath, page.AbsoluteUrl, page.RelativePath, page.Body.Trim())
                    {
                        Id = page.UrlPath,
                        Description = page.Description,
                        Search = page.Search,
                        LogicalPath = page.RelativePath,
                    };
                }
            }
        }

        // The timestamp is stamped in Render, once the pages' dates are known.
        var index = SearchIndexBuilder.Build(Documents(), new SearchIndexOptions(string.Empty));
        return new Built { Index = index, Pages = pages };
    }

    // The same rules as the site model (SiteBuilder): title from frontmatter, else the first h1, else the file name.
    private static IndexedPage? ToPage(PageRecord record, GenerateInputs inputs)
    {
        var path = DocsUrl.NormalizePath(record.DocsPath).TrimStart('/');
        var relativePath = DocsUrl.StripExtension(path);
        if (SearchFiles.IsSitemapMarkdown(relativePath))
        {
            return null;
        }

        var urlPath = DocsUrl.ToDocsUrlPath(path, inputs.Mounts);
        var title = Blank(record.Title) ?? FirstH1(record.Headings) ?? PageTitle.FromPath(path);
        return new IndexedPage(title, urlPath, DocsUrl.ToAbsoluteUrl(urlPath, inputs.BaseUrl.Value), relativePath, DocsUrl.NormalizeWhitespace(record.Description), record.Search, record.Body);
    }

    private static string? FirstH1(IReadOnlyList<SiteHeading> headings)
    {
        foreach (var heading in headings)
        {
            if (heading.Level == 1)
            {
                return Blank(heading.Text);
            }
        }

        return null;
    }

    private static string? Blank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private sealed class Built
    {
        public SearchIndex? Index { get; set; }

        public List<IndexedPage> Pages { get; set; } = new();
    }

    /// <summary>What the index was built from for one page; the body is the record's own string, compared by reference.</summary>
    private sealed record IndexedPage(string Title, string UrlPath, string AbsoluteUrl, string RelativePath, string Description, bool? Search, string Body);
}
