using System.Collections.Generic;
using System.IO;
using Leadtype.Config;
using Leadtype.Json;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>docs/agent-readability.json</c>, the manifest runtime helpers and the MCP server read
/// (artifacts §3.6): product, every page (reading order) with its HTML and Markdown URLs, the
/// navigation with per-page tables of contents, the crawler file paths, and JSON-LD/SEO inputs.
/// JSON(2) with a trailing newline; key order as the reference.
/// </summary>
public static class AgentReadabilityRenderer
{
    public const string Path = "docs/agent-readability.json";

    public static byte[] Render(DocsSite site)
    {
        var writer = new JsonWriter(64 * 1024, indented: true);
        Write(writer, site);
        return writer.ToArray();
    }

    /// <summary>Streams the manifest to <paramref name="output"/> (the same bytes as <see cref="Render(DocsSite)"/>).</summary>
    public static void Render(DocsSite site, Stream output)
    {
        var writer = new JsonWriter(output, indented: true);
        Write(writer, site);
        writer.Flush();
    }

    // JSON(2) written directly in its indented layout, then the trailing newline.
    private static void Write(JsonWriter writer, DocsSite site)
    {
        writer.StartObject();
        writer.PropertyName("version");
        writer.Number(1);
        writer.PropertyName("generatedAt");
        writer.String(IsoDate.Format(site.GeneratedAt));
        writer.PropertyName("baseUrl");
        writer.String(site.BaseUrlValue);
        WriteProduct(writer, site.Config);

        writer.PropertyName("pages");
        writer.StartArray();
        foreach (var page in SiteReadingOrder.Of(site))
        {
            WritePage(writer, site, page);
        }

        writer.EndArray();

        writer.PropertyName("navigation");
        WriteNavigation(writer, site);

        writer.PropertyName("files");
        writer.StartObject();
        writer.PropertyName("apiCatalog");
        writer.String("/" + ApiCatalogRenderer.Path);
        writer.PropertyName("robotsTxt");
        writer.String("/" + RobotsTxtRenderer.Path);
        writer.PropertyName("sitemapMd");
        writer.String("/sitemap.md");
        writer.PropertyName("sitemapXml");
        writer.String("/" + SitemapXmlRenderer.Path);
        writer.EndObject();

        WriteJsonLd(writer, site.Config);
        WriteSeo(writer, site.Config.Agents.Seo);
        writer.EndObject();
        writer.RawAscii("\n");
    }

    private static void WriteProduct(JsonWriter writer, DocsConfig config)
    {
        writer.PropertyName("product");
        writer.StartObject();
        writer.PropertyName("name");
        writer.String(config.Product.Name);
        writer.PropertyName("summary");
        writer.String(config.Product.Tagline);
        var blocks = config.EffectiveLlmsBlocks;
        if (!blocks.IsEmpty)
        {
            writer.PropertyName("blocks");
            writer.StartArray();
            foreach (var block in blocks)
            {
                WriteBlock(writer, block);
            }

            writer.EndArray();
        }

        writer.EndObject();
    }

    private static void WriteBlock(JsonWriter writer, LlmsBlock block)
    {
        writer.StartObject();
        switch (block)
        {
            case LlmsMarkdownBlock markdown:
                writer.PropertyName("type");
                writer.String("markdown");
                OptionalString(writer, "heading", markdown.Heading);
                writer.PropertyName("body");
                writer.String(markdown.Body);
                break;
            case LlmsLinksBlock links:
                writer.PropertyName("type");
                writer.String("links");
                writer.PropertyName("heading");
                writer.String(links.Heading);
                writer.PropertyName("links");
                writer.StartArray();
                foreach (var link in links.Links)
                {
                    writer.StartObject();
                    writer.PropertyName("urlPath");
                    writer.String(link.UrlPath);
                    OptionalString(writer, "title", link.Title);
                    OptionalString(writer, "description", link.Description);
                    writer.EndObject();
                }

                writer.EndArray();
                break;
        }

        writer.EndObject();
    }

