using System.IO;
using System.Linq;
using Leadtype.Model;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>The generate pipeline in-process: config features wired through to the written files.</summary>
public sealed class SitePipelineTests
{
    [Fact]
    public void Without_a_config_llms_txt_docs_llms_txt_and_sitemap_md_list_every_page_by_folder()
    {
        using var project = new SiteProject()
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n")
            .Write("docs/guides/index.mdx", "---\ntitle: Guides\n---\n# Guides\n")
            .Write("docs/guides/install.mdx", "---\ntitle: Install\norder: 2\n---\n# Install\n")
            .Write("docs/guides/configure.mdx", "---\ntitle: Configure\norder: 1\n---\n# Configure\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.Equal("project", result.Summary!.ProductName);
        var docsLlms = project.Read("docs/llms.txt");
        foreach (var page in new[] { "/docs/index.md", "/docs/guides/index.md", "/docs/guides/install.md", "/docs/guides/configure.md" })
        {
            Assert.Contains("](" + page + ")", docsLlms);
            Assert.Contains(page.Replace(".md", string.Empty).Replace("/index", string.Empty), project.Read("sitemap.md"));
        }

        // Pages are ordered by frontmatter order within their folder.
        Assert.True(docsLlms.IndexOf("Configure", System.StringComparison.Ordinal) < docsLlms.IndexOf("Install", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_docs_folder_mounts_under_its_name_or_the_given_prefix_and_gets_a_mirror_copy()
    {
        using var project = new SiteProject()
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n")
            .Write("changelog/v1.mdx", "---\ntitle: Version 1\ndate: 2026-01-01\n---\n# Version 1\n");

        var result = project.Generate(o => o with { DocsDirectories = new[] { "docs", "changelog=/changelog" } });

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.True(project.Exists("docs/changelog/v1.md"));
        Assert.True(project.Exists("changelog/v1.md"));
        Assert.Contains("](/changelog/v1.md)", project.Read("docs/llms.txt"));
        Assert.Equal(new[] { ("", "/docs"), ("changelog", "/changelog") }, result.Summary!.Mounts);
    }

    [Fact]
    public void Custom_components_from_the_config_flatten_in_the_mirrors()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "components": { "Hint": { "shape": "blockquote", "defaultTitle": "Hint" } } }""")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n\n<Hint>\nRead this first.\n</Hint>\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        var mirror = project.Read("docs/index.md");
        Assert.Contains("> **Hint**", mirror);
        Assert.Contains("Read this first.", mirror);
        Assert.DoesNotContain("<Hint>", mirror);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "LT0013");
    }

    [Fact]
    public void A_template_override_from_the_config_renders_its_artifact()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "templates": { "llmsTxt": "templates/llms.scriban" } }""")
            .Write("templates/llms.scriban", "# {{ product.name }} for agents\n")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.Equal("# Acme for agents", project.Read("llms.txt"));
    }

    [Fact]
    public void A_broken_template_override_is_a_located_error_and_nothing_is_written()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "templates": { "llmsTxt": "templates/llms.scriban" } }""")
            .Write("templates/llms.scriban", "# {{ product.name }}\n{{ end }}\n")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Failed, result.Status);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("LT0108", error.Id);
        Assert.True(Path.Combine(project.Source, "templates", "llms.scriban") == error.FilePath, error.ToString());
        Assert.True(error.Line > 0);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public void A_missing_template_file_is_reported_at_its_config_entry()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", "{\n  \"product\": { \"name\": \"Acme\", \"tagline\": \"Widgets.\" },\n  \"templates\": { \"llmsTxt\": \"templates/none.scriban\" }\n}\n")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Failed, result.Status);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("LT0108", error.Id);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_curated_link_to_a_missing_docs_page_is_a_warning_and_the_run_succeeds()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "llms": { "sections": [{ "type": "links", "heading": "Start", "links": [{ "urlPath": "/docs/nowhere" }] }] } }""")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n");

        var result = project.Generate();

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Id == "LT0106" && d.Message.Contains("/docs/nowhere"));
    }

    [Fact]
    public void Name_and_summary_override_the_product()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." } }""")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n");

        var result = project.Generate(o => o with { ProductName = "Gizmo", ProductSummary = "Gizmos, not widgets." });

        Assert.Equal("Gizmo", result.Summary!.ProductName);
        Assert.StartsWith("# Gizmo\n\n> Gizmos, not widgets.", project.Read("llms.txt"));
    }

    [Fact]
    public void Two_docs_folders_that_produce_the_same_page_are_a_located_error()
    {
        using var project = new SiteProject()
            .Write("docs/index.mdx", "# Home\n")
            .Write("docs/extra/page.mdx", "# From docs\n")
            .Write("extra/page.mdx", "# From extra\n");

        var result = project.Generate(o => o with { DocsDirectories = new[] { "docs", "extra" } });

        Assert.Equal(GenerateStatus.Failed, result.Status);
        var error = Assert.Single(result.Diagnostics, d => d.Id == "LT0116");
        Assert.Contains("\"extra/page.mdx\"", error.Message);
    }

    [Fact]
    public void Bundle_mode_with_mcp_enabled_ships_the_search_files_and_the_manifest()
    {
        using var project = new SiteProject()
            .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "agents": { "mcp": { "enabled": true } } }""")
            .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n\nSearchable words.\n");

        var result = project.Generate(o => o with { Mode = SiteMode.Bundle });

        Assert.NotEqual(GenerateStatus.Failed, result.Status);
        Assert.True(project.Exists("AGENTS.md"));
        Assert.True(project.Exists("docs/search-index.json"));
        Assert.True(project.Exists("docs/agent-readability.json"));
        Assert.False(project.Exists("robots.txt"));
        Assert.Equal("searchIndex", result.Summary!.Files.Single(f => f.RelativePath == "docs/search-index.json").Key);
    }
}
