using System.Collections.Generic;

namespace Leadtype.Config;

/// <summary>
/// The property names of every object in <c>leadtype.json</c>, by the name of its definition in
/// <c>schemas/leadtype.schema.json</c>. The reader warns about any other property, and a test
/// checks that the schema lists exactly these names, so the two cannot drift apart.
/// </summary>
public static class ConfigShapes
{
    public static readonly ConfigShape Root = new("DocsConfig",
        "$schema", "product", "organization", "llms", "navigation", "groups", "mounts", "feeds",
        "collections", "openapi", "i18n", "typeTableBasePath", "typeTableStrict", "git", "agents",
        "search", "redirects", "lint", "templates", "components", "frontmatterSchema", "transformers", "flatteners");

    public static readonly ConfigShape Product = new("Product",
        "name", "tagline", "homepage", "docs", "repository", "kind", "category",
        "summary", "bullets", "bestStartingPoints", "agentGuidance");

    public static readonly ConfigShape Organization = new("Organization",
        "name", "url", "email", "logo", "sameAs", "contactPoint", "address");

    public static readonly ConfigShape ContactPoint = new("ContactPoint",
        "contactType", "email", "telephone", "url", "areaServed", "availableLanguage");

    public static readonly ConfigShape Address = new("PostalAddress",
        "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry");

    public static readonly ConfigShape Llms = new("Llms", "sections");

    public static readonly ConfigShape MarkdownBlock = new("LlmsMarkdownBlock", "type", "heading", "body");

    public static readonly ConfigShape LinksBlock = new("LlmsLinksBlock", "type", "heading", "links");

    public static readonly ConfigShape CuratedLink = new("CuratedLink", "urlPath", "title", "description");

    public static readonly ConfigShape NavNode = new("NavNode",
        "title", "slug", "description", "base", "pages", "children", "optional");

    public static readonly ConfigShape NavInclude = new("NavInclude", "include", "exclude", "sort", "required");

    public static readonly ConfigShape Group = new("Group", "slug", "title", "description", "children");

    public static readonly ConfigShape Mount = new("Mount", "pathPrefix", "urlPrefix");

    public static readonly ConfigShape Feed = new("Feed",
        "id", "title", "description", "source", "formats", "output", "limit");

    public static readonly ConfigShape FeedSource = new("FeedSource", "urlPrefix");

    public static readonly ConfigShape FeedOutput = new("FeedOutput", "rss", "atom");

    public static readonly ConfigShape Git = new("Git", "ignoredAuthors");

    public static readonly ConfigShape Agents = new("Agents",
        "mcp", "nlweb", "robots", "seo", "agentCard", "skills");

    public static readonly ConfigShape Mcp = new("Mcp",
        "enabled", "endpoint", "icon", "logo", "serverInfo", "authentication", "tools");

    public static readonly ConfigShape McpServerInfo = new("McpServerInfo",
        "name", "version", "description", "instructions");

    public static readonly ConfigShape McpAuthentication = new("McpAuthentication", "required");

    public static readonly ConfigShape Nlweb = new("Nlweb", "enabled", "endpoint");

    public static readonly ConfigShape Robots = new("Robots", "policy", "signals");

    public static readonly ConfigShape RobotsSignals = new("RobotsSignals", "search", "aiInput", "aiTrain");

    public static readonly ConfigShape Seo = new("Seo", "ogImage", "twitterSite", "keywords");

    public static readonly ConfigShape AgentCard = new("AgentCard", "enabled", "version");

    public static readonly ConfigShape Skills = new("Skills", "docsSkill", "items");

    public static readonly ConfigShape Skill = new("Skill",
        "name", "description", "license", "compatibility", "allowedTools", "metadata", "body", "bodyPath");

    public static readonly ConfigShape Search = new("Search", "synonyms");

    public static readonly ConfigShape Redirects = new("Redirects", "lockfile", "removed");

    public static readonly ConfigShape Lint = new("Lint",
        "ignore", "unknownFieldSeverity", "rules", "externalLinks", "snippets");

    public static readonly ConfigShape LintExternalLinks = new("LintExternalLinks", "ignore", "ttlHours");

    public static readonly ConfigShape LintSnippets = new("LintSnippets", "typecheck");

    public static readonly ConfigShape Templates = new("Templates",
        "llmsTxt", "docsLlmsTxt", "llmsFullTxt", "agentsMd", "sitemapMd");

    public static readonly ConfigShape Component = new("Component",
        "shape", "aliases", "titleProp", "defaultTitle", "item", "level", "hrefProp", "descriptionProp", "template");

    /// <summary>Every shape with a fixed set of properties (maps keyed by user names, such as <c>components</c>, are not listed).</summary>
    public static IReadOnlyList<ConfigShape> All { get; } = new[]
    {
        Root, Product, Organization, ContactPoint, Address, Llms, MarkdownBlock, LinksBlock, CuratedLink,
        NavNode, NavInclude, Group, Mount, Feed, FeedSource, FeedOutput, Git, Agents, Mcp, McpServerInfo,
        McpAuthentication, Nlweb, Robots, RobotsSignals, Seo, AgentCard, Skills, Skill, Search, Redirects, Lint,
        LintExternalLinks, LintSnippets, Templates, Component,
    };
}

/// <summary>A named object shape: the definition name in the JSON Schema and its property names.</summary>
public sealed class ConfigShape
{
    public ConfigShape(string name, params string[] properties)
    {
        Name = name;
        Properties = properties;
    }

    public string Name { get; }

    public IReadOnlyList<string> Properties { get; }

    public bool Contains(string property)
    {
        foreach (var p in Properties)
        {
            if (p == property)
            {
                return true;
            }
        }

        return false;
    }
}