    private static void WritePage(JsonWriter writer, DocsSite site, SitePage page)
    {
        writer.StartObject();
        writer.PropertyName("title");
        writer.String(page.Title);
        writer.PropertyName("description");
        writer.String(page.Description);
        writer.PropertyName("urlPath");
        writer.String(page.UrlPath);
        writer.PropertyName("absoluteUrl");
        writer.String(site.AbsoluteUrl(page.UrlPath));
        writer.PropertyName("markdownUrlPath");
        writer.String(page.MarkdownUrlPath);
        writer.PropertyName("markdownAbsoluteUrl");
        writer.String(site.AbsoluteUrl(page.MarkdownUrlPath));
        writer.PropertyName("relativePath");
        writer.String(page.RelativePath);
        writer.PropertyName("groups");
        StringArray(writer, page.Groups);
        writer.PropertyName("lastModified");
        writer.String(IsoDate.Format(site.LastModifiedOf(page)));
        writer.PropertyName("logicalPath");
        writer.String(page.RelativePath);
        writer.EndObject();
    }

    private static void WriteNavigation(JsonWriter writer, DocsSite site)
    {
        var navigation = site.Navigation;
        writer.StartObject();
        writer.PropertyName("groups");
        writer.StartArray();
        foreach (var group in navigation.Groups)
        {
            WriteGroup(writer, group);
        }

        writer.EndArray();
        writer.PropertyName("ungrouped");
        WritePageViews(writer, navigation.Ungrouped);
        writer.PropertyName("unknown");
        writer.StartArray();
        foreach (var unknown in navigation.Unknown)
        {
            writer.StartObject();
            writer.PropertyName("urlPath");
            writer.String(unknown.UrlPath);
            writer.PropertyName("slug");
            writer.String(unknown.Slug);
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WriteGroup(JsonWriter writer, NavGroup group)
    {
        writer.StartObject();
        writer.PropertyName("slug");
        writer.String(group.Slug);
        writer.PropertyName("segmentPath");
        StringArray(writer, group.SegmentPath);
        writer.PropertyName("title");
        writer.String(group.Title);
        OptionalString(writer, "description", group.Description);
        if (group.Optional)
        {
            writer.PropertyName("optional");
            writer.Boolean(true);
        }

        writer.PropertyName("pages");
        WritePageViews(writer, group.Pages);
        writer.PropertyName("children");
        writer.StartArray();
        foreach (var child in group.Children)
        {
            WriteGroup(writer, child);
        }

        writer.EndArray();
        writer.EndObject();
    }

    private static void WritePageViews(JsonWriter writer, IEnumerable<NavPageView> pages)
    {
        writer.StartArray();
        foreach (var page in pages)
        {
            writer.StartObject();
            writer.PropertyName("urlPath");
            writer.String(page.UrlPath);
            writer.PropertyName("relativePath");
            writer.String(page.RelativePath);
            writer.PropertyName("title");
            writer.String(page.Title);
            writer.PropertyName("description");
            writer.String(page.Description);
            writer.PropertyName("groups");
            StringArray(writer, page.Groups);
            writer.PropertyName("toc");
            WriteToc(writer, page.Toc);
            writer.PropertyName("logicalPath");
            writer.String(page.RelativePath);
            writer.EndObject();
        }

        writer.EndArray();
    }

    private static void WriteToc(JsonWriter writer, IEnumerable<TocItem> items)
    {
        writer.StartArray();
        foreach (var item in items)
        {
            writer.StartObject();
            writer.PropertyName("id");
            writer.String(item.Id);
            writer.PropertyName("title");
            writer.String(item.Title);
            writer.PropertyName("level");
            writer.Number(item.Level);
            writer.PropertyName("urlPath");
            writer.String(item.UrlPath);
            writer.PropertyName("urlWithHash");
            writer.String(item.UrlWithHash);
            writer.PropertyName("absoluteUrlWithHash");
            writer.String(item.AbsoluteUrlWithHash);
            writer.PropertyName("children");
            WriteToc(writer, item.Children);
            writer.EndObject();
        }

        writer.EndArray();
    }

    private static void WriteJsonLd(JsonWriter writer, DocsConfig config)
    {
        var organization = config.Organization;
        var product = config.Product;
        var hasSoftware = product.Kind == ProductKind.Library || product.Category is not null || product.Repository is not null;
        if (organization is null && !hasSoftware)
        {
            return;
        }

        writer.PropertyName("jsonLd");
        writer.StartObject();
        if (organization is not null)
        {
            writer.PropertyName("organization");
            WriteOrganization(writer, organization);
        }

        if (hasSoftware)
        {
            writer.PropertyName("software");
            writer.StartObject();
            if (product.Kind == ProductKind.Library)
            {
                writer.PropertyName("isLibrary");
                writer.Boolean(true);
            }

            OptionalString(writer, "applicationCategory", product.Category);
            OptionalString(writer, "codeRepository", product.Repository);
            writer.EndObject();
        }

        writer.EndObject();
    }

    private static void WriteOrganization(JsonWriter writer, OrganizationConfig organization)
    {
        writer.StartObject();
        OptionalString(writer, "name", organization.Name);
        OptionalString(writer, "url", organization.Url);
        OptionalString(writer, "email", organization.Email);
        OptionalString(writer, "logo", organization.Logo);
        if (!organization.SameAs.IsEmpty)
        {
            writer.PropertyName("sameAs");
            StringArray(writer, organization.SameAs);
        }

        if (!organization.ContactPoints.IsEmpty)
        {
            writer.PropertyName("contactPoint");
            writer.StartArray();
            foreach (var contact in organization.ContactPoints)
            {
                writer.StartObject();
                OptionalString(writer, "contactType", contact.ContactType);
                OptionalString(writer, "email", contact.Email);
                OptionalString(writer, "telephone", contact.Telephone);
                OptionalString(writer, "url", contact.Url);
                if (!contact.AreaServed.IsEmpty)
                {
                    writer.PropertyName("areaServed");
                    StringArray(writer, contact.AreaServed);
                }

                if (!contact.AvailableLanguage.IsEmpty)
                {
                    writer.PropertyName("availableLanguage");
                    StringArray(writer, contact.AvailableLanguage);
                }

                writer.EndObject();
            }

            writer.EndArray();
        }

        if (organization.Address is { } address)
        {
            writer.PropertyName("address");
            writer.StartObject();
            OptionalString(writer, "streetAddress", address.StreetAddress);
            OptionalString(writer, "addressLocality", address.AddressLocality);
            OptionalString(writer, "addressRegion", address.AddressRegion);
            OptionalString(writer, "postalCode", address.PostalCode);
            OptionalString(writer, "addressCountry", address.AddressCountry);
            writer.EndObject();
        }

        writer.EndObject();
    }

    private static void WriteSeo(JsonWriter writer, SeoConfig seo)
    {
        if (string.IsNullOrEmpty(seo.OgImage) && string.IsNullOrEmpty(seo.TwitterSite) && seo.Keywords.IsEmpty)
        {
            return;
        }

        writer.PropertyName("seo");
        writer.StartObject();
        OptionalString(writer, "ogImage", seo.OgImage);
        OptionalString(writer, "twitterSite", seo.TwitterSite);
        if (!seo.Keywords.IsEmpty)
        {
            writer.PropertyName("keywords");
            StringArray(writer, seo.Keywords);
        }

        writer.EndObject();
    }

    private static void StringArray(JsonWriter writer, IEnumerable<string> values)
    {
        writer.StartArray();
        foreach (var value in values)
        {
            writer.String(value);
        }

        writer.EndArray();
    }

    /// <summary>Writes the member only when it has a value, as <c>JSON.stringify</c> drops <c>undefined</c> and the reference drops empty strings.</summary>
    private static void OptionalString(JsonWriter writer, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        writer.PropertyName(name);
        writer.String(value!);
    }
}
