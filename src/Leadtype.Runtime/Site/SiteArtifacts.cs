using System;
using System.Collections.Generic;
using System.IO;
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
        var (rendered, diagnostics) = RenderForWriting(site, templates);
        var files = new List<ArtifactFile>(rendered.Count);
        var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in rendered)
        {
            byte[] content;
            if (file.Content is { } fixedBytes)
            {
                content = fixedBytes;
            }
            else if (file.Writer is { } writer)
            {
                using var stream = new MemoryStream();
                writer(stream);
                content = stream.ToArray();
            }
            else
            {
                content = bytes[file.SameAs!];
            }

            bytes[file.Path] = content;
            files.Add(new ArtifactFile(file.Path, content));
        }

        return (files, diagnostics);
    }

    /// <summary>
    /// <see cref="Render"/> for the pipeline: the same files, but those as large as the site's pages are
    /// writers that stream them (<see cref="RenderedFile"/>), and second copies refer to the first. Every
    /// template has rendered (and failed, if it fails) by the time this returns.
    /// </summary>
    public static (IReadOnlyList<RenderedFile> Files, IReadOnlyList<DocsDiagnostic> Diagnostics) RenderForWriting(DocsSite site, TemplateSet templates)
    {
        var files = new List<RenderedFile>();
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

    private static void RenderSite(DocsSite site, TemplateSet templates, List<RenderedFile> files, List<DocsDiagnostic> diagnostics)
    {
        var sections = DocsLlmsTxtRenderer.Sections(site);
        if (TryTemplate(diagnostics, LlmsTxtRenderer.Path, () => LlmsTxtRenderer.Render(site, templates[TextArtifact.LlmsTxt], sections)) is { } llms)
        {
            files.Add(Text(LlmsTxtRenderer.Path, llms));
            files.Add(RenderedFile.Copy(LlmsTxtRenderer.WellKnownPath, LlmsTxtRenderer.Path));
        }

        if (site.HasRoutingStructure && TryTemplate(diagnostics, DocsLlmsTxtRenderer.Path, () => DocsLlmsTxtRenderer.Render(site, templates[TextArtifact.DocsLlmsTxt], sections)) is { } docsLlms)
        {
            files.Add(Text(DocsLlmsTxtRenderer.Path, docsLlms));
        }

        // The largest text file: streamed (page bodies copied in), and its .well-known twin copied from it.
        var fullTemplate = templates[TextArtifact.LlmsFullTxt];
        var isDefault = fullTemplate.IsDefault;
        if (TryTemplate(diagnostics, LlmsFullTxtRenderer.Path, () => LlmsFullTxtRenderer.Writer(site, fullTemplate, isDefault)) is { } full)
        {
            files.Add(RenderedFile.Streamed(LlmsFullTxtRenderer.Path, full));
            files.Add(RenderedFile.Copy(LlmsFullTxtRenderer.WellKnownPath, LlmsFullTxtRenderer.Path));
        }

        files.Add(RenderedFile.Streamed(AgentReadabilityRenderer.Path, stream => AgentReadabilityRenderer.Render(site, stream)));
        files.Add(Text(SitemapXmlRenderer.Path, SitemapXmlRenderer.Render(site)));
        if (TryTemplate(diagnostics, SitemapMdRenderer.Path, () => SitemapMdRenderer.Render(site, templates[TextArtifact.SitemapMd])) is { } sitemapMd)
        {
            files.Add(Text(SitemapMdRenderer.Path, sitemapMd));
        }

        files.Add(Text(RobotsTxtRenderer.Path, RobotsTxtRenderer.Render(site)));
        files.Add(RenderedFile.Bytes(ApiCatalogRenderer.Path, ApiCatalogRenderer.Render(site)));

        var agents = site.Config.Agents;
        if (agents.Nlweb.Enabled)
        {
            files.Add(Text(NlwebRenderer.SchemaFeedPath, NlwebRenderer.RenderSchemaFeed(site)));
            files.Add(Text(NlwebRenderer.SchemaMapPath, NlwebRenderer.RenderSchemaMap(site)));
        }

        RenderSkills(site, templates, files, diagnostics);

        if (agents.Mcp.Enabled)
        {
            var card = McpServerCardRenderer.Render(site);
            foreach (var path in McpServerCardRenderer.Paths)
            {
                files.Add(RenderedFile.Bytes(path, card));
            }
        }

        var (feedFiles, feedDiagnostics) = FeedRenderer.Render(site);
        foreach (var feed in feedFiles)
        {
            files.Add(RenderedFile.Bytes(feed.Path, feed.Content));
        }
        diagnostics.AddRange(feedDiagnostics);
    }

    private static void RenderSkills(DocsSite site, TemplateSet templates, List<RenderedFile> files, List<DocsDiagnostic> diagnostics)
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
            if (TryTemplate(diagnostics, "SKILL.md", () => SkillMdRenderer.Render(site, skill, templates[TextArtifact.SkillMd])) is not { } text)
            {
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            rendered.Add((skill, bytes));
            files.Add(RenderedFile.Bytes(AgentSkillsIndexRenderer.SkillPath(skill.Name), bytes));
        }

        files.Add(RenderedFile.Bytes(AgentSkillsIndexRenderer.Path, AgentSkillsIndexRenderer.Render(rendered)));
        if (site.Config.Agents.AgentCard.Enabled)
        {
            files.Add(RenderedFile.Bytes(AgentCardRenderer.Path, AgentCardRenderer.Render(site, skills)));
        }
    }

    private static void RenderBundle(DocsSite site, TemplateSet templates, List<RenderedFile> files, List<DocsDiagnostic> diagnostics)
    {
        if (TryTemplate(diagnostics, AgentsMdRenderer.Path, () => AgentsMdRenderer.Render(site, templates[TextArtifact.AgentsMd])) is { } agentsMd)
        {
            files.Add(Text(AgentsMdRenderer.Path, agentsMd));
        }

        if (site.Config.Agents.Mcp.Enabled)
        {
            // An MCP server answers from the manifest and the search files next to it.
            files.Add(RenderedFile.Bytes(AgentReadabilityRenderer.Path, AgentReadabilityRenderer.Render(site)));
        }

        foreach (var skill in AgentSkillSet.For(site))
        {
            if (skill.IsDocsSkill && TryTemplate(diagnostics, "SKILL.md", () => SkillMdRenderer.Render(site, skill, templates[TextArtifact.SkillMd])) is { } skillMd)
            {
                files.Add(Text(SkillMdRenderer.BundlePath, skillMd));
            }
        }
    }

    private static RenderedFile Text(string path, string text) => RenderedFile.Bytes(path, Encoding.UTF8.GetBytes(text));

    private static T? TryTemplate<T>(List<DocsDiagnostic> diagnostics, string path, Func<T> render)
        where T : class
    {
        try
        {
            using var trace = StageTrace.Time("render " + path);
            return render();
        }
        catch (TemplateException ex)
        {
            diagnostics.Add(ex.Diagnostic);
            return null;
        }
    }
}
