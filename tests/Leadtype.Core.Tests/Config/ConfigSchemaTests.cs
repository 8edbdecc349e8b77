using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Leadtype.Config;

namespace Leadtype.Core.Tests.Config;

/// <summary>schemas/leadtype.schema.json must describe exactly what <see cref="DocsConfigReader"/> reads.</summary>
public class ConfigSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(LeadtypeCorpus.RepositoryRoot, "schemas", "leadtype.schema.json");

    private static JsonObject SchemaJson() => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    private static JsonSchema Schema() => JsonSchema.FromText(File.ReadAllText(SchemaPath));

    private static EvaluationResults Validate(string json) =>
        Schema().Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));

    [Fact]
    public void Every_shape_the_reader_knows_is_a_schema_definition_with_the_same_properties()
    {
        var schema = SchemaJson();
        var definitions = schema["definitions"]!.AsObject();
        foreach (var shape in ConfigShapes.All)
        {
            var node = shape == ConfigShapes.Root ? schema : definitions[shape.Name]?.AsObject();
            Assert.True(node is not null, "schema has no definition " + shape.Name);
            var properties = node!["properties"]!.AsObject().Select(p => p.Key).OrderBy(k => k, System.StringComparer.Ordinal);
            Assert.Equal(shape.Properties.OrderBy(k => k, System.StringComparer.Ordinal), properties);
        }
    }

    [Fact]
    public void Every_schema_definition_is_a_shape_the_reader_knows()
    {
        var names = SchemaJson()["definitions"]!.AsObject().Select(p => p.Key).OrderBy(k => k, System.StringComparer.Ordinal);
        Assert.Equal(ConfigShapes.All.Where(s => s != ConfigShapes.Root).Select(s => s.Name).OrderBy(k => k, System.StringComparer.Ordinal), names);
    }

    [Fact]
    public void Corpus_config_validates_against_the_schema()
    {
        var results = Validate(LeadtypeCorpus.ReadConfigText());
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void Schema_is_a_valid_draft_07_schema()
    {
        var meta = SchemaJson()["$schema"]!.GetValue<string>();
        Assert.Equal("http://json-schema.org/draft-07/schema#", meta);
        var results = MetaSchemas.Draft7.Evaluate(JsonNode.Parse(File.ReadAllText(SchemaPath)), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData("{ \"product\": { \"name\": \"A\" } }")]
    [InlineData("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"navigaton\": [] }")]
    [InlineData("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"navigation\": [42] }")]
    [InlineData("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"json\"], \"output\": {} }] }")]
    [InlineData("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"components\": { \"note\": { \"shape\": \"blockquote\" } } }")]
    [InlineData("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"agents\": { \"robots\": { \"policy\": \"block-all\" } } }")]
    public void Configs_the_reader_rejects_or_warns_about_fail_the_schema(string json)
    {
        Assert.False(Validate(json).IsValid);
        Assert.NotEmpty(DocsConfigReader.Read("leadtype.json", json).Diagnostics);
    }

    [Fact]
    public void A_full_config_using_every_section_validates_and_loads()
    {
        const string json = @"{
  ""$schema"": ""../schemas/leadtype.schema.json"",
  ""product"": { ""name"": ""Acme"", ""tagline"": ""Does things."", ""kind"": ""library"" },
  ""organization"": { ""name"": ""Acme Inc"", ""contactPoint"": [{ ""contactType"": ""support"", ""telephone"": ""+1"" }], ""address"": { ""addressCountry"": ""NL"" } },
  ""llms"": { ""sections"": [{ ""type"": ""markdown"", ""body"": ""Hi"" }, { ""type"": ""links"", ""heading"": ""Start"", ""links"": [{ ""urlPath"": ""/docs"" }] }] },
  ""navigation"": [""index"", { ""include"": ""guides/*"", ""sort"": [""title""] }, { ""title"": ""Ref"", ""base"": ""ref"", ""pages"": [""cli""], ""children"": [{ ""title"": ""Old"", ""optional"": true }] }],
  ""mounts"": [{ ""pathPrefix"": ""changelog"", ""urlPrefix"": ""/changelog"" }],
  ""feeds"": [{ ""id"": ""c"", ""title"": ""C"", ""source"": { ""urlPrefix"": ""/changelog"" }, ""formats"": [""rss""], ""output"": { ""rss"": ""/changelog/rss.xml"" }, ""limit"": 5 }],
  ""git"": { ""ignoredAuthors"": [""bot""] },
  ""agents"": { ""robots"": { ""policy"": ""block-training"", ""signals"": { ""aiTrain"": ""no"" } }, ""seo"": { ""keywords"": [""x""] }, ""agentCard"": { ""enabled"": false }, ""skills"": { ""docsSkill"": false, ""items"": [{ ""name"": ""s"", ""description"": ""d"", ""metadata"": { ""k"": ""v"" }, ""body"": ""b"" }] } },
  ""search"": { ""synonyms"": { ""setup"": [""install""] } },
  ""redirects"": { ""removed"": [""/docs/old""] },
  ""lint"": { ""ignore"": [""drafts/**""], ""rules"": { ""invalid-link"": ""error"" }, ""externalLinks"": { ""ttlHours"": 24 } },
  ""templates"": { ""llmsTxt"": ""templates/llms.txt.scriban"", ""agentsMd"": ""templates/agents.md.scriban"" },
  ""components"": { ""Note"": { ""shape"": ""blockquote"", ""aliases"": [""Tip""] }, ""Badge"": { ""shape"": ""template"", ""template"": ""**{{props.label}}**"" } }
}";
        var results = Validate(json);
        Assert.True(results.IsValid, Errors(results));
        var read = DocsConfigReader.Read("leadtype.json", json);
        Assert.Empty(read.Diagnostics);
    }
}
