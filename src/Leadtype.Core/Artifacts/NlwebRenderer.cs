using System.Text;
using Leadtype.Json;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// NLWeb artifacts (artifacts §3.16), site mode with <c>agents.nlweb.enabled</c>:
/// <c>feeds/schema.jsonl</c> (one schema.org TechArticle per page, reading order) and
/// <c>schema-map.xml</c> pointing at it. Both end with a newline.
/// </summary>
public static class NlwebRenderer
{
    public const string SchemaFeedPath = "feeds/schema.jsonl";
    public const string SchemaMapPath = "schema-map.xml";

    public static string RenderSchemaFeed(DocsSite site)
    {
        var builder = new StringBuilder(4096);
        var explicitBase = site.ExplicitBaseUrl;
        foreach (var page in SiteReadingOrder.Of(site))
        {
            var url = site.AbsoluteUrl(page.UrlPath);
            var writer = new JsonWriter(512);
            writer.StartObject();
            writer.PropertyName("@context");
            writer.String("https://schema.org");
            writer.PropertyName("@type");
            writer.String("TechArticle");
            writer.PropertyName("@id");
            writer.String(url);
            writer.PropertyName("url");
            writer.String(url);
            writer.PropertyName("name");
            writer.String(page.Title);
            if (page.Description.Length > 0)
            {
                writer.PropertyName("description");
                writer.String(page.Description);
            }

            writer.PropertyName("dateModified");
            writer.String(IsoDate.Format(site.LastModifiedOf(page)));
            writer.PropertyName("isPartOf");
            writer.StartObject();
            writer.PropertyName("@type");
            writer.String("WebSite");
            writer.PropertyName("name");
            writer.String(site.Product.Name);
            if (explicitBase is not null)
            {
                writer.PropertyName("url");
                writer.String(explicitBase);
            }

            writer.EndObject();
            writer.EndObject();
            builder.Append(Encoding.UTF8.GetString(writer.ToArray())).Append('\n');
        }

        return builder.ToString();
    }

    public static string RenderSchemaMap(DocsSite site)
    {
        var loc = (site.ExplicitBaseUrl ?? string.Empty) + "/" + SchemaFeedPath;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<schemamap>\n"
            + "  <feed>\n"
            + "    <loc>" + XmlText.Escape(loc) + "</loc>\n"
            + "    <format>application/jsonl</format>\n"
            + "    <itemType>https://schema.org/TechArticle</itemType>\n"
            + "  </feed>\n"
            + "</schemamap>\n";
    }
}
