using System.Text;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>sitemap.xml</c> (artifacts §3.7): one <c>&lt;url&gt;</c> per page in reading order, with the
/// absolute page URL and its <c>lastModified</c> (the run timestamp when the page has none).
/// Two-space indentation, <c>\n</c> line ends, trailing newline. Site mode only.
/// </summary>
public static class SitemapXmlRenderer
{
    public const string Path = "sitemap.xml";

    public static string Render(DocsSite site)
    {
        var pages = SiteReadingOrder.Of(site);
        var builder = new StringBuilder(128 + (pages.Count * 120));
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (pages.Count == 0)
        {
            // The reference joins the (empty) url list into one empty line.
            builder.Append('\n');
        }

        foreach (var page in pages)
        {
            builder.Append("  <url>\n    <loc>").Append(XmlText.Escape(site.AbsoluteUrl(page.UrlPath))).Append("</loc>\n");
            builder.Append("    <lastmod>").Append(IsoDate.Format(site.LastModifiedOf(page))).Append("</lastmod>\n  </url>\n");
        }

        builder.Append("</urlset>\n");
        return builder.ToString();
    }
}
