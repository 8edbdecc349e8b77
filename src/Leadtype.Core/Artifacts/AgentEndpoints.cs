using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Navigation;

namespace Leadtype.Artifacts;

/// <summary>
/// Names and URLs of the agent-facing endpoints, shared by llms.txt, SKILL.md, the agent card and
/// the MCP server card so they always agree (artifacts §3.14, §3.15.1).
/// </summary>
public static class AgentEndpoints
{
    public const string ServerCardPath = "/.well-known/mcp/server-card.json";

    private static readonly string[] DefaultTools = { "search-docs", "get-page" };

    /// <summary>
    /// Resolves an endpoint the reference way: absent → <c>/mcp</c>; an absolute http(s) URL is
    /// kept; otherwise a leading <c>/</c> is ensured and, when <c>--base-url</c> was given, the
    /// base is prepended. Without the flag the endpoint stays relative.
    /// </summary>
    public static string Resolve(string? explicitBaseUrl, string? endpoint, string fallback = "/mcp")
    {
        var value = string.IsNullOrEmpty(endpoint) ? fallback : endpoint!;
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return value;
        }

        var path = value.StartsWith("/", StringComparison.Ordinal) ? value : "/" + value;
        return string.IsNullOrEmpty(explicitBaseUrl) ? path : DocsUrl.StripTrailingSlashes(explicitBaseUrl!) + path;
    }

    /// <summary>The MCP endpoint (<c>agents.mcp.endpoint</c>, default <c>/mcp</c>).</summary>
    public static string Mcp(DocsSite site) => Resolve(site.ExplicitBaseUrl, site.Config.Agents.Mcp.Endpoint);

    /// <summary>Where the MCP server card is published.</summary>
    public static string McpServerCard(DocsSite site) => Resolve(site.ExplicitBaseUrl, ServerCardPath);

    /// <summary>The NLWeb <c>/ask</c> endpoint (<c>agents.nlweb.endpoint</c>, default <c>/ask</c>).</summary>
    public static string NlwebAsk(DocsSite site) => Resolve(site.ExplicitBaseUrl, site.Config.Agents.Nlweb.Endpoint, "/ask");

    /// <summary>The MCP tools: <c>agents.mcp.tools</c> de-duplicated with unknown names dropped, or <c>search-docs, get-page</c>.</summary>
    public static IReadOnlyList<string> McpTools(McpConfig mcp)
    {
        if (mcp.Tools.IsEmpty)
        {
            return DefaultTools;
        }

        var tools = new List<string>();
        foreach (var tool in mcp.Tools)
        {
            if (!tools.Contains(tool) && McpConfig.KnownTools.AsSpan().IndexOf(tool) >= 0)
            {
                tools.Add(tool);
            }
        }

        return tools;
    }

    /// <summary>The built-in docs skill's name: the product name slugified (runs of non-<c>[a-z0-9]</c> → <c>-</c>) + <c>-docs</c>; <c>Acme</c> → <c>acme-docs</c>.</summary>
    public static string DocsSkillName(ProductConfig product)
    {
        var slug = Slugify(product.Name, allowDash: false);
        return (slug.Length == 0 ? "product" : slug) + "-docs";
    }

    /// <summary>The MCP server name: the product name slugified, with <c>-docs</c> appended unless it already ends so; <c>Acme Docs</c> → <c>acme-docs</c>.</summary>
    public static string McpServerName(DocsSite site)
    {
        var configured = site.Config.Agents.Mcp.ServerInfo?.Name;
        if (!string.IsNullOrEmpty(configured))
        {
            return configured!;
        }

        var slug = Slugify(site.Product.Name, allowDash: true);
        if (slug.Length == 0)
        {
            return "docs";
        }

        return slug == "docs" || slug.EndsWith("-docs", StringComparison.Ordinal) ? slug : slug + "-docs";
    }

    /// <summary>Lower-cases, replaces each run of other characters with one <c>-</c>, and trims <c>-</c> from both ends.</summary>
    internal static string Slugify(string value, bool allowDash)
    {
        var builder = new StringBuilder(value.Length);
        var pendingDash = false;
        foreach (var raw in value.ToLowerInvariant())
        {
            var keep = (raw >= 'a' && raw <= 'z') || (raw >= '0' && raw <= '9') || (allowDash && raw == '-');
            if (!keep)
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingDash = false;
            builder.Append(raw);
        }

        return builder.ToString().Trim('-');
    }
}
