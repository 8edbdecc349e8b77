using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// The reference's observed outputs for its fixture (a) (artifacts §3.2, §3.3, §3.4, §3.13, §3.14),
/// reproduced byte for byte by the default templates — except where DESIGN.md fixes a documented bug,
/// which each test spells out.
/// </summary>
public sealed class ReferenceExampleTests
{
    private static readonly TemplateSet Templates = TemplateSet.Default;

    [Fact]
    public void Llms_txt_matches_the_reference_example_byte_for_byte()
    {
        const string expected =
            "# Acme\n\n> Acme does one thing well.\n\n## Overview\n\n- Fast\n- Small\n\n## Best Starting Points\n\n"
            + "- [Quickstart](/docs/quickstart.md): Install and run Acme in minutes.\n"
            + "- [Docs](/docs/index.md): Acme documentation home.\n\n"
            + "## Agent Interfaces\n\n"
            + "- MCP server (Streamable HTTP): https://acme.example/mcp (server card: https://acme.example/.well-known/mcp/server-card.json) — search-docs, get-page tools over this documentation.\n"
            + "- NLWeb /ask endpoint: https://acme.example/ask — natural-language queries over this documentation, JSON or SSE.";

        var actual = LlmsTxtRenderer.Render(AcmeSite.Build(), Templates[TextArtifact.LlmsTxt]);

        Golden.TextEqual(expected, actual);
    }

    [Fact]
    public void Docs_llms_txt_matches_the_reference_example_except_the_nested_index_link_points_at_the_written_file()
    {
        // The reference links guides/index as /docs/guides.md, a file no run writes (DESIGN.md fix).
        const string expected =
            "# Acme Documentation\n\n> Curated documentation map for developers and coding agents working with Acme.\n\n"
            + "## How To Use This File\n\nRead the summary links first. If the page links are not enough, use `/llms-full.txt` as the broad full-context fallback.\n\n"
            + "## Guides\n\nHow-to guides.\n\n- [Deploy](/docs/guides/deploy.md): Deploy Acme to production.\n\n"
            + "## Other\n\n- [Index](/docs/index.md): Acme documentation home.\n- [Quickstart](/docs/quickstart.md): Install and run Acme in minutes.\n"
            + "- [Guides](/docs/guides/index.md): Reference page for guides.\n\n"
            + "## Optional\n\nLower-priority pages — safe to skip for a shorter context.\n\n- [Version 1](/changelog/v1.md): First release.";

        var actual = DocsLlmsTxtRenderer.Render(AcmeSite.Build(), Templates[TextArtifact.DocsLlmsTxt]);

        Golden.TextEqual(expected, actual);
    }

    [Fact]
    public void Llms_full_txt_lists_pages_in_reading_order_with_absolute_urls_and_flattened_bodies()
    {
        const string expected =
            "# Acme Full Context\n\n> All generated markdown documentation pages flattened into one file.\n\n## Included Pages\n\n"
            + "- [Deploy](https://acme.example/docs/guides/deploy): Deploy Acme to production.\n"
            + "- [Version 1](https://acme.example/changelog/v1): First release.\n"
            + "- [Home](https://acme.example/docs): Acme documentation home.\n"
            + "- [Quickstart](https://acme.example/docs/quickstart): Install and run Acme in minutes.\n"
            + "- [Guides](https://acme.example/docs/guides): Entry point for Guides documentation.\n\n"
            + "## Content\n\n"
            + "# Deploy\nURL: https://acme.example/docs/guides/deploy\nDeploy Acme to production.\n\nDeploy with the CLI.\n\n"
            + "# Version 1\nURL: https://acme.example/changelog/v1\nFirst release.\n\nInitial release.\n\n"
            + "# Home\nURL: https://acme.example/docs\nAcme documentation home.\n\nWelcome to Acme.\n\n"
            + "# Quickstart\nURL: https://acme.example/docs/quickstart\nInstall and run Acme in minutes.\n\nInstall the package with npm.\n\n## Install\n\n```bash\nnpm install acme\n```\n\n## Configure\n\nSet the ACME_KEY environment variable.\n\n"
            + "# Guides\nURL: https://acme.example/docs/guides\n\nGuides overview paragraph.";

        var actual = LlmsFullTxtRenderer.Render(AcmeSite.Build(), Templates[TextArtifact.LlmsFullTxt]);

        Golden.TextEqual(expected, actual);
    }

    [Fact]
    public void Agents_md_matches_the_reference_bundle_example_byte_for_byte()
    {
        const string expected =
            "# Acme\n\n> Acme does one thing well.\n\n"
            + "These docs ship inside the package so coding agents can read them offline. Open the topic file you need from the list below — paths are relative to this file.\n\n"
            + "## Overview\n\n- Fast\n- Small\n\n"
            + "## Best Starting Points\n\n- [Quickstart](./docs/quickstart.md): Install and run Acme in minutes.\n- [Home](./docs/index.md): Acme documentation home.\n\n"
            + "## Guides\n\nHow-to guides.\n\n- [Deploy](./docs/guides/deploy.md): Deploy Acme to production.\n\n"
            + "## Changelog\n\n- [Version 1](./docs/changelog/v1.md): First release.\n\n"
            + "## Other\n\n- [Home](./docs/index.md): Acme documentation home.\n- [Quickstart](./docs/quickstart.md): Install and run Acme in minutes.\n"
            + "- [Guides](./docs/guides/index.md): Reference page for guides.\n";

        var actual = AgentsMdRenderer.Render(AcmeSite.Build(SiteMode.Bundle), Templates[TextArtifact.AgentsMd]);

        Golden.TextEqual(expected, actual);
    }

    [Fact]
    public void Bundle_skill_md_points_agents_at_agents_md_and_local_files()
    {
        var site = AcmeSite.Build(SiteMode.Bundle);
        var docsSkill = Assert.Single(AgentSkillSet.For(site));
        const string expected =
            "---\nname: acme-docs\ndescription: Read and search the Acme documentation. Use when working with Acme — its setup, configuration, API, and behavior.\n"
            + "metadata:\n  source: leadtype\n---\n"
            + "# Acme documentation\n\nAcme does one thing well.\n\n"
            + "To work with Acme, read its bundled docs — they ship with the package and are version-matched to the installed code:\n\n"
            + "- Start with `./AGENTS.md`; it links every per-topic Markdown file under `./docs/`.\n"
            + "- Prefer these local files over fetching anything over the network.\n";

        var actual = SkillMdRenderer.Render(site, docsSkill, Templates[TextArtifact.SkillMd]);

        Golden.TextEqual(expected, actual);
    }

    [Fact]
    public void Site_skill_md_names_llms_txt_and_the_mcp_endpoint()
    {
        var site = AcmeSite.Build();
        var docsSkill = Assert.Single(AgentSkillSet.For(site));
        const string expected =
            "---\nname: acme-docs\ndescription: Read and search the Acme documentation. Use when working with Acme — its setup, configuration, API, and behavior.\n"
            + "metadata:\n  source: leadtype\n---\n"
            + "# Acme documentation\n\nAcme does one thing well.\n\n"
            + "To work with Acme, read its documentation:\n\n"
            + "- Start at `/llms.txt` (task-routed index) or `/llms-full.txt` (full context).\n"
            + "- Every page is also available as Markdown at its `.md` URL.\n"
            + "- For targeted retrieval, connect the docs MCP server at `https://acme.example/mcp` and use its `search-docs` and `get-page` tools.\n";

        var actual = SkillMdRenderer.Render(site, docsSkill, Templates[TextArtifact.SkillMd]);

        Golden.TextEqual(expected, actual);
    }
}
