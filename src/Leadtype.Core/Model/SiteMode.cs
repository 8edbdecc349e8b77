namespace Leadtype.Model;

/// <summary>What a run produces: a public web surface, or docs that ship inside a package.</summary>
public enum SiteMode
{
    /// <summary>URL-anchored artifacts for a deployed site (llms.txt, sitemaps, robots.txt, feeds, …).</summary>
    Site,

    /// <summary>Package docs: AGENTS.md, SKILL.md and relative Markdown files; nothing that needs a base URL.</summary>
    Bundle,
}
