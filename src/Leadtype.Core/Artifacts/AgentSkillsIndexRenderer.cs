using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using Leadtype.Json;

namespace Leadtype.Artifacts;

/// <summary>
/// <c>.well-known/agent-skills/index.json</c> (artifacts §3.14.3): the Agent Skills discovery
/// index (schema 0.2.0), one entry per published SKILL.md with its SHA-256 digest (hex) and
/// integrity (base64). JSON(2) with a trailing newline.
/// </summary>
public static class AgentSkillsIndexRenderer
{
    public const string Directory = ".well-known/agent-skills";
    public const string Path = Directory + "/index.json";

    /// <summary>Where a skill's SKILL.md lives in site mode.</summary>
    public static string SkillPath(string name) => Directory + "/" + name + "/SKILL.md";

    /// <param name="skills">Each skill with the exact bytes written to its SKILL.md.</param>
    public static byte[] Render(IReadOnlyList<(AgentSkill Skill, byte[] SkillMd)> skills)
    {
        var writer = new JsonWriter(1024);
        writer.StartObject();
        writer.PropertyName("$schema");
        writer.String("https://schemas.agentskills.io/discovery/0.2.0/schema.json");
        writer.PropertyName("skills");
        writer.StartArray();
        foreach (var (skill, skillMd) in skills)
        {
            byte[] hash;
            using (var sha = SHA256.Create())
            {
                hash = sha.ComputeHash(skillMd);
            }

            var url = "./" + skill.Name + "/SKILL.md";
            writer.StartObject();
            writer.PropertyName("name");
            writer.String(skill.Name);
            writer.PropertyName("description");
            writer.String(skill.Description);
            writer.PropertyName("type");
            writer.String("skill-md");
            writer.PropertyName("url");
            writer.String(url);
            writer.PropertyName("digest");
            writer.String("sha256:" + Hex(hash));
            // path and integrity are the legacy spellings older clients read.
            writer.PropertyName("path");
            writer.String(url);
            writer.PropertyName("integrity");
            writer.String("sha256-" + Convert.ToBase64String(hash));
            writer.EndObject();
        }

        writer.EndArray();
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }

    private static string Hex(byte[] bytes)
    {
        var builder = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
