using System.Collections.Generic;
using System.Text.RegularExpressions;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// The skills a run publishes (artifacts §3.14.1): the built-in docs skill unless
/// <c>agents.skills.docsSkill</c> is false, then the configured items (site mode only — a bundle
/// ships just the docs skill as <c>SKILL.md</c>). Names and descriptions are checked against the
/// Agent Skills discovery format before anything is written.
/// </summary>
public static class AgentSkillSet
{
    public const int MaxDescriptionLength = 1024;

    private static readonly Regex ValidName = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<AgentSkill> For(DocsSite site)
    {
        var skills = new List<AgentSkill>();
        var config = site.Config.Agents.Skills;
        if (config.DocsSkill)
        {
            var name = site.Product.Name;
            skills.Add(new AgentSkill(
                AgentEndpoints.DocsSkillName(site.Product),
                "Read and search the " + name + " documentation. Use when working with " + name + " — its setup, configuration, API, and behavior.",
                IsDocsSkill: true,
                Metadata: EquatableArray.Create(new SkillMetadataEntry("source", "leadtype"))));
        }

        if (site.Mode == SiteMode.Site)
        {
            foreach (var item in config.Items)
            {
                // bodyPath was read by the pipeline into Body; an item with neither gets a heading and its description.
                var body = item.Body ?? "# " + item.Name + "\n\n" + item.Description + "\n";
                skills.Add(new AgentSkill(item.Name, item.Description, false, item.License, item.Compatibility, item.AllowedTools, item.Metadata, body, item.Location));
            }
        }

        return skills;
    }

    /// <summary>
    /// The config with every <c>agents.skills.items[].bodyPath</c> read into <c>body</c>, so renderers
    /// need no I/O. <paramref name="readBody"/> resolves the path (against <c>--src</c>) and returns the
    /// file text, or null when it cannot be read (the item then falls back to its description).
    /// </summary>
    public static DocsConfig WithBodies(DocsConfig config, System.Func<ConfigRelativePath, string?> readBody)
    {
        var skills = config.Agents.Skills;
        if (skills.Items.IsEmpty)
        {
            return config;
        }

        var items = new List<SkillConfig>(skills.Items.Count);
        foreach (var item in skills.Items)
        {
            items.Add(item.Body is null && item.BodyPath is { } path ? item with { Body = readBody(path) } : item);
        }

        return config with { Agents = config.Agents with { Skills = skills with { Items = items.ToEquatableArray() } } };
    }

    /// <summary>LT0100 for each skill whose name or description the discovery format rejects.</summary>
    public static IReadOnlyList<DocsDiagnostic> Validate(DocsSite site, IReadOnlyList<AgentSkill> skills)
    {
        var diagnostics = new List<DocsDiagnostic>();
        foreach (var skill in skills)
        {
            if (!ValidName.IsMatch(skill.Name))
            {
                diagnostics.Add(Error(site, skill, "invalid skill name \"" + skill.Name + "\". Skill names must match ^[a-z0-9][a-z0-9-]*$ (lower-case letters, digits and dashes)."));
            }

            if (skill.Description.Length > MaxDescriptionLength)
            {
                diagnostics.Add(Error(site, skill, "skill \"" + skill.Name + "\" has a " + skill.Description.Length + "-character description; the Agent Skills discovery format caps descriptions at 1024."));
            }
        }

        return diagnostics;
    }

    private static DocsDiagnostic Error(DocsSite site, AgentSkill skill, string message) =>
        DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, site.Config.FilePath, skill.Location.Line, skill.Location.Column, message);
}
