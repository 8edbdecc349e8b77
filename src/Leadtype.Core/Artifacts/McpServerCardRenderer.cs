using System.Text.RegularExpressions;
using Leadtype.Json;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// The MCP server card (artifacts §3.15.2), published in site mode with <c>agents.mcp.enabled</c>
/// at <c>.well-known/mcp/server-card.json</c> and, byte-identical, <c>mcp.json</c> and
/// <c>.well-known/mcp.json</c>. JSON(2) with a trailing newline.
/// </summary>
public static class McpServerCardRenderer
{
    public static readonly string[] Paths = { ".well-known/mcp/server-card.json", "mcp.json", ".well-known/mcp.json" };

    private static readonly Regex TrailingPunctuation = new("[.!?]+$", RegexOptions.CultureInvariant);

    public static byte[] Render(DocsSite site)
    {
        var mcp = site.Config.Agents.Mcp;
        var info = mcp.ServerInfo;
        var name = AgentEndpoints.McpServerName(site);
        var version = string.IsNullOrEmpty(info?.Version) ? "1.0.0" : info!.Version!;
        var description = string.IsNullOrEmpty(info?.Description) ? site.Product.Tagline : info!.Description!;
        var instructions = string.IsNullOrEmpty(info?.Instructions) ? DefaultInstructions(site.Product.Tagline) : info!.Instructions!;
        var endpoint = AgentEndpoints.Mcp(site);

        var writer = new JsonWriter(2048);
        writer.StartObject();
        writer.PropertyName("$schema");
        writer.String("https://static.modelcontextprotocol.io/schemas/mcp-server-card/v1.json");
        writer.PropertyName("version");
        writer.String("1.0");
        writer.PropertyName("protocolVersion");
        writer.String("2025-06-18");
        writer.PropertyName("name");
        writer.String(name);
        if (description.Length > 0)
        {
            writer.PropertyName("description");
            writer.String(description);
        }

        if (!string.IsNullOrEmpty(mcp.Icon))
        {
            writer.PropertyName("icon");
            writer.String(mcp.Icon!);
        }

        writer.PropertyName("serverUrl");
        writer.String(endpoint);
        writer.PropertyName("tools");
        writer.StartArray();
        foreach (var tool in AgentEndpoints.McpTools(mcp))
        {
            var (title, toolDescription) = Describe(tool);
            writer.StartObject();
            writer.PropertyName("name");
            writer.String(tool);
            writer.PropertyName("title");
            writer.String(title);
            writer.PropertyName("description");
            writer.String(toolDescription);
            writer.PropertyName("annotations");
            writer.StartObject();
            writer.PropertyName("idempotentHint");
            writer.Boolean(true);
            writer.PropertyName("readOnlyHint");
            writer.Boolean(true);
            writer.EndObject();
            writer.EndObject();
        }

        writer.EndArray();
        writer.PropertyName("serverInfo");
        writer.StartObject();
        writer.PropertyName("name");
        writer.String(name);
        writer.PropertyName("version");
        writer.String(version);
        if (description.Length > 0)
        {
            writer.PropertyName("description");
            writer.String(description);
        }

        writer.PropertyName("instructions");
        writer.String(instructions);
        writer.EndObject();
        writer.PropertyName("transport");
        writer.StartObject();
        writer.PropertyName("type");
        writer.String("streamable-http");
        writer.PropertyName("endpoint");
        writer.String(endpoint);
        writer.EndObject();
        writer.PropertyName("capabilities");
        writer.StartObject();
        writer.PropertyName("tools");
        writer.StartObject();
        writer.EndObject();
        writer.EndObject();
        writer.PropertyName("authentication");
        writer.StartObject();
        writer.PropertyName("required");
        writer.Boolean(mcp.AuthenticationRequired);
        writer.EndObject();
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }

    /// <summary><c>Search and read the documentation for {summary without trailing .!?}.</c></summary>
    public static string DefaultInstructions(string summary)
    {
        var trimmed = TrailingPunctuation.Replace(summary.Trim(), string.Empty);
        return trimmed.Length == 0 ? "Search and read the documentation." : "Search and read the documentation for " + trimmed + ".";
    }

    private static (string Title, string Description) Describe(string tool) => tool switch
    {
        "search-docs" => ("Search documentation", "Search the documentation and return ranked results ({ title, urlPath, snippet }). Use get-page to read a full result."),
        "get-page" => ("Get a documentation page", "Return the full Markdown of one documentation page by its urlPath (e.g. the urlPath from a search-docs result)."),
        _ => ("List documentation pages", "List all documentation pages with their title, urlPath and groups."),
    };
}
