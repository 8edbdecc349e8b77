using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Leadtype.Artifacts;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Model;
using Leadtype.Tests.Shared;

namespace Leadtype.Core.Tests.Artifacts;

public sealed class AgentCardsTests
{
    private const string GoldenRoot = "tests/Leadtype.Core.Tests/Artifacts/Golden/";

    [Fact]
    public void Mcp_server_card_matches_its_golden_file()
    {
        Golden.Matches(GoldenRoot + "acme/mcp-server-card.json.expected", McpServerCardRenderer.Render(AcmeSite.Build()));
    }

    [Fact]
    public void Mcp_server_card_derives_name_instructions_and_endpoint_like_the_reference()
    {
        using var card = JsonDocument.Parse(McpServerCardRenderer.Render(AcmeSite.Build()));
        var root = card.RootElement;

        Assert.Equal("acme-docs", root.GetProperty("name").GetString());
        Assert.Equal("https://acme.example/mcp", root.GetProperty("serverUrl").GetString());
        Assert.Equal("https://acme.example/mcp", root.GetProperty("transport").GetProperty("endpoint").GetString());
        Assert.Equal("Search and read the documentation for Acme does one thing well.", root.GetProperty("serverInfo").GetProperty("instructions").GetString());
        Assert.Equal(new[] { "search-docs", "get-page" }, root.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal("{}", root.GetProperty("capabilities").GetProperty("tools").GetRawText());
        Assert.False(root.GetProperty("authentication").GetProperty("required").GetBoolean());
    }

    [Theory]
    [InlineData("Leadtype", "leadtype-docs")]
    [InlineData("Acme Docs", "acme-docs")]
    [InlineData("docs", "docs")]
    [InlineData("!!!", "docs")]
    public void Mcp_server_names_come_from_the_product_name(string product, string expected)
    {
        var config = new DocsConfig { Product = new ProductConfig(product, "Summary.") };

        Assert.Equal(expected, AgentEndpoints.McpServerName(AcmeSite.Build(config: config)));
    }

    [Theory]
    [InlineData(null, null, "/mcp")]
    [InlineData("https://x.example", null, "https://x.example/mcp")]
    [InlineData("https://x.example", "api/mcp", "https://x.example/api/mcp")]
    [InlineData(null, "api/mcp", "/api/mcp")]
    [InlineData("https://x.example", "HTTPS://other.example/mcp", "HTTPS://other.example/mcp")]
    public void Endpoints_are_relative_without_an_explicit_base_url(string? baseUrl, string? endpoint, string expected)
    {
        Assert.Equal(expected, AgentEndpoints.Resolve(baseUrl, endpoint));
    }

    [Fact]
    public void Skills_index_digest_and_integrity_hash_the_exact_skill_md_bytes()
    {
        var site = AcmeSite.Build();
        var skill = Assert.Single(AgentSkillSet.For(site));
        var skillMd = Encoding.UTF8.GetBytes("---\nname: acme-docs\n---\nbody\n");
        var hash = SHA256.HashData(skillMd);

        using var index = JsonDocument.Parse(AgentSkillsIndexRenderer.Render(new[] { (skill, skillMd) }));

        var entry = index.RootElement.GetProperty("skills")[0];
        Assert.Equal("https://schemas.agentskills.io/discovery/0.2.0/schema.json", index.RootElement.GetProperty("$schema").GetString());
        Assert.False(index.RootElement.TryGetProperty("version", out _));
        Assert.Equal("sha256:" + Convert.ToHexStringLower(hash), entry.GetProperty("digest").GetString());
        Assert.Equal("sha256-" + Convert.ToBase64String(hash), entry.GetProperty("integrity").GetString());
        Assert.Equal("./acme-docs/SKILL.md", entry.GetProperty("url").GetString());
        Assert.Equal("skill-md", entry.GetProperty("type").GetString());
    }

    [Fact]
    public void Skill_names_and_description_lengths_are_checked_against_the_discovery_format()
    {
        var config = AcmeSite.Config();
        var items = EquatableArray.Create(
            new SkillConfig("../escape", "Fine."),
            new SkillConfig("deploy", new string('x', 1025)));
        config = config with { Agents = config.Agents with { Skills = new SkillsConfig(true, items) } };
        var site = AcmeSite.Build(config: config);

        var diagnostics = AgentSkillSet.Validate(site, AgentSkillSet.For(site));

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("LT0100", d.Id));
        Assert.Contains("invalid skill name \"../escape\"", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("caps descriptions at 1024", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundle_mode_publishes_only_the_docs_skill_and_none_when_it_is_disabled()
    {
        var config = AcmeSite.Config();
        var items = EquatableArray.Create(new SkillConfig("deploy", "Deploy Acme."));
        var withItems = config with { Agents = config.Agents with { Skills = new SkillsConfig(true, items) } };
        var disabled = config with { Agents = config.Agents with { Skills = new SkillsConfig(false, items) } };

        Assert.Equal(new[] { "acme-docs", "deploy" }, AgentSkillSet.For(AcmeSite.Build(config: withItems)).Select(s => s.Name));
        Assert.Equal(new[] { "acme-docs" }, AgentSkillSet.For(AcmeSite.Build(SiteMode.Bundle, config: withItems)).Select(s => s.Name));
        Assert.Empty(AgentSkillSet.For(AcmeSite.Build(SiteMode.Bundle, config: disabled)));
    }

    [Fact]
    public void Agent_card_uses_the_mcp_endpoint_and_documentation_url()
    {
        var site = AcmeSite.Build();

        using var card = JsonDocument.Parse(AgentCardRenderer.Render(site, AgentSkillSet.For(site)));

        Assert.Equal("https://acme.example/mcp", card.RootElement.GetProperty("url").GetString());
        Assert.Equal("https://acme.example/docs", card.RootElement.GetProperty("documentationUrl").GetString());
        Assert.Equal("Acme Inc.", card.RootElement.GetProperty("provider").GetProperty("organization").GetString());
        Assert.Equal("documentation", card.RootElement.GetProperty("skills")[0].GetProperty("tags")[0].GetString());
    }

    [Fact]
    public void Agent_card_without_base_url_or_mcp_falls_back_to_the_homepage_or_leaves_the_url_out()
    {
        var config = new DocsConfig { Product = new ProductConfig("Acme", "Acme.") };
        var noUrl = AcmeSite.Build(config: config, baseUrl: null);
        var homepage = AcmeSite.Build(config: config with { Product = config.Product with { Homepage = "https://acme.example" } }, baseUrl: null);

        using var bare = JsonDocument.Parse(AgentCardRenderer.Render(noUrl, AgentSkillSet.For(noUrl)));
        using var withHomepage = JsonDocument.Parse(AgentCardRenderer.Render(homepage, AgentSkillSet.For(homepage)));

        Assert.False(bare.RootElement.TryGetProperty("url", out _));
        Assert.False(bare.RootElement.TryGetProperty("documentationUrl", out _));
        Assert.Equal("https://acme.example", withHomepage.RootElement.GetProperty("url").GetString());
    }
}

public sealed class SkillBodiesTests
{
    [Fact]
    public void Body_paths_are_read_through_the_callback_and_inline_bodies_are_kept()
    {
        var config = Leadtype.Tests.Shared.TestConfig.Read("""
            {
              "product": { "name": "Acme", "tagline": "Acme." },
              "agents": { "skills": { "items": [
                { "name": "setup", "description": "Set up.", "bodyPath": "skills/setup.md" },
                { "name": "inline", "description": "Inline.", "body": "# Inline\n" }
              ] } }
            }
            """);
        var requested = new System.Collections.Generic.List<string>();

        var resolved = AgentSkillSet.WithBodies(config, path => { requested.Add(path.Value); return "# Setup\n\nSteps.\n"; });

        Assert.Equal(new[] { "skills/setup.md" }, requested);
        Assert.Equal("# Setup\n\nSteps.\n", resolved.Agents.Skills.Items[0].Body);
        Assert.Equal("# Inline\n", resolved.Agents.Skills.Items[1].Body);
    }
}
