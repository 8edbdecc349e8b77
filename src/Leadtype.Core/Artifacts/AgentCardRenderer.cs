using System.Collections.Generic;
using Leadtype.Json;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>.well-known/agent-card.json</c> (artifacts §3.14.3): the A2A agent card listing the published
/// skills. Written in site mode when there is at least one skill and <c>agents.agentCard.enabled</c>
/// is not false. JSON(2) with a trailing newline.
/// </summary>
public static class AgentCardRenderer
{
    public const string Path = ".well-known/agent-card.json";

    public static byte[] Render(DocsSite site, IReadOnlyList<AgentSkill> skills)
    {
        var product = site.Product;
        var explicitBase = site.ExplicitBaseUrl;
        // The reference's docs promise product.homepage as the fallback when MCP is off; its code never
        // reads it. We follow the docs.
        var url = site.Config.Agents.Mcp.Enabled ? AgentEndpoints.Mcp(site) : explicitBase ?? product.Homepage;
        var documentationUrl = product.Docs ?? (explicitBase is null ? null : explicitBase + "/docs");

        var writer = new JsonWriter(1024);
        writer.StartObject();
        writer.PropertyName("name");
        writer.String(product.Name);
        writer.PropertyName("description");
        writer.String(product.Tagline);
        if (!string.IsNullOrEmpty(url))
        {
            writer.PropertyName("url");
            writer.String(url!);
        }

        writer.PropertyName("version");
        writer.String(site.Config.Agents.AgentCard.Version);
        if (site.Config.Organization is { } organization && organization.Name.Length > 0)
        {
            writer.PropertyName("provider");
            writer.StartObject();
            writer.PropertyName("organization");
            writer.String(organization.Name);
            if (!string.IsNullOrEmpty(organization.Url))
            {
                writer.PropertyName("url");
                writer.String(organization.Url!);
            }

            writer.EndObject();
        }

        if (!string.IsNullOrEmpty(documentationUrl))
        {
            writer.PropertyName("documentationUrl");
            writer.String(documentationUrl!);
        }

        writer.PropertyName("capabilities");
        writer.StartObject();
        writer.PropertyName("streaming");
        writer.Boolean(false);
        writer.PropertyName("pushNotifications");
        writer.Boolean(false);
        writer.EndObject();
        writer.PropertyName("defaultInputModes");
        writer.StartArray();
        writer.String("text/plain");
        writer.EndArray();
        writer.PropertyName("defaultOutputModes");
        writer.StartArray();
        writer.String("text/markdown");
        writer.EndArray();
        writer.PropertyName("skills");
        writer.StartArray();
        foreach (var skill in skills)
        {
            writer.StartObject();
            writer.PropertyName("id");
            writer.String(skill.Name);
            writer.PropertyName("name");
            writer.String(skill.Name);
            writer.PropertyName("description");
            writer.String(skill.Description);
            writer.PropertyName("tags");
            writer.StartArray();
            writer.String("documentation");
            writer.EndArray();
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }
}
