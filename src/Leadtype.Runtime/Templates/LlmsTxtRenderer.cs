using System.Collections.Generic;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Navigation;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// <c>llms.txt</c> (artifacts §3.2): product name and summary, the configured blocks with curated
/// links resolved to Markdown mirrors, and the agent interfaces (MCP, NLWeb) when enabled. Site mode.
/// </summary>
/// <remarks>
/// Template values: <c>product</c>, <c>blocks</c> (see <see cref="LlmsBlocks"/>), <c>sections</c>
/// (the docs/llms.txt sections; the default template lists them when no blocks are configured, so
/// a site without config still links every page), <c>mcp</c> (<c>endpoint</c>, <c>server_card</c>,
/// <c>tools</c>) and <c>nlweb</c> (<c>endpoint</c>), each null when disabled.
/// </remarks>
public static class LlmsTxtRenderer
{
    public const string Path = "llms.txt";
    public const string WellKnownPath = ".well-known/llms.txt";

    public static string Render(DocsSite site, ArtifactTemplate template) => Render(site, template, DocsLlmsTxtRenderer.Sections(site));

    /// <param name="sections">The docs/llms.txt sections (<see cref="DocsLlmsTxtRenderer.Sections"/>), built once for both files.</param>
    internal static string Render(DocsSite site, ArtifactTemplate template, ScriptArray sections)
    {
        var pages = SitePageIndex.For(site);
        var model = TemplateModel.Root(site);
        model["blocks"] = LlmsBlocks.Build(site.Config, link =>
            CuratedLinkResolver.Resolve(site, pages, link) is { } resolved ? TemplateModel.Link(resolved.Title, resolved.Url, resolved.Description) : null);
        model["sections"] = sections;
        model["mcp"] = site.Config.Agents.Mcp.Enabled
            ? new ScriptObject
            {
                ["endpoint"] = AgentEndpoints.Mcp(site),
                ["server_card"] = AgentEndpoints.McpServerCard(site),
                ["tools"] = string.Join(", ", AgentEndpoints.McpTools(site.Config.Agents.Mcp)),
            }
            : null;
        model["nlweb"] = site.Config.Agents.Nlweb.Enabled ? new ScriptObject { ["endpoint"] = AgentEndpoints.NlwebAsk(site) } : null;
        return template.Render(model);
    }
}
