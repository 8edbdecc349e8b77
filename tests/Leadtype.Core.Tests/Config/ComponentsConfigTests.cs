using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;

namespace Leadtype.Core.Tests.Config;

public class ComponentsConfigTests
{
    private static DocsConfigReadResult Read(string components) =>
        DocsConfigReader.Read("leadtype.json", "{\n  \"product\": { \"name\": \"A\", \"tagline\": \"B\" },\n  \"components\": " + components + "\n}");

    private static string Errors(DocsConfigReadResult result) => string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}"));

    [Fact]
    public void Each_shape_is_read_with_its_parameters()
    {
        var result = Read(@"{
    ""Note"": { ""shape"": ""blockquote"", ""aliases"": [""Tip"", ""Admonition""], ""titleProp"": ""label"", ""defaultTitle"": ""Note"" },
    ""Tabs"": { ""shape"": ""headings"", ""item"": ""Tab"", ""level"": 4 },
    ""Cards"": { ""shape"": ""links"", ""item"": ""Card"", ""hrefProp"": ""to"" },
    ""Badge"": { ""shape"": ""template"", ""template"": ""**{{ props.label }}** {{children}}"" },
    ""Docs.Aside"": { ""shape"": ""template"", ""template"": ""{{children}}"" }
  }");
        Assert.Equal(string.Empty, Errors(result));
        var components = result.Config!.Components;
        Assert.Equal(new[] { "Note", "Tabs", "Cards", "Badge", "Docs.Aside" }, components.Select(c => c.Name));

        var note = components[0];
        Assert.Equal(ComponentShapeKind.Blockquote, note.Shape);
        Assert.Equal(new[] { "Note", "Tip", "Admonition" }, note.AllNames);
        Assert.Equal(("label", "Note"), (note.TitleProp, note.DefaultTitle));
        Assert.Equal(new ConfigLocation("components.Note", 4, 13), note.Location);

        Assert.Equal((ComponentShapeKind.Headings, "Tab", (int?)4), (components[1].Shape, components[1].Item, components[1].Level));
        Assert.Equal((ComponentShapeKind.Links, "Card", "to", (string?)null), (components[2].Shape, components[2].Item, components[2].HrefProp, components[2].DescriptionProp));
        Assert.Equal("**{{ props.label }}** {{children}}", components[3].Template);
        Assert.Equal("components[\"Docs.Aside\"]", components[4].Location.JsonPath);
    }

    [Theory]
    [InlineData("{ \"note\": { \"shape\": \"blockquote\" } }", "LT0100", "`components.note`: component names start with an upper-case letter and use letters, digits and `_` (lower-case tags are HTML elements), got \"note\"")]
    [InlineData("{ \"Note\": { } }", "LT0100", "`components.Note.shape` is required: \"blockquote\", \"headings\", \"links\" or \"template\"")]
    [InlineData("{ \"Note\": { \"shape\": \"callout\" } }", "LT0100", "`components.Note.shape` must be one of \"blockquote\", \"headings\", \"links\", \"template\", got \"callout\"")]
    [InlineData("{ \"Tabs\": { \"shape\": \"headings\" } }", "LT0100", "`components.Tabs.item` is required for shape \"headings\": the child component that becomes a heading (e.g. \"Tab\")")]
    [InlineData("{ \"Cards\": { \"shape\": \"links\", \"item\": \"card\" } }", "LT0100", "`components.Cards.item` must name the child component (e.g. \"Tab\"), got \"card\"")]
    [InlineData("{ \"Tabs\": { \"shape\": \"headings\", \"item\": \"Tab\", \"level\": 7 } }", "LT0100", "`components.Tabs.level` must be a heading level from 1 to 6")]
    [InlineData("{ \"Badge\": { \"shape\": \"template\" } }", "LT0100", "`components.Badge.template` is required for shape \"template\" (e.g. \"**Note:** {{children}}\")")]
    [InlineData("{ \"Badge\": { \"shape\": \"template\", \"template\": \"{{ title }}\" } }", "LT0100", "`components.Badge.template` uses the placeholder `{{ title }}`; only {{children}} and {{props.<name>}} are available")]
    [InlineData("{ \"Badge\": { \"shape\": \"template\", \"template\": \"{{children}} {{props.x\" } }", "LT0100", "`components.Badge.template` has a `{{` without a closing `}}`")]
    [InlineData("{ \"Note\": { \"shape\": \"blockquote\" }, \"Tip\": { \"shape\": \"blockquote\", \"aliases\": [\"Note\"] } }", "LT0100", "`components.Tip.aliases[0]` declares <Note>, which `components.Note` already declares")]
    [InlineData("{ \"Note\": { \"shape\": \"blockquote\", \"item\": \"X\" } }", "LT0111", "`components.Note.item` is ignored: shape \"blockquote\" does not use it")]
    [InlineData("{ \"Note\": { \"shape\": \"blockquote\", \"tittleProp\": \"x\" } }", "LT0109", "`components.Note.tittleProp` is not a known property of `components.Note` and is ignored; did you mean `titleProp`?")]
    public void Bad_declarations_are_reported(string components, string id, string message)
    {
        var result = Read(components);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((id, message), (diagnostic.Id, diagnostic.Message));
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(id == "LT0100", result.Config is null);
    }

    [Fact]
    public void Defaults_are_documented_constants()
    {
        Assert.Equal(("title", "href", "description", 3), (ComponentDeclaration.DefaultTitleProp, ComponentDeclaration.DefaultHrefProp, ComponentDeclaration.DefaultDescriptionProp, ComponentDeclaration.DefaultLevel));
        Assert.Equal(EquatableArray.Create("X"), new ComponentDeclaration("X", ComponentShapeKind.Template).AllNames);
    }
}
