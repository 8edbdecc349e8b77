namespace Leadtype.Templates;

/// <summary>The text artifacts rendered through Scriban templates; each has one default template and may be overridden.</summary>
public enum TextArtifact
{
    /// <summary><c>llms.txt</c> (and its byte-identical <c>.well-known/llms.txt</c> copy).</summary>
    LlmsTxt,

    /// <summary><c>docs/llms.txt</c>, the docs-scoped routing index.</summary>
    DocsLlmsTxt,

    /// <summary><c>llms-full.txt</c> (and <c>.well-known/llms-full.txt</c>).</summary>
    LlmsFullTxt,

    /// <summary><c>AGENTS.md</c> (bundle mode).</summary>
    AgentsMd,

    /// <summary><c>sitemap.md</c>.</summary>
    SitemapMd,

    /// <summary>An agent skill's <c>SKILL.md</c>.</summary>
    SkillMd,
}
