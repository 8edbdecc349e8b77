namespace Leadtype.Config;

/// <summary>
/// <c>templates</c>: Scriban template files that replace the built-in layout of a text artifact.
/// Paths are relative to the config file. Unset entries use the default templates.
/// </summary>
public sealed record TemplatesConfig(
    ConfigRelativePath? LlmsTxt = null,
    ConfigRelativePath? DocsLlmsTxt = null,
    ConfigRelativePath? LlmsFullTxt = null,
    ConfigRelativePath? AgentsMd = null,
    ConfigRelativePath? SitemapMd = null)
{
    public static TemplatesConfig Default { get; } = new();
}
