using Leadtype.Model;

namespace Leadtype.Templates;

/// <summary>
/// <c>sitemap.md</c> (artifacts §3.8): every navigation group as a heading (nested groups deeper,
/// empty groups included), its description, and links to the pages' HTML routes; then
/// <c>## Other</c>. Site mode.
/// </summary>
/// <remarks>Template values: <c>product</c>, <c>sections</c>.</remarks>
public static class SitemapMdRenderer
{
    public const string Path = "sitemap.md";

    public static string Render(DocsSite site, ArtifactTemplate template)
    {
        var model = TemplateModel.Root(site);
        model["sections"] = NavigationSections.Build(
            site.Navigation,
            page => TemplateModel.Link(page.Title, page.UrlPath, page.Description),
            new NavigationSections.Options { FlattenLegacyGroups = false });
        return template.Render(model);
    }
}
