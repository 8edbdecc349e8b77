using Leadtype.Json;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>.well-known/api-catalog</c> (artifacts §3.10): an RFC 9264 linkset pointing agents at the docs
/// routing index, the agent-readability manifest and the sitemap. Served as
/// <c>application/linkset+json</c>; JSON(2) with a trailing newline.
/// </summary>
public static class ApiCatalogRenderer
{
    public const string Path = ".well-known/api-catalog";

    public static byte[] Render(DocsSite site)
    {
        var writer = new JsonWriter(1024);
        writer.StartObject();
        writer.PropertyName("linkset");
        writer.StartArray();
        writer.StartObject();
        writer.PropertyName("anchor");
        writer.String(site.AbsoluteUrl("/"));
        Link(writer, site, "api-catalog", "/" + Path, "application/linkset+json");
        // The reference always names /docs/llms.txt, even in runs that do not write it; point at the
        // routing index this run actually writes.
        Link(writer, site, "service-doc", site.HasRoutingStructure ? "/docs/llms.txt" : "/llms.txt", "text/plain");
        Link(writer, site, "service-desc", "/" + AgentReadabilityRenderer.Path, "application/json");
        Link(writer, site, "describedby", "/" + SitemapXmlRenderer.Path, "application/xml");
        writer.EndObject();
        writer.EndArray();
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }

    private static void Link(JsonWriter writer, DocsSite site, string relation, string urlPath, string type)
    {
        writer.PropertyName(relation);
        writer.StartArray();
        writer.StartObject();
        writer.PropertyName("href");
        writer.String(site.AbsoluteUrl(urlPath));
        writer.PropertyName("type");
        writer.String(type);
        writer.EndObject();
        writer.EndArray();
    }
}
