using System;
using Leadtype.Templates;
using Scriban.Runtime;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// A built-in template's render is reused only when its template and every value of its model are those of the
/// remembered render; anything else renders. User templates always render.
/// </summary>
public sealed class RenderMemoTests
{
    [Fact]
    public void A_default_template_with_an_equal_model_reuses_the_remembered_text()
    {
        var first = new RenderMemo();
        var expected = TemplateSet.Default.WithMemo(first)[TextArtifact.LlmsTxt].Render(Model("Acme", "Widgets."));
        Assert.Equal(0, first.Hits);

        var second = new RenderMemo(first.Used);
        var text = TemplateSet.Default.WithMemo(second)[TextArtifact.LlmsTxt].Render(Model("Acme", "Widgets."));

        Assert.Equal(1, second.Hits);
        Assert.Equal(expected, text);
        Assert.Contains("# Acme", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_model_value_renders_again()
    {
        var first = new RenderMemo();
        TemplateSet.Default.WithMemo(first)[TextArtifact.LlmsTxt].Render(Model("Acme", "Widgets."));

        var second = new RenderMemo(first.Used);
        var text = TemplateSet.Default.WithMemo(second)[TextArtifact.LlmsTxt].Render(Model("Acme", "Gadgets."));

        Assert.Equal(0, second.Hits);
        Assert.Contains("Gadgets.", text, StringComparison.Ordinal);
        Assert.Equal(text, TemplateSet.Default[TextArtifact.LlmsTxt].Render(Model("Acme", "Gadgets.")));
    }

    [Fact]
    public void A_remembered_text_is_not_reused_for_another_artifact_or_a_user_template()
    {
        var first = new RenderMemo();
        TemplateSet.Default.WithMemo(first)[TextArtifact.LlmsTxt].Render(Model("Acme", "Widgets."));

        // The same model through an override of the same artifact: rendered by the user's template.
        var second = new RenderMemo(first.Used);
        var overridden = TemplateSet.Default
            .WithOverrides(new[] { (TextArtifact.LlmsTxt, "Custom {{ product.name }}", "/tmp/llms.txt.scriban") })
            .WithMemo(second);
        Assert.Equal("Custom Acme", overridden[TextArtifact.LlmsTxt].Render(Model("Acme", "Widgets.")));
        Assert.Equal(0, second.Hits);
        Assert.Empty(second.Used);
    }

    [Fact]
    public void Models_that_differ_only_in_a_value_type_or_nesting_have_different_keys()
    {
        var a = new ScriptObject { ["n"] = 1, ["s"] = "1" };
        var b = new ScriptObject { ["n"] = "1", ["s"] = "1" };
        var c = new ScriptObject { ["n"] = 1, ["s"] = "1" };
        var nested = new ScriptObject { ["n"] = new ScriptArray { 1 }, ["s"] = "1" };

        Assert.Equal(RenderMemo.Key("t", a), RenderMemo.Key("t", c));
        Assert.NotEqual(RenderMemo.Key("t", a), RenderMemo.Key("t", b));
        Assert.NotEqual(RenderMemo.Key("t", a), RenderMemo.Key("t", nested));
        Assert.NotEqual(RenderMemo.Key("t", a), RenderMemo.Key("u", a));
        Assert.Null(RenderMemo.Key("t", new ScriptObject { ["x"] = new object() }));
    }

    private static ScriptObject Model(string name, string summary) => new()
    {
        ["product"] = new ScriptObject { ["name"] = name, ["summary"] = summary },
        ["mode"] = "site",
        ["base_url"] = "https://example.com",
        ["blocks"] = new ScriptArray(),
        ["sections"] = new ScriptArray(),
        ["mcp"] = null,
        ["nlweb"] = null,
    };
}
