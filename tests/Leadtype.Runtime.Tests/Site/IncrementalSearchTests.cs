using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Conversion;
using Leadtype.Model;
using Leadtype.Search;
using Leadtype.Site;
using Leadtype.Tests.Shared;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>
/// Pages are prepared for search where they convert and cached with their records: an edit re-prepares only
/// the pages it touched, the merged and streamed search files are byte for byte what a cold run (and the
/// whole-site index builder) writes, and only the files that depend on the edit are rewritten.
/// </summary>
public sealed class IncrementalSearchTests
{
    private static readonly Dictionary<string, string> Epoch = new() { ["SOURCE_DATE_EPOCH"] = "1784000000" };

    [Fact]
    public void Editing_one_page_prepares_only_that_page_and_rewrites_only_what_depends_on_it()
    {
        using var project = Project();
        var cold = project.Generate(environment: Epoch);
        Assert.Equal(GenerateStatus.Succeeded, cold.Status);
        Assert.Equal(4, cold.Cache!.SearchPrepared);

        project.Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\nRun the installer, then restart.\n");
        var edit = project.Generate(environment: Epoch);

        Assert.Equal((1, 3, 1), (edit.Cache!.Converted, edit.Cache.Reused, edit.Cache.SearchPrepared));
        Assert.Equal(
            new[] { ".well-known/llms-full.txt", "docs/guides/install.md", "docs/search-content.json", "docs/search-index.json", "llms-full.txt" },
            edit.Output!.Written.OrderBy(p => p, StringComparer.Ordinal));

        // The incremental output is exactly a cold run's.
        using var fresh = Project();
        fresh.Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\nRun the installer, then restart.\n");
        fresh.Generate(environment: Epoch);
        AssertSameTree(fresh.Output, project.Output);
        Assert.Contains("restart", File.ReadAllText(Path.Combine(project.Output, "docs", "search-content.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_retitled_page_is_prepared_again_and_a_search_false_page_is_not_prepared()
    {
        using var project = Project();
        project.Generate(environment: Epoch);

        project.Write("docs/guides/install.mdx", "---\ntitle: Installing\n---\n# Install\n\nRun the installer.\n");
        project.Write("docs/internal.mdx", "---\ntitle: Internal\nsearch: false\n---\n# Internal\n\nNot for search.\n");
        var edit = project.Generate(environment: Epoch);

        Assert.Equal(1, edit.Cache!.SearchPrepared);
        var index = File.ReadAllText(Path.Combine(project.Output, "docs", "search-index.json"));
        Assert.Contains("\"Installing\"", index, StringComparison.Ordinal);
        Assert.DoesNotContain("Not for search", File.ReadAllText(Path.Combine(project.Output, "docs", "search-content.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_reuses_every_prepared_page_from_the_cache()
    {
        using var project = Project();
        project.Generate(environment: Epoch);

        // A changed config invalidates the run fingerprint but not a single page.
        project.Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Other widgets." } }""");
        var second = project.Generate(environment: Epoch);

        Assert.Equal((0, 4, 0), (second.Cache!.Converted, second.Cache.Reused, second.Cache.SearchPrepared));
        Assert.Contains("llms.txt", second.Output!.Written);
        Assert.DoesNotContain("docs/search-index.json", second.Output.Written);
    }

    [Fact]
    public void Merged_search_files_equal_the_whole_site_index_on_the_leadtype_corpus_even_when_a_prepared_page_is_stale()
    {
        var (inputs, records) = ConvertCorpus();
        var site = BuildSite(inputs, records);
        var expected = SearchFiles.Render(site);

        // One record prepared under another title (as if the site model disagreed with the guess).
        var byPath = records.ToDictionary(r => r.DocsPath, StringComparer.Ordinal);
        var stale = records.First(r => r.SearchPage is not null);
        stale.SearchPage = SearchPagePreparer.Prepare("Another title", null, stale.Body, SearchFiles.Options);

        var merged = SearchFiles.Merge(site, byPath, out var prepared);
        using var index = new MemoryStream();
        using var content = new MemoryStream();
        merged.WriteIndex(index);
        merged.WriteContent(content);

        Assert.Equal(1, prepared);
        Assert.Equal(expected.Index.Content, index.ToArray());
        Assert.Equal(expected.Content.Content, content.ToArray());
        Assert.Equal(expected.Stats, SearchFiles.Stats(merged, index.Length, content.Length));
        Assert.NotEqual("Another title", stale.SearchPage!.Title);
    }

    private static SiteProject Project() => new SiteProject()
        .Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." } }""")
        .Write("docs/index.mdx", "---\ntitle: Home\n---\n# Home\n\nWelcome to Acme.\n")
        .Write("docs/guides/index.mdx", "---\ntitle: Guides\n---\n# Guides\n\nPick a guide.\n")
        .Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\nRun the installer.\n")
        .Write("docs/guides/configure.mdx", "---\ntitle: Configure\n---\n# Configure\n\n## Options\n\nSet `base` and `out`.\n");

    private static void AssertSameTree(string expected, string actual)
    {
        static string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();

        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file + " differs");
        }
    }

    private static DocsSite BuildSite(GenerateInputs inputs, IReadOnlyList<PageRecord> records)
    {
        var timestamp = new DateTimeOffset(2026, 7, 15, 0, 0, 0, TimeSpan.Zero);
        var siteInputs = records.Select(record => record.ToSiteInput(null, record.DocsPath)).ToList();
        var (site, diagnostics) = SiteBuilder.Build(SiteMode.Site, inputs.Config, inputs.BaseUrl, inputs.Mounts, siteInputs, timestamp, timestamp);
        return site ?? throw new InvalidOperationException(string.Join("\n", diagnostics));
    }

    private static (GenerateInputs Inputs, List<PageRecord> Records) ConvertCorpus()
    {
        var source = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpora", "leadtype"));
        var (inputs, diagnostics, _) = GenerateInputs.Resolve(new GenerateOptions { SourceDirectory = source, BaseUrl = "https://leadtype.dev", Environment = _ => null });
        Assert.True(inputs is not null, string.Join("\n", diagnostics));
        var (tree, _) = DocsTree.Scan(inputs!.Folders, Array.Empty<string>());
        var records = new List<PageRecord>();
        foreach (var page in tree.Pages)
        {
            var record = PageConversion.Convert(tree, page, new PageConversionOptions { Components = inputs.Flatten }, "key");
            record.SearchPage = SearchFiles.Prepare(record);
            records.Add(record);
        }

        return (inputs, records);
    }
}
