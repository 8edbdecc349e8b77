using System;
using System.IO;
using System.Linq;
using System.Text;
using Leadtype.Artifacts;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// The artifacts the pipeline streams instead of building whole (llms-full.txt with page bodies copied into
/// a Scriban frame, agent-readability.json written indented) give exactly the bytes of the whole renderers.
/// </summary>
public sealed class StreamedArtifactTests
{
    [Fact]
    public void Streamed_llms_full_txt_equals_the_rendered_file_on_the_acme_site_and_the_leadtype_corpus()
    {
        var (corpus, _) = LeadtypeCorpusSite.Build(SiteMode.Site);
        foreach (var site in new[] { AcmeSite.Build(), corpus })
        {
            AssertStreamedEqualsRendered(site, TemplateSet.Default[TextArtifact.LlmsFullTxt], isDefault: true);
        }
    }

    [Fact]
    public void Pages_with_empty_bodies_leading_h1s_and_surrounding_blank_lines_stream_like_they_render()
    {
        var pages = new[]
        {
            new SitePageInput("a.mdx", "A", "Alpha.", "# A\n\nBody of a.\n"),
            new SitePageInput("b.mdx", "B", null, string.Empty),
            new SitePageInput("c.mdx", "C", null, "  \n\n# C only\n"),
            new SitePageInput("d.mdx", "D", "Delta.", "\n\nNo heading here.\n\n\n"),
            new SitePageInput("e.mdx", "E", null, "#NotAHeading\nSecond line 🎉.\n"),
        };
        var site = AcmeSite.Build(config: new Leadtype.Config.DocsConfig(), pages: pages);

        AssertStreamedEqualsRendered(site, TemplateSet.Default[TextArtifact.LlmsFullTxt], isDefault: true);
    }

    [Fact]
    public void A_title_that_looks_like_a_body_mark_falls_back_to_rendering_whole()
    {
        var pages = new[]
        {
            new SitePageInput("a.mdx", "Mark \uFDD0" + "1\uFDD1 here", null, "# A\n\nBody of a.\n"),
            new SitePageInput("b.mdx", "B \uFDD1", null, "Body of b.\n"),
        };
        var site = AcmeSite.Build(config: new Leadtype.Config.DocsConfig(), pages: pages);

        var text = AssertStreamedEqualsRendered(site, TemplateSet.Default[TextArtifact.LlmsFullTxt], isDefault: true);
        Assert.Contains("Body of b.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overridden_template_is_rendered_whole_even_when_it_transforms_the_content()
    {
        var template = ArtifactTemplate.Parse(TextArtifact.LlmsFullTxt, "{{ for page in pages }}{{ page.content | string.upcase }}|{{ page.content | string.size }}\n{{ end }}", "t/full.scriban");

        var text = AssertStreamedEqualsRendered(AcmeSite.Build(), template, isDefault: false);
        Assert.Contains("WELCOME TO ACME.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_gives_the_streamed_artifacts_as_bytes_and_well_known_copies_equal_their_source()
    {
        var site = AcmeSite.Build();
        var (planned, _) = SiteArtifacts.RenderForWriting(site, TemplateSet.Default);
        var (files, _) = SiteArtifacts.Render(site, TemplateSet.Default);
        var bytes = files.ToDictionary(f => f.Path, f => f.Content);

        Assert.Equal(planned.Select(f => f.Path), files.Select(f => f.Path));
        Assert.Contains(planned, f => f.Path == LlmsFullTxtRenderer.Path && f.Writer is not null);
        Assert.Contains(planned, f => f.Path == LlmsFullTxtRenderer.WellKnownPath && f.SameAs == LlmsFullTxtRenderer.Path);
        Assert.Equal(bytes[LlmsFullTxtRenderer.Path], bytes[LlmsFullTxtRenderer.WellKnownPath]);
        Assert.Equal(Encoding.UTF8.GetBytes(LlmsFullTxtRenderer.Render(site, TemplateSet.Default[TextArtifact.LlmsFullTxt])), bytes[LlmsFullTxtRenderer.Path]);
        Assert.Equal(AgentReadabilityRenderer.Render(site), bytes[AgentReadabilityRenderer.Path]);
    }

    [Fact]
    public void Streamed_agent_readability_json_equals_the_rendered_bytes_and_the_indenters_layout()
    {
        var (corpus, _) = LeadtypeCorpusSite.Build(SiteMode.Site);
        using var stream = new MemoryStream();

        AgentReadabilityRenderer.Render(corpus, stream);

        var rendered = AgentReadabilityRenderer.Render(corpus);
        Assert.Equal(rendered, stream.ToArray());
        using var document = System.Text.Json.JsonDocument.Parse(rendered);
        Assert.Equal(corpus.Pages.Count, document.RootElement.GetProperty("pages").GetArrayLength());
        Assert.EndsWith("}\n", Encoding.UTF8.GetString(rendered), StringComparison.Ordinal);
    }

    private static string AssertStreamedEqualsRendered(DocsSite site, ArtifactTemplate template, bool isDefault)
    {
        var expected = LlmsFullTxtRenderer.Render(site, template);
        using var stream = new MemoryStream();
        LlmsFullTxtRenderer.Writer(site, template, isDefault)(stream);

        Assert.Equal(Encoding.UTF8.GetBytes(expected), stream.ToArray());
        return expected;
    }
}
