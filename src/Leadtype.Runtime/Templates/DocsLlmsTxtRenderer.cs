using Leadtype.Model;
using Leadtype.Navigation;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// <c>docs/llms.txt</c> (artifacts §3.3): the routing index — one section per navigation group
/// (nested groups as deeper headings; legacy groups flattened), <c>## Other</c> for ungrouped pages,
/// and <c>## Optional</c> for optional groups. Links point at the Markdown mirrors; generic titles
/// (Home, Index, README) are replaced by the file name. Written in site mode when the site has a
/// navigation structure.
/// </summary>
/// <remarks>Template values: <c>product</c>, <c>sections</c> (<c>heading</c>, <c>title</c>, <c>description</c>, <c>links</c>).</remarks>
public static class DocsLlmsTxtRenderer
{
    public const string Path = "docs/llms.txt";

    public static string Render(DocsSite site, ArtifactTemplate template) => Render(site, template, Sections(site));

    /// <param name="sections">The sections (<see cref="Sections"/>), built once for this file and llms.txt; templates only read them.</param>
    internal static string Render(DocsSite site, ArtifactTemplate template, ScriptArray sections)
    {
        var model = TemplateModel.Root(site);
        model["sections"] = sections;
        return template.Render(model);
    }

    internal static ScriptArray Sections(DocsSite site) =>
        NavigationSections.Build(site.Navigation, Link, new NavigationSections.Options { CollectOptional = true });

    private static ScriptObject Link(NavPageView page)
    {
        var title = PageTitle.IsGeneric(page.Title) ? PageTitle.Titleize(LastSegment(page.RelativePath)) : page.Title;
        var description = page.Description.Length > 0 ? page.Description : "Reference page for " + title.ToLowerInvariant() + ".";
        return TemplateModel.Link(title, page.MarkdownUrlPath, description);
    }

    private static string LastSegment(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.Substring(slash + 1);
    }
}
