using System.Collections.Generic;
using System.Text;
using Leadtype;

namespace DocsSite.Rendering;

/// <summary>The navigation tree as nested lists; the current page is marked with aria-current.</summary>
public static class Sidebar
{
    public static string Render(DocsNavTree navigation, string currentUrl)
    {
        var html = new StringBuilder("<nav class=\"sidebar\">\n<ul>\n");
        Pages(html, navigation.Ungrouped, currentUrl);
        foreach (var group in navigation.Groups)
        {
            Group(html, group, currentUrl);
        }

        return html.Append("</ul>\n</nav>\n").ToString();
    }

    private static void Group(StringBuilder html, DocsNavTreeGroup group, string currentUrl)
    {
        html.Append("<li><strong>").Append(PageRenderer.Encode(group.Title)).Append("</strong>\n<ul>\n");
        Pages(html, group.Pages, currentUrl);
        foreach (var child in group.Children)
        {
            Group(html, child, currentUrl);
        }

        html.Append("</ul></li>\n");
    }

    private static void Pages(StringBuilder html, IReadOnlyList<DocPage> pages, string currentUrl)
    {
        foreach (var page in pages)
        {
            html.Append("<li><a href=\"").Append(PageRenderer.Encode(page.Url)).Append('"');
            if (page.Url == currentUrl)
            {
                html.Append(" aria-current=\"page\"");
            }

            html.Append('>').Append(PageRenderer.Encode(page.Title)).Append("</a></li>\n");
        }
    }
}
