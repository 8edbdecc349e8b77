using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Leadtype.Conversion;
using Leadtype.Model;
using Leadtype.Site;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>
/// The search index the pipeline builds while pages convert must be exactly the index the finished
/// site model gives (byte for byte), and a site that differs must be detected.
/// </summary>
public sealed class SearchStageTests
{
    private static readonly DateTimeOffset Timestamp = new(2026, 7, 15, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_index_built_during_conversion_equals_the_index_of_the_site_model_on_the_leadtype_corpus()
    {
        var (inputs, tree, records) = ConvertCorpus();
        var stage = Start(inputs, tree, records);

        var speculative = stage.Render(Timestamp)!.Value;
        var site = BuildSite(inputs, records);
        var expected = SearchFiles.Render(site);

        Assert.True(stage.Matches(site));
        Assert.Equal(expected.Index.Content, speculative.Index.Content);
        Assert.Equal(expected.Content.Content, speculative.Content.Content);
        Assert.Equal(expected.Stats, speculative.Stats);
    }

    [Fact]
    public void A_site_whose_pages_differ_from_what_was_indexed_does_not_match()
    {
        var (inputs, tree, records) = ConvertCorpus();
        var stage = Start(inputs, tree, records);
        stage.Render(Timestamp);

        // A different title for one page than the records gave.
        var changed = new List<PageRecord>(records);
        var first = records[0];
        changed[0] = new PageRecord(first.DocsPath, first.SourceHash, first.ConversionKey, first.Dependencies, first.FrontmatterBlock, first.Body, "Another title",
            first.Description, first.Headings, first.Groups, first.Order, first.Date, first.LastModified, first.Draft, first.Search, first.GroupSpan, first.Diagnostics);

        Assert.False(stage.Matches(BuildSite(inputs, changed)));
        Assert.True(stage.Matches(BuildSite(inputs, records)));
    }

    [Fact]
    public void A_different_run_timestamp_does_not_match()
    {
        var (inputs, tree, records) = ConvertCorpus();
        var stage = Start(inputs, tree, records);
        stage.Render(Timestamp.AddDays(1));

        Assert.False(stage.Matches(BuildSite(inputs, records)));
    }

    private static SearchStage Start(GenerateInputs inputs, DocsTree tree, IReadOnlyList<PageRecord> records)
    {
        var order = SearchStage.Order(tree.Pages);
        var feed = new PageFeed(records.Count);
        var stage = SearchStage.Start(feed, order, inputs, CancellationToken.None);

        // Completed in reverse: the builder must still consume them in index order.
        for (var i = records.Count - 1; i >= 0; i--)
        {
            feed.Complete(i, records[i]);
        }

        return stage;
    }

    private static DocsSite BuildSite(GenerateInputs inputs, IReadOnlyList<PageRecord> records)
    {
        var siteInputs = new List<SitePageInput>();
        foreach (var record in records)
        {
            siteInputs.Add(record.ToSiteInput(null, record.DocsPath));
        }

        var (site, diagnostics) = SiteBuilder.Build(SiteMode.Site, inputs.Config, inputs.BaseUrl, inputs.Mounts, siteInputs, Timestamp, Timestamp);
        return site ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    private static (GenerateInputs Inputs, DocsTree Tree, List<PageRecord> Records) ConvertCorpus()
    {
        var source = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpora", "leadtype"));
        var (inputs, diagnostics, _) = GenerateInputs.Resolve(new GenerateOptions { SourceDirectory = source, BaseUrl = "https://leadtype.dev", Environment = _ => null });
        Assert.True(inputs is not null, string.Join("\n", diagnostics));
        var (tree, _) = DocsTree.Scan(inputs!.Folders, Array.Empty<string>());
        var records = new List<PageRecord>();
        foreach (var page in tree.Pages)
        {
            records.Add(PageConversion.Convert(tree, page, new PageConversionOptions { Components = inputs.Flatten }, "key"));
        }

        return (inputs, tree, records);
    }
}
