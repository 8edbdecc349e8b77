using System;

namespace Leadtype.Templates;

/// <summary>File names for the text artifacts: the output file, and the default template resource.</summary>
public static class TextArtifactNames
{
    /// <summary>The artifact as users name it (in messages and in <c>templates</c> config keys' docs).</summary>
    public static string DisplayName(TextArtifact artifact) => artifact switch
    {
        TextArtifact.LlmsTxt => "llms.txt",
        TextArtifact.DocsLlmsTxt => "docs/llms.txt",
        TextArtifact.LlmsFullTxt => "llms-full.txt",
        TextArtifact.AgentsMd => "AGENTS.md",
        TextArtifact.SitemapMd => "sitemap.md",
        TextArtifact.SkillMd => "SKILL.md",
        _ => throw new ArgumentOutOfRangeException(nameof(artifact), artifact, null),
    };

    /// <summary>The default template's file name under <c>Templates/Defaults/</c> (also its embedded resource name).</summary>
    public static string DefaultTemplateFile(TextArtifact artifact) => artifact switch
    {
        TextArtifact.LlmsTxt => "llms.txt.scriban",
        TextArtifact.DocsLlmsTxt => "docs-llms.txt.scriban",
        TextArtifact.LlmsFullTxt => "llms-full.txt.scriban",
        TextArtifact.AgentsMd => "AGENTS.md.scriban",
        TextArtifact.SitemapMd => "sitemap.md.scriban",
        TextArtifact.SkillMd => "SKILL.md.scriban",
        _ => throw new ArgumentOutOfRangeException(nameof(artifact), artifact, null),
    };

    /// <summary>
    /// Whether the file ends with a newline. The reference writes every llms*.txt without one and
    /// everything else with one (artifacts §2.9); the renderer enforces it whatever the template does.
    /// </summary>
    public static bool EndsWithNewline(TextArtifact artifact) =>
        artifact is not (TextArtifact.LlmsTxt or TextArtifact.DocsLlmsTxt or TextArtifact.LlmsFullTxt);
}
