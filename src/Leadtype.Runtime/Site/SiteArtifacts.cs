using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Artifacts;
using Leadtype.Diagnostics;
using Leadtype.Feeds;
using Leadtype.Model;
using Leadtype.Templates;

namespace Leadtype.Site;

/// <summary>
/// Renders every structured and text artifact of a site — everything except the page mirrors and
/// their mounted copies (the converter's output, placed per <see cref="MirrorLayout"/>) and the
/// search files (the pipeline's search stage builds them while pages convert): the seam between the
/// renderers and the generate pipeline. Site mode writes the URL-anchored surface; bundle mode
/// writes AGENTS.md, SKILL.md and — with MCP — the manifest, and none of the crawler files
/// (sitemaps, robots.txt, api-catalog), which would only carry a meaningless base URL inside a package.
/// </summary>
public static class SiteArtifacts
{
    /// <returns>The files (paths relative to the output directory, in a stable order) and the problems found. An artifact whose template fails is left out and reported as LT0108.</returns>
    public static (IReadOnlyList<ArtifactFile> Files, IReadOnlyList<DocsDiagnostic> Diagnostics) Render(DocsSite site, TemplateSet templates)
    {
        var files = new List<ArtifactFile>();
        var diagnostics = new List<DocsDiagnostic>();
        if (site.Mode == SiteMode.Bundle)
        {
            RenderBundle(site, templates, files, diagnostics);
        }
        else
        {
            RenderSite(site, templates, files, diagnostics);
        }

        return (files, diagnostics);
    }

    private static void RenderSite(DocsSite site, TemplateSet templates, List<ArtifactFile> files, List<DocsDiagnostic> diagnostics)
    {
        if (TryTemplate(diagnostics, () => LlmsTxtRenderer.Render(site, templates[TextArtifact.LlmsTxt])) is { } llms)
        {
            files.Add(ArtifactFile.Text(LlmsTxtRenderer.Path, llms));
            files.Add(ArtifactFile.Text(LlmsTxtRenderer.WellKnownPath, llms));
        }

        if (site.HasRoutingStructure && TryTemplate(diagnostics, () => DocsLlmsTxtRenderer.Render(site, templates[TextArtifact.DocsLlmsTxt])) is { } docsLlms)
        {
            files.Add(ArtifactFile.Text(DocsLlmsTxtRenderer.Path, docsLlms));
        }

        if (TryTemplate(diagnostics, () => LlmsFullTxtRenderer.Render(site, templates[TextArtifact.LlmsFullTxt])) is { } full)
        {
            files.Add(ArtifactFile.Text(LlmsFullTxtRenderer.Path, full));
            files.Add(ArtifactFile.Text(LlmsFullTxtRenderer.WellKnownPath, full));
        }

        files.Add(new ArtifactFile(AgentReadabilityRenderer.Path, AgentReadabilityRenderer.Render(site)));
        files.Add(ArtifactFile.Text(SitemapXmlRenderer.Path, SitemapXmlRenderer.Render(site)));
        if (TryTemplate(diagnostics, () => SitemapMdRenderer.Render(site, templates[TextArtifact.SitemapMd])) is { } sitemapMd)
        {
            files.Add(ArtifactFile.Text(SitemapMdRenderer.Path, sitemapMd));
        }

        files.Add(ArtifactFile.Text(RobotsTxtRenderer.Path, RobotsTxtRenderer.Render(site)));
        files.Add(new ArtifactFile(ApiCatalogRenderer.Path, ApiCatalogRenderer.Render(site)));

        var agents = site.Config.Agents;
        if (agents.Nlweb.Enabled)
        {
            files.Add(ArtifactFile.Text(NlwebRenderer.SchemaFeedPath, NlwebRenderer.RenderSchemaFeed(site)));
            files.Add(ArtifactFile.Text(NlwebRenderer.SchemaMapPath, NlwebRenderer.RenderSchemaMap(site)));
        }

        RenderSkills(site, templates, files, diagnostics);

        if (agents.Mcp.Enabled)
        {
            var card = McpServerCardRenderer.Render(site);
            foreach (var path in McpServerCardRenderer.Paths)
            {
                files.Add(new ArtifactFile(path, card));
            }
        }

        var (feedFiles, feedDiagnostics) = FeedRenderer.Render(site);
        files.AddRange(feedFiles);
        diagnostics.AddRange(feedDiagnostics);
    }

    private static void RenderSkills(DocsSite site, TemplateSet templates, List<ArtifactFile> files, List<DocsDiagnostic> diagnostics)
    {
        var skills = AgentSkillSet.For(site);
        var invalid = AgentSkillSet.Validate(site, skills);
        if (invalid.Count > 0)
        {
            // Nothing is published from an invalid set, so the previous skills stay as they were.
            diagnostics.AddRange(invalid);
            return;
        }

        if (skills.Count == 0)
        {
            return;
        }

        var rendered = new List<(AgentSkill, byte[])>(skills.Count);
        foreach (var skill in skills)
        {
            if (TryTemplate(diagnostics, () => SkillMdRenderer.Render(site, skill, templates[TextArtifact.SkillMd])) is not { } text)
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            rendered.Add((skill, bytes));
            files.Add(new ArtifactFile(AgentSkillsIndexRenderer.SkillPath(skill.Name), bytes));
        }

        files.Add(new ArtifactFile(AgentSkillsIndexRenderer.Path, AgentSkillsIndexRenderer.Render(rendered)));
        if (site.Config.Agents.AgentCard.Enabled)
        {
            files.Add(new ArtifactFile(AgentCardRenderer.Path, AgentCardRenderer.Render(site, skills)));
        }
    }

    private static void RenderBundle(DocsSite site, TemplateSet templates, List<ArtifactFile> files, List<DocsDiagnostic> diagnostics)
    {
        if (TryTemplate(diagnostics, () => AgentsMdRenderer.Render(site, templates[TextArtifact.AgentsMd])) is { } agentsMd)
        {
            files.Add(ArtifactFile.Text(AgentsMdRenderer.Path, agentsMd));
        }

        if (site.Config.Agents.Mcp.Enabled)
        {
            // An MCP server answers from the manifest and the search files next to it.
            files.Add(new ArtifactFile(AgentReadabilityRenderer.Path, AgentReadabilityRenderer.Render(site)));
        }

        foreach (var skill in AgentSkillSet.For(site))
        {
            if (skill.IsDocsSkill && TryTemplate(diagnostics, () => SkillMdRenderer.Render(site, skill, templates[TextArtifact.SkillMd])) is { } skillMd)
            {
                files.Add(ArtifactFile.Text(SkillMdRenderer.BundlePath, skillMd));
            }
        }
    }

    private static string? TryTemplate(List<DocsDiagnostic> diagnostics, Func<string> render)
    {
        try
        {
            return render();
        }
        catch (TemplateException ex)
        {
            diagnostics.Add(ex.Diagnostic);
            return null;
        }
    }
}
