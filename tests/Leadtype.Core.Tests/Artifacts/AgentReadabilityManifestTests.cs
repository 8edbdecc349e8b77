using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Leadtype.Artifacts;
using Leadtype.Config;
using Leadtype.Tests.Shared;

namespace Leadtype.Core.Tests.Artifacts;

public sealed class AgentReadabilityManifestTests
{
    private const string GoldenRoot = "tests/Leadtype.Core.Tests/Artifacts/Golden/";

    [Fact]
    public void Manifest_matches_its_golden_file()
    {
        var bytes = AgentReadabilityRenderer.Render(AcmeSite.Build());

        Golden.Matches(GoldenRoot + "acme/agent-readability.json.expected", bytes);
    }

    [Fact]
    public void Manifest_keys_come_in_the_reference_order_with_two_space_layout_and_a_final_newline()
    {
        var text = Encoding.UTF8.GetString(AgentReadabilityRenderer.Render(AcmeSite.Build()));

        Assert.StartsWith("{\n  \"version\": 1,\n  \"generatedAt\": \"2026-06-15T10:30:00.000Z\",\n  \"baseUrl\": \"https://acme.example\",\n  \"product\": {\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(
            new[] { "version", "generatedAt", "baseUrl", "product", "pages", "navigation", "files", "jsonLd", "seo" },
            document.RootElement.EnumerateObject().Select(p => p.Name));
        var page = document.RootElement.GetProperty("pages")[0];
        Assert.Equal(
            new[] { "title", "description", "urlPath", "absoluteUrl", "markdownUrlPath", "markdownAbsoluteUrl", "relativePath", "groups", "lastModified", "logicalPath" },
            page.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Pages_follow_the_navigation_and_advertise_markdown_urls_that_exist()
    {
        using var document = JsonDocument.Parse(AgentReadabilityRenderer.Render(AcmeSite.Build()));
        var pages = document.RootElement.GetProperty("pages").EnumerateArray().ToList();

        Assert.Equal(new[] { "/docs/guides/deploy", "/changelog/v1", "/docs", "/docs/quickstart", "/docs/guides" }, pages.Select(p => p.GetProperty("urlPath").GetString()));
        var guides = pages.Single(p => p.GetProperty("urlPath").GetString() == "/docs/guides");
        Assert.Equal("/docs/guides/index.md", guides.GetProperty("markdownUrlPath").GetString());
        Assert.Equal("guides/index", guides.GetProperty("relativePath").GetString());
        Assert.Equal("guides/index", guides.GetProperty("logicalPath").GetString());
        var changelog = pages.Single(p => p.GetProperty("urlPath").GetString() == "/changelog/v1");
        Assert.Equal("/changelog/v1.md", changelog.GetProperty("markdownUrlPath").GetString());
        Assert.Equal("https://acme.example/changelog/v1.md", changelog.GetProperty("markdownAbsoluteUrl").GetString());
    }

    [Fact]
    public void Navigation_carries_tables_of_contents_and_the_optional_flag()
    {
        using var document = JsonDocument.Parse(AgentReadabilityRenderer.Render(AcmeSite.Build()));
        var navigation = document.RootElement.GetProperty("navigation");

        var changelog = navigation.GetProperty("groups")[1];
        Assert.Equal("changelog", changelog.GetProperty("slug").GetString());
        Assert.True(changelog.GetProperty("optional").GetBoolean());
        Assert.False(navigation.GetProperty("groups")[0].TryGetProperty("optional", out _));
        var quickstart = navigation.GetProperty("ungrouped").EnumerateArray().Single(p => p.GetProperty("urlPath").GetString() == "/docs/quickstart");
        var toc = quickstart.GetProperty("toc");
        Assert.Equal(new[] { "install", "configure" }, toc.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.Equal("https://acme.example/docs/quickstart#install", toc[0].GetProperty("absoluteUrlWithHash").GetString());
        Assert.Equal(0, navigation.GetProperty("unknown").GetArrayLength());
    }

    [Fact]
    public void Json_ld_and_seo_inputs_come_from_the_config_and_are_left_out_when_unset()
    {
        using var withConfig = JsonDocument.Parse(AgentReadabilityRenderer.Render(AcmeSite.Build()));
        var jsonLd = withConfig.RootElement.GetProperty("jsonLd");
        Assert.Equal("Acme Inc.", jsonLd.GetProperty("organization").GetProperty("name").GetString());
        Assert.True(jsonLd.GetProperty("software").GetProperty("isLibrary").GetBoolean());
        Assert.Equal("https://github.com/acme/acme", jsonLd.GetProperty("software").GetProperty("codeRepository").GetString());
        Assert.Equal(new[] { "acme", "docs" }, withConfig.RootElement.GetProperty("seo").GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));

        using var bare = JsonDocument.Parse(AgentReadabilityRenderer.Render(AcmeSite.Build(config: new DocsConfig())));
        Assert.False(bare.RootElement.TryGetProperty("jsonLd", out _));
        Assert.False(bare.RootElement.TryGetProperty("seo", out _));
        Assert.False(bare.RootElement.GetProperty("product").TryGetProperty("blocks", out _));
    }

    [Fact]
    public void Product_blocks_are_the_llms_sections_as_configured()
    {
        using var document = JsonDocument.Parse(AgentReadabilityRenderer.Render(AcmeSite.Build()));
        var blocks = document.RootElement.GetProperty("product").GetProperty("blocks");

        Assert.Equal("markdown", blocks[0].GetProperty("type").GetString());
        Assert.Equal("- Fast\n- Small", blocks[0].GetProperty("body").GetString());
        Assert.Equal("/docs", blocks[1].GetProperty("links")[1].GetProperty("urlPath").GetString());
        Assert.False(blocks[1].GetProperty("links")[1].TryGetProperty("title", out _));
    }

    [Fact]
    public void The_same_site_gives_byte_identical_manifests()
    {
        Assert.Equal(AgentReadabilityRenderer.Render(AcmeSite.Build()), AgentReadabilityRenderer.Render(AcmeSite.Build()));
    }
}
