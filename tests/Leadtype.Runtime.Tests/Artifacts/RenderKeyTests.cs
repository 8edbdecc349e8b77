using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Leadtype.Model;
using Leadtype.Templates;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// A renderer that describes its model straight from the site (so a reused render never builds the model)
/// must give the key of the model it would have built: every value that can change a rendered byte is in it.
/// </summary>
public sealed class RenderKeyTests
{
    private static readonly SitePageInput[] EdgePages =
    {
        new("a.mdx", "A", "Alpha.", "# A\n\nBody of a.\n"),
        new("b.mdx", "B", null, string.Empty),
        new("c.mdx", "C", null, "  \n\n# C only\n"),
        new("d.mdx", "Dé 🎉", "Delta.", "\n\nNo heading here.\n\n\n"),
        new("e/index.mdx", "Index", null, "#NotAHeading\nSecond line.\n"),
    };

    [Fact]
    public void The_llms_full_frame_described_without_its_model_has_the_key_of_its_model()
    {
        var (corpus, _) = LeadtypeCorpusSite.Build(SiteMode.Site);
        var sites = new[]
        {
            AcmeSite.Build(),
            corpus,
            AcmeSite.Build(config: new Leadtype.Config.DocsConfig(), pages: EdgePages),
            AcmeSite.Build(baseUrl: null, config: new Leadtype.Config.DocsConfig(), pages: EdgePages),
        };

        foreach (var site in sites)
        {
            var pages = SiteReadingOrder.Of(site);
            Assert.Equal(RenderMemo.Key("t", LlmsFullTxtRenderer.FrameModel(site, pages)), FrameKey(site));
        }
    }

    [Fact]
    public void Every_value_of_an_llms_full_frame_page_changes_the_key_but_a_body_edit_does_not()
    {
        var baseline = FrameKey(Site(EdgePages));

        // Bodies are not in the frame: an edit that keeps a body non-empty keeps the key.
        Assert.Equal(baseline, FrameKey(Site(With(0, body: "# A\n\nAnother body.\n"))));

        Assert.NotEqual(baseline, FrameKey(Site(With(0, title: "A2"))));
        Assert.NotEqual(baseline, FrameKey(Site(With(0, description: "Alpha!"))));
        Assert.NotEqual(baseline, FrameKey(Site(With(1, description: "Now described."))));
        Assert.NotEqual(baseline, FrameKey(Site(With(1, body: "Now has a body.\n"))));
        Assert.NotEqual(baseline, FrameKey(Site(With(0, body: "# A only\n"))));
        Assert.NotEqual(baseline, FrameKey(Site(With(0, path: "a2.mdx"))));
        Assert.NotEqual(baseline, FrameKey(Site(EdgePages[..4])));
        Assert.NotEqual(baseline, FrameKey(AcmeSite.Build(baseUrl: "https://other.example", config: new Leadtype.Config.DocsConfig(), pages: EdgePages)));
        var renamed = new Leadtype.Config.DocsConfig { Product = new Leadtype.Config.ProductConfig("Renamed", "Generated documentation.") };
        Assert.NotEqual(baseline, FrameKey(AcmeSite.Build(config: renamed, pages: EdgePages)));
    }

    [Fact]
    public void A_reused_llms_full_frame_streams_the_edited_bodies_and_a_changed_title_renders_again()
    {
        var first = new RenderMemo();
        Stream(Site(EdgePages), first);

        var edited = Site(With(0, body: "# A\n\nAnother body.\n"));
        var second = new RenderMemo(first.Used);
        var text = Stream(edited, second);
        Assert.Equal(1, second.Hits);
        Assert.Equal(LlmsFullTxtRenderer.Render(edited, TemplateSet.Default[TextArtifact.LlmsFullTxt]), text);
        Assert.Contains("Another body.", text, StringComparison.Ordinal);

        var retitled = Site(With(0, title: "Alpha page"));
        var third = new RenderMemo(second.Used);
        text = Stream(retitled, third);
        Assert.Equal(0, third.Hits);
        Assert.Equal(LlmsFullTxtRenderer.Render(retitled, TemplateSet.Default[TextArtifact.LlmsFullTxt]), text);
        Assert.Contains("Alpha page", text, StringComparison.Ordinal);
    }

    private static UInt128 FrameKey(DocsSite site)
    {
        var pages = SiteReadingOrder.Of(site);
        return RenderMemo.Key("t", key => LlmsFullTxtRenderer.DescribeFrame(key, site, pages));
    }

    private static string Stream(DocsSite site, RenderMemo memo)
    {
        using var stream = new MemoryStream();
        LlmsFullTxtRenderer.Writer(site, TemplateSet.Default.WithMemo(memo)[TextArtifact.LlmsFullTxt], isDefaultTemplate: true)(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static DocsSite Site(IEnumerable<SitePageInput> pages) => AcmeSite.Build(config: new Leadtype.Config.DocsConfig(), pages: pages);

    private static SitePageInput[] With(int index, string? path = null, string? title = null, string? description = null, string? body = null)
    {
        var pages = (SitePageInput[])EdgePages.Clone();
        var page = pages[index];
        pages[index] = new SitePageInput(path ?? page.SourcePath, title ?? page.Title, description ?? page.Description, body ?? page.Body);
        return pages;
    }
}
