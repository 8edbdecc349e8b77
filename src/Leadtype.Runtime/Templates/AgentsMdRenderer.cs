using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Navigation;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// <c>AGENTS.md</c> (artifacts §3.13): the entry point of bundled package docs. Product, configured
/// blocks (links only to pages in the bundle), then every navigation section, with links relative
/// to the file (<c>./docs/guides/index.md</c>), so they resolve inside the package. Bundle mode.
/// </summary>
/// <remarks>Template values: <c>product</c>, <c>blocks</c>, <c>sections</c>.</remarks>
public static class AgentsMdRenderer
{
    public const string Path = "AGENTS.md";

    public static string Render(DocsSite site, ArtifactTemplate template)
    {
        var pages = SitePageIndex.For(site);
        var model = TemplateModel.Root(site);
        model["blocks"] = LlmsBlocks.Build(site.Config, link => BlockLink(pages, link));
        model["sections"] = NavigationSections.Build(site.Navigation, page => PageLink(page.Title, page.RelativePath, page.Description), new NavigationSections.Options());
        return template.Render(model);
    }

    /// <summary>The bundle-relative path of a page's Markdown file.</summary>
    public static string RelativeMarkdownPath(string relativePath) => "./docs/" + relativePath + ".md";

    private static ScriptObject? BlockLink(SitePageIndex pages, CuratedLink link)
    {
        // Only pages in the bundle can be linked: there is no site to fall back to.
        var page = CuratedLinkResolver.Find(pages, link.UrlPath);
        if (page is null)
        {
            return null;
        }

        var title = string.IsNullOrWhiteSpace(link.Title) ? page.Title : link.Title!;
        var description = string.IsNullOrWhiteSpace(link.Description) ? page.DescriptionOrReferenceFallback : DocsUrl.NormalizeWhitespace(link.Description);
        return TemplateModel.Link(title, RelativeMarkdownPath(page.RelativePath), description);
    }

    private static ScriptObject PageLink(string title, string relativePath, string description) =>
        TemplateModel.Link(title, RelativeMarkdownPath(relativePath), description.Length > 0 ? description : "Reference page for " + title.ToLowerInvariant() + ".");
}
