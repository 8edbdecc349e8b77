using System.Collections.Generic;
using Leadtype.Config;

namespace Leadtype.Templates;

/// <summary>
/// The template files <c>templates</c> in leadtype.json names, per artifact. The pipeline resolves
/// each path (relative to the config file), reads it, and passes the text to
/// <see cref="TemplateSet.WithOverrides"/>; renderers never read files.
/// </summary>
public static class TemplateOverrides
{
    public static IReadOnlyList<(TextArtifact Artifact, ConfigRelativePath Path)> From(TemplatesConfig templates)
    {
        var overrides = new List<(TextArtifact, ConfigRelativePath)>();
        Add(overrides, TextArtifact.LlmsTxt, templates.LlmsTxt);
        Add(overrides, TextArtifact.DocsLlmsTxt, templates.DocsLlmsTxt);
        Add(overrides, TextArtifact.LlmsFullTxt, templates.LlmsFullTxt);
        Add(overrides, TextArtifact.AgentsMd, templates.AgentsMd);
        Add(overrides, TextArtifact.SitemapMd, templates.SitemapMd);
        return overrides;
    }

    private static void Add(List<(TextArtifact, ConfigRelativePath)> overrides, TextArtifact artifact, ConfigRelativePath? path)
    {
        if (path is not null)
        {
            overrides.Add((artifact, path));
        }
    }
}
