using System.Text;
using Leadtype.Artifacts;
using Leadtype.Model;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// An agent skill's <c>SKILL.md</c> (artifacts §3.14.2): YAML frontmatter (name, description,
/// license, compatibility, allowed-tools, metadata) and the body. The built-in docs skill's body
/// points at llms.txt (site) or AGENTS.md (bundle). Site mode writes one per skill under
/// <c>.well-known/agent-skills/</c>; bundle mode writes the docs skill as <c>SKILL.md</c>.
/// </summary>
/// <remarks>
/// Template values: <c>product</c>, <c>mode</c>, <c>skill</c> (<c>name</c>, <c>description</c>,
/// <c>frontmatter</c>, <c>body</c>, <c>is_docs_skill</c>), <c>mcp</c> (<c>endpoint</c>; null when MCP is off).
/// </remarks>
public static class SkillMdRenderer
{
    public const string BundlePath = "SKILL.md";

    public static string Render(DocsSite site, AgentSkill skill, ArtifactTemplate template)
    {
        var model = TemplateModel.Root(site);
        var body = skill.Body ?? string.Empty;
        model["skill"] = new ScriptObject
        {
            ["name"] = skill.Name,
            ["description"] = skill.Description,
            ["is_docs_skill"] = skill.IsDocsSkill,
            ["frontmatter"] = Frontmatter(skill),
            // The template adds the final newline; a body that already ends with one keeps just that one.
            ["body"] = body.EndsWith("\n", System.StringComparison.Ordinal) ? body.Substring(0, body.Length - 1) : body,
        };
        model["mcp"] = site.Config.Agents.Mcp.Enabled ? new ScriptObject { ["endpoint"] = AgentEndpoints.Mcp(site) } : null;
        return template.Render(model);
    }

    /// <summary>The frontmatter lines without the <c>---</c> fences.</summary>
    public static string Frontmatter(AgentSkill skill)
    {
        var builder = new StringBuilder();
        builder.Append("name: ").Append(Yaml(skill.Name)).Append('\n');
        builder.Append("description: ").Append(Yaml(skill.Description));
        if (!string.IsNullOrEmpty(skill.License))
        {
            builder.Append("\nlicense: ").Append(Yaml(skill.License!));
        }

        if (!string.IsNullOrEmpty(skill.Compatibility))
        {
            builder.Append("\ncompatibility: ").Append(Yaml(skill.Compatibility!));
        }

        if (!skill.AllowedTools.IsEmpty)
        {
            builder.Append("\nallowed-tools: ").Append(string.Join(" ", skill.AllowedTools));
        }

        if (!skill.Metadata.IsEmpty)
        {
            builder.Append("\nmetadata:");
            foreach (var entry in skill.Metadata)
            {
                builder.Append("\n  ").Append(entry.Key).Append(": ").Append(Yaml(entry.Value));
            }
        }

        return builder.ToString();
    }

    /// <summary>The reference's minimal quoting: a JSON string when the value contains <c>:</c> or <c>#</c>, else verbatim.</summary>
    public static string Yaml(string value) =>
        value.IndexOf(':') >= 0 || value.IndexOf('#') >= 0 ? JsonString(value) : value;

    private static string JsonString(string value)
    {
        var writer = new Leadtype.Json.JsonWriter(value.Length + 8);
        writer.String(value);
        return Encoding.UTF8.GetString(writer.ToArray());
    }
}
