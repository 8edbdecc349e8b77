using System;
using System.Linq;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

public sealed class TemplateOverrideTests
{
    [Fact]
    public void An_override_replaces_the_default_layout_of_one_artifact_only()
    {
        var templates = TemplateSet.Default.WithOverrides(new[]
        {
            (TextArtifact.LlmsTxt, "{{ product.name }}: {{ for s in sections }}{{ s.title }};{{ end }}\n", "templates/llms.txt.scriban"),
        });
        var site = AcmeSite.Build();

        var llms = LlmsTxtRenderer.Render(site, templates[TextArtifact.LlmsTxt]);
        var docsLlms = DocsLlmsTxtRenderer.Render(site, templates[TextArtifact.DocsLlmsTxt]);

        Assert.Equal("Acme: Guides;Other;Optional;", llms);
        Assert.Equal(DocsLlmsTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.DocsLlmsTxt]), docsLlms);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_LT0108_at_the_template_file_line_and_column()
    {
        var error = Assert.Throws<TemplateException>(() =>
            ArtifactTemplate.Parse(TextArtifact.SitemapMd, "# Sitemap\n\n{{ for }}\n", "docs/templates/sitemap.md.scriban"));

        var diagnostic = error.Diagnostic;
        Assert.Equal("LT0108", diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal("docs/templates/sitemap.md.scriban", diagnostic.FilePath);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(8, diagnostic.Column);
        Assert.StartsWith("Template `docs/templates/sitemap.md.scriban` for sitemap.md failed: ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelled_variable_fails_the_render_with_its_location_instead_of_rendering_nothing()
    {
        var template = ArtifactTemplate.Parse(TextArtifact.LlmsTxt, "# {{ product.name }}\n{{ prodcut.summary }}\n", "llms.scriban");

        var error = Assert.Throws<TemplateException>(() => LlmsTxtRenderer.Render(AcmeSite.Build(), template));

        Assert.Equal("LT0108", error.Diagnostic.Id);
        Assert.Equal("llms.scriban", error.Diagnostic.FilePath);
        Assert.Equal(2, error.Diagnostic.Line);
        Assert.Equal(4, error.Diagnostic.Column);
        Assert.Contains("prodcut", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_override_leaves_that_artifact_out_and_reports_it_while_the_others_are_rendered()
    {
        var templates = TemplateSet.Default.WithOverrides(new[] { (TextArtifact.SitemapMd, "{{ nope }}", "sitemap.scriban") });

        var (files, diagnostics) = SiteArtifacts.Render(AcmeSite.Build(), templates);

        Assert.Equal("LT0108", Assert.Single(diagnostics).Id);
        Assert.DoesNotContain(files, f => f.Path == "sitemap.md");
        Assert.Contains(files, f => f.Path == "sitemap.xml");
        Assert.Contains(files, f => f.Path == "llms.txt");
    }

    [Fact]
    public void Windows_line_endings_in_an_override_do_not_reach_the_artifact()
    {
        var template = ArtifactTemplate.Parse(TextArtifact.SitemapMd, "# Map\r\n\r\n{{ product.name }}\r\n", "sitemap.scriban");

        var text = SitemapMdRenderer.Render(AcmeSite.Build(), template);

        Assert.Equal("# Map\n\nAcme\n", text);
    }

    [Theory]
    [InlineData(TextArtifact.LlmsTxt, "a\n\n", "a")]
    [InlineData(TextArtifact.LlmsFullTxt, "a\n", "a")]
    [InlineData(TextArtifact.SitemapMd, "a", "a\n")]
    [InlineData(TextArtifact.AgentsMd, "a\n", "a\n")]
    public void The_trailing_newline_rule_of_each_artifact_holds_whatever_the_template_ends_with(TextArtifact artifact, string templateText, string expected)
    {
        var template = ArtifactTemplate.Parse(artifact, templateText, "t.scriban");

        Assert.Equal(expected, template.Render(new Scriban.Runtime.ScriptObject()));
    }

    [Fact]
    public void Every_default_template_parses_and_names_its_embedded_source()
    {
        foreach (var artifact in TemplateSet.All)
        {
            var template = TemplateSet.Default[artifact];
            Assert.Equal(artifact, template.Artifact);
            Assert.StartsWith("embedded:", template.FilePath, StringComparison.Ordinal);
            Assert.Contains("{{", TemplateSet.DefaultText(artifact), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rendering_twice_gives_identical_bytes()
    {
        var first = SiteArtifacts.Render(AcmeSite.Build(), TemplateSet.Default).Files;
        var second = SiteArtifacts.Render(AcmeSite.Build(), TemplateSet.Default).Files;

        Assert.Equal(first.Count, second.Count);
        for (var i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Path, second[i].Path);
            Assert.Equal(first[i].Content, second[i].Content);
        }
    }
}

public sealed class TemplateOverridesFromConfigTests
{
    [Fact]
    public void Templates_named_in_the_config_map_to_their_artifacts()
    {
        var config = TestConfig.Read("""
            { "product": { "name": "A", "tagline": "B" }, "templates": { "llmsTxt": "t/llms.scriban", "sitemapMd": "t/sitemap.scriban" } }
            """);

        var overrides = TemplateOverrides.From(config.Templates);

        Assert.Equal(new[] { (TextArtifact.LlmsTxt, "t/llms.scriban"), (TextArtifact.SitemapMd, "t/sitemap.scriban") }, overrides.Select(o => (o.Artifact, o.Path.Value)));
    }
}

public sealed class LargeOutputTests
{
    [Fact]
    public void Llms_full_txt_larger_than_a_mebibyte_is_rendered_whole()
    {
        var body = "# Page\n\n" + new string('x', 400_000) + "\n";
        var pages = Enumerable.Range(0, 4).Select(i => new Leadtype.Model.SitePageInput("p" + i + ".mdx", "Page " + i, null, body + "End of page " + i + ".\n"));
        var site = AcmeSite.Build(config: new Leadtype.Config.DocsConfig(), pages: pages);

        var text = LlmsFullTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.LlmsFullTxt]);

        Assert.True(text.Length > 1_600_000, "length " + text.Length);
        Assert.EndsWith("End of page 3.", text, StringComparison.Ordinal);
    }
}
