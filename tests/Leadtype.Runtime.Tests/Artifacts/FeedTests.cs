using System;
using System.IO;
using System.Linq;
using System.ServiceModel.Syndication;
using System.Xml;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Feeds;
using Leadtype.Model;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Artifacts;

public sealed class FeedTests
{
    private static readonly DateTimeOffset June1 = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset July1 = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Rss_and_atom_parse_back_with_a_syndication_reader_and_list_the_newest_page_first()
    {
        var site = AcmeSite.Build(pages: ChangelogPages());

        var (files, diagnostics) = FeedRenderer.Render(site);

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "changelog/rss.xml", "changelog/atom.xml" }, files.Select(f => f.Path));
        foreach (var file in files)
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Content));
            var feed = SyndicationFeed.Load(reader);
            Assert.Equal("Acme changelog", feed.Title.Text);
            Assert.Equal(
                new[] { "https://acme.example/changelog/v2", "https://acme.example/changelog/v1" },
                feed.Items.Select(i => i.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString()));
            Assert.Equal(July1, feed.Items.First().PublishDate);
        }
    }

    [Fact]
    public void Draft_pages_are_left_out_of_feeds()
    {
        var pages = ChangelogPages().Append(Page("changelog/v3.mdx", "Version 3", new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero), draft: true));
        var site = AcmeSite.Build(pages: pages);

        var rss = FeedRenderer.Render(site).Files.Single(f => f.Path.EndsWith("rss.xml", StringComparison.Ordinal)).ContentAsText();

        Assert.DoesNotContain("Version 3", rss, StringComparison.Ordinal);
        Assert.Contains("Version 2", rss, StringComparison.Ordinal);
    }

    [Fact]
    public void Limit_keeps_only_the_newest_entries()
    {
        var config = AcmeSite.Config();
        config = config with { Feeds = config.Feeds.Select(f => f with { Limit = 1 }).ToEquatableArray() };
        var site = AcmeSite.Build(config: config, pages: ChangelogPages());

        var atom = FeedRenderer.Render(site).Files.Single(f => f.Path.EndsWith("atom.xml", StringComparison.Ordinal)).ContentAsText();

        Assert.Contains("changelog/v2", atom, StringComparison.Ordinal);
        Assert.DoesNotContain("changelog/v1<", atom, StringComparison.Ordinal);
    }

    [Fact]
    public void Selected_pages_without_any_date_are_an_error_naming_the_feed_and_the_pages()
    {
        var pages = ChangelogPages().Append(new SitePageInput("changelog/undated.mdx", "Undated", null, "Body.\n"));
        var site = AcmeSite.Build(pages: pages);

        var (files, diagnostics) = FeedRenderer.Render(site);

        var error = Assert.Single(diagnostics);
        Assert.Equal("LT0113", error.Id);
        Assert.True(error.IsError);
        Assert.Equal("feed \"changelog\": pages selected by \"/changelog\" are missing date or lastModified frontmatter: /changelog/undated", error.Message);
        Assert.Equal("leadtype.json", error.FilePath);
        Assert.True(error.Line > 0);
        Assert.Empty(files);
    }

    [Fact]
    public void A_feed_matching_no_pages_is_a_warning_and_is_still_written()
    {
        var config = AcmeSite.Config();
        config = config with { Feeds = config.Feeds.Select(f => f with { SourceUrlPrefix = "/blog" }).ToEquatableArray() };
        var site = AcmeSite.Build(config: config);

        var (files, diagnostics) = FeedRenderer.Render(site);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0112", warning.Id);
        Assert.False(warning.IsError);
        Assert.Equal(2, files.Count);
        var atom = files.Single(f => f.Path.EndsWith("atom.xml", StringComparison.Ordinal)).ContentAsText();
        Assert.DoesNotContain("<entry>", atom, StringComparison.Ordinal);
        // An empty feed is dated by the run timestamp, never the clock.
        Assert.Contains("<updated>2026-06-15T10:30:00Z</updated>", atom, StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_refuse_an_implicit_localhost_base_url()
    {
        var site = AcmeSite.Build(baseUrl: null);

        var (files, diagnostics) = FeedRenderer.Render(site);

        var error = Assert.Single(diagnostics);
        Assert.Equal("LT0114", error.Id);
        Assert.Contains("configured feeds require --base-url", error.Message, StringComparison.Ordinal);
        Assert.Empty(files);
    }

    [Fact]
    public void An_explicit_localhost_base_url_is_accepted()
    {
        var site = AcmeSite.Build(baseUrl: "http://localhost:5000");

        var (files, diagnostics) = FeedRenderer.Render(site);

        Assert.Empty(diagnostics);
        Assert.Contains("http://localhost:5000/changelog/v1", files[0].ContentAsText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_titles_are_stripped_so_the_xml_stays_well_formed()
    {
        var pages = AcmeSite.Pages().Where(p => !p.SourcePath.StartsWith("changelog", StringComparison.Ordinal))
            .Append(Page("changelog/v1.mdx", "Version\u0001 1 & <beyond>", June1));
        var site = AcmeSite.Build(pages: pages);

        var rss = FeedRenderer.Render(site).Files[0];

        using var reader = XmlReader.Create(new MemoryStream(rss.Content));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal("Version 1 & <beyond>", feed.Items.Single().Title.Text);
    }

    [Fact]
    public void Bundle_mode_renders_no_feeds()
    {
        var (files, diagnostics) = FeedRenderer.Render(AcmeSite.Build(Leadtype.Model.SiteMode.Bundle));

        Assert.Empty(files);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Output_paths_that_escape_the_output_directory_are_rejected()
    {
        Assert.Null(FeedRenderer.OutputPath("/../outside.xml"));
        Assert.Equal("changelog/rss.xml", FeedRenderer.OutputPath("/changelog/rss.xml"));
    }

    private static System.Collections.Generic.IEnumerable<SitePageInput> ChangelogPages() =>
        AcmeSite.Pages().Append(Page("changelog/v2.mdx", "Version 2", July1));

    private static SitePageInput Page(string path, string title, DateTimeOffset date, bool draft = false) =>
        new(path, title, title + " notes.", "# " + title + "\n", Date: date, Draft: draft);
}
