using System.Collections.Generic;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Search;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>docs/search-index.json</c> and <c>docs/search-content.json</c> (artifacts §3.5) for the site:
/// maps every page to a search document and hands them to <see cref="SearchIndexBuilder"/>. Site mode
/// always; bundle mode when MCP is enabled (an MCP server answers <c>search-docs</c> from them).
/// </summary>
public static class SearchFilesRenderer
{
    public const string IndexPath = "docs/" + SearchIndexJson.IndexFileName;
    public const string ContentPath = "docs/" + SearchIndexJson.ContentFileName;

    public static SearchIndex Build(DocsSite site)
    {
        // The reference indexes the mirrors in file-path order.
        var pages = new List<SitePage>(site.Pages);
        pages.Sort((a, b) => NavOrder.Compare(a.MirrorPath, b.MirrorPath));
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

        return SearchIndexBuilder.Build(documents, new SearchIndexOptions(SearchIndexJson.FormatTimestamp(site.GeneratedAt)));
    }

    public static IReadOnlyList<ArtifactFile> Render(DocsSite site)
    {
        var index = Build(site);
        return new[]
        {
            new ArtifactFile(IndexPath, SearchIndexJson.RenderIndex(index)),
            new ArtifactFile(ContentPath, SearchIndexJson.RenderContent(index)),
        };
    }
}
