using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// The incremental cache and reproducibility: an unchanged rerun rewrites nothing and stops early;
/// an edit rewrites only what depends on it; deleted pages' outputs are pruned; the cache never
/// makes a run fail; timestamps never come from the wall clock.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateIncrementalTests
{
    [Fact]
    public void A_second_run_with_no_change_rewrites_nothing_and_stops_early()
    {
        using var workspace = Fixture();
        var first = Json(workspace.Generate("--json"));
        var before = workspace.Snapshot();

        var second = Json(workspace.Generate("--json"));

        Assert.False(first.GetProperty("upToDate").GetBoolean());
        Assert.True(second.GetProperty("upToDate").GetBoolean());
        Assert.Empty(second.GetProperty("output").GetProperty("written").EnumerateArray());
        Assert.Equal(before.Count, second.GetProperty("output").GetProperty("unchanged").GetInt32());
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void Touching_a_file_without_changing_it_rewrites_nothing()
    {
        using var workspace = Fixture();
        workspace.Generate();
        var before = workspace.Snapshot();
        File.SetLastWriteTimeUtc(Path.Combine(workspace.Docs, "quickstart.mdx"), DateTime.UtcNow.AddMinutes(5));

        var run = Json(workspace.Generate("--json"));

        Assert.Empty(run.GetProperty("output").GetProperty("written").EnumerateArray());
        Assert.Equal(0, run.GetProperty("cache").GetProperty("converted").GetInt32());
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void Editing_one_page_converts_only_that_page_and_rewrites_only_what_depends_on_it()
    {
        using var workspace = Fixture();
        workspace.Generate();
        var before = workspace.Snapshot();
        workspace.WriteSource("docs/guides/index.mdx", "---\ntitle: Guides\n---\n\n# Guides\n\nGuides overview: pick any task.\n");

        var run = Json(workspace.Generate("--json"));

        Assert.Equal(1, run.GetProperty("cache").GetProperty("converted").GetInt32());
        Assert.Equal(5, run.GetProperty("cache").GetProperty("reused").GetInt32());
        var written = run.GetProperty("output").GetProperty("written").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.Contains("docs/guides/index.md", written);
        Assert.Contains("llms-full.txt", written);
        Assert.Contains("docs/search-content.json", written);
        Assert.DoesNotContain("docs/quickstart.md", written);
        Assert.DoesNotContain("docs/guides/deploy.md", written);
        Assert.DoesNotContain("changelog/rss.xml", written);
        var after = workspace.Snapshot();
        Assert.Equal(before["docs/quickstart.md"].Written, after["docs/quickstart.md"].Written);
    }

    [Fact]
    public void An_edit_run_restores_a_mirror_edited_by_hand_and_leaves_the_intact_ones_alone()
    {
        using var workspace = Fixture();
        workspace.Generate();
        workspace.Generate("--force");
        var before = workspace.Snapshot();
        var mirror = Path.Combine(workspace.Output, "docs", "quickstart.md");
        File.WriteAllText(mirror, "hand-edited\n");
        workspace.WriteSource("docs/guides/index.mdx", "---\ntitle: Guides\n---\n\n# Guides\n\nAn edit elsewhere.\n");

        var run = Json(workspace.Generate("--json"));

        Assert.Equal(1, run.GetProperty("cache").GetProperty("converted").GetInt32());
        var written = run.GetProperty("output").GetProperty("written").EnumerateArray().Select(e => e.GetString()).ToHashSet();
        Assert.Contains("docs/quickstart.md", written);
        Assert.DoesNotContain("docs/guides/deploy.md", written);
        var after = workspace.Snapshot();
        Assert.Equal(before["docs/quickstart.md"].Bytes, after["docs/quickstart.md"].Bytes);
        Assert.Equal(before["docs/guides/deploy.md"].Written, after["docs/guides/deploy.md"].Written);
    }

    [Fact]
    public void Editing_an_included_file_reconverts_its_includer_only()
    {
        using var workspace = Fixture();
        workspace.Generate();
        workspace.WriteSource("docs/shared/environment.md", "## Environment\n\nSet `ACME_ENV=staging`.\n");

        var run = Json(workspace.Generate("--json"));

        Assert.Equal(1, run.GetProperty("cache").GetProperty("converted").GetInt32());
        Assert.Contains("ACME_ENV=staging", workspace.ReadOutput("docs/guides/deploy.md"));
    }

    [Fact]
    public void Creating_a_missing_include_reconverts_the_page_that_asked_for_it()
    {
        using var workspace = GenerateWorkspace.WithDocs(("page.mdx", "# Page\n\n<include>./later.md</include>\n"));
        var first = workspace.Generate();
        workspace.WriteSource("docs/later.md", "Arrived.\n");

        var second = workspace.Generate();

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("LT0020", first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Arrived.", workspace.ReadOutput("docs/page.md"));
    }

    [Fact]
    public void A_still_missing_include_is_reported_again_without_reconverting_its_page()
    {
        using var workspace = GenerateWorkspace.WithDocs(("page.mdx", "# Page\n\n<include>./later.md</include>\n"), ("other.mdx", "# Other\n"));
        var first = workspace.Generate();

        var second = workspace.Generate("--json");

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("page.mdx:3:1: error LT0020", second.Stderr);
        Assert.Equal(0, JsonDocument.Parse(second.Stdout).RootElement.GetProperty("cache").GetProperty("converted").GetInt32());

        // A change elsewhere takes the full path (not the no-change shortcut): the page is still not re-converted.
        workspace.WriteSource("docs/other.mdx", "# Other\n\nMore.\n");
        var third = workspace.Generate("--json");
        Assert.Equal(1, third.ExitCode);
        Assert.Contains("page.mdx:3:1: error LT0020", third.Stderr);
        Assert.Equal(1, JsonDocument.Parse(third.Stdout).RootElement.GetProperty("cache").GetProperty("converted").GetInt32());
    }

    [Fact]
    public void An_include_found_from_the_docs_root_follows_a_file_created_beside_its_page()
    {
        using var workspace = GenerateWorkspace.WithDocs(
            ("guides/page.mdx", "# Page\n\n<include>snippets/note.md</include>\n"),
            ("snippets/note.md", "From the root.\n"));
        var first = workspace.Generate();
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("From the root.", workspace.ReadOutput("docs/guides/page.md"));
        Assert.Equal(0, Json(workspace.Generate("--json")).GetProperty("cache").GetProperty("converted").GetInt32());

        workspace.WriteSource("docs/guides/snippets/note.md", "Beside the page.\n");
        var third = workspace.Generate();

        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Contains("Beside the page.", workspace.ReadOutput("docs/guides/page.md"));
    }

    [Fact]
    public void Deleting_a_page_prunes_its_mirror_and_its_mounted_copy()
    {
        using var workspace = Fixture();
        workspace.Generate();
        Assert.True(workspace.OutputExists("docs/changelog/v1.md"));
        Assert.True(workspace.OutputExists("changelog/v1.md"));
        workspace.DeleteSource("docs/changelog/v1.mdx");

        var run = Json(workspace.Generate("--json"));

        Assert.False(workspace.OutputExists("docs/changelog/v1.md"));
        Assert.False(workspace.OutputExists("changelog/v1.md"));
        var deleted = run.GetProperty("output").GetProperty("deleted").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(new[] { "changelog/v1.md", "docs/changelog/v1.md" }, deleted);
        Assert.DoesNotContain("/changelog/v1", workspace.ReadOutput("llms-full.txt"));
    }

    [Fact]
    public void Files_the_run_does_not_own_survive_pruning()
    {
        using var workspace = Fixture();
        workspace.Generate();
        File.WriteAllText(Path.Combine(workspace.Output, "index.html"), "<html></html>");
        File.WriteAllText(Path.Combine(workspace.Output, "docs", "logo.svg"), "<svg/>");

        workspace.Generate("--force");

        Assert.True(workspace.OutputExists("index.html"));
        Assert.True(workspace.OutputExists("docs/logo.svg"));
    }

    [Fact]
    public void A_deleted_output_file_is_written_again_on_the_next_run()
    {
        using var workspace = Fixture();
        workspace.Generate();
        File.Delete(Path.Combine(workspace.Output, "docs", "quickstart.md"));
        File.Delete(Path.Combine(workspace.Output, "llms.txt"));

        var run = Json(workspace.Generate("--json"));

        Assert.False(run.GetProperty("upToDate").GetBoolean());
        Assert.True(workspace.OutputExists("docs/quickstart.md"));
        Assert.True(workspace.OutputExists("llms.txt"));
    }

    [Fact]
    public void A_corrupt_cache_is_ignored_and_rebuilt()
    {
        using var workspace = Fixture();
        workspace.Generate();
        var reference = workspace.Snapshot();
        var cacheDirectory = Path.Combine(workspace.Source, ".leadtype", "cache");
        var cacheFiles = Directory.GetFiles(cacheDirectory).Where(file => !file.Contains(".pages-", StringComparison.Ordinal)).ToArray();
        Assert.Single(cacheFiles);

        // The base file that holds the pages, cut short: ignored, every page converted again, same output.
        var baseFile = Assert.Single(Directory.GetFiles(cacheDirectory, "*.pages-*.bin"));
        var baseBytes = File.ReadAllBytes(baseFile);
        File.WriteAllBytes(baseFile, baseBytes.AsSpan(0, baseBytes.Length - 9).ToArray());
        var quickstart = Path.Combine(workspace.Docs, "quickstart.mdx");
        var original = File.ReadAllText(quickstart);
        var originalTime = File.GetLastWriteTimeUtc(quickstart);
        File.WriteAllText(quickstart, original + "\nOne more line.\n");
        var rebuilt = Json(workspace.Generate("--json"));
        Assert.Equal(6, rebuilt.GetProperty("cache").GetProperty("converted").GetInt32());
        File.WriteAllText(quickstart, original);
        File.SetLastWriteTimeUtc(quickstart, originalTime);
        var restored = Json(workspace.Generate("--json"));
        Assert.Equal(1, restored.GetProperty("cache").GetProperty("converted").GetInt32());
        GenerateWorkspace.AssertSame(reference, workspace.Snapshot(), sameTimes: false);
        reference = workspace.Snapshot();

        var bytes = File.ReadAllBytes(cacheFiles[0]);
        File.WriteAllBytes(cacheFiles[0], bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var (exit, _, stderr) = workspace.Generate();

        Assert.True(exit == 0, stderr);
        GenerateWorkspace.AssertSame(reference, workspace.Snapshot(), sameTimes: true);
        File.WriteAllText(cacheFiles[0], "garbage");
        Assert.Equal(0, workspace.Generate().ExitCode);
        Assert.True(File.ReadAllBytes(cacheFiles[0]).Length > 100, "the cache was rewritten");
    }

    [Fact]
    public void Force_converts_every_page_and_still_rewrites_nothing_that_is_unchanged()
    {
        using var workspace = Fixture();
        workspace.Generate();
        var before = workspace.Snapshot();

        var run = Json(workspace.Generate("--force", "--json"));

        Assert.False(run.GetProperty("upToDate").GetBoolean());
        Assert.Equal(6, run.GetProperty("cache").GetProperty("converted").GetInt32());
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void The_cache_directory_can_be_moved_out_of_the_project()
    {
        using var workspace = Fixture();
        var cache = Path.Combine(workspace.Root, "obj-cache");

        workspace.Generate("--cache-dir", cache);

        Assert.Single(Directory.GetFiles(cache, "generate-*.bin"), file => !file.Contains(".pages-", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(cache, "generate-*.pages-*.bin"));
        Assert.False(Directory.Exists(Path.Combine(workspace.Source, ".leadtype")));
    }

    [Fact]
    public void Source_date_epoch_sets_every_timestamp_and_nothing_else_does()
    {
        using var workspace = Fixture();
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "1767225600");
        try
        {
            workspace.Generate();
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }

        Assert.Contains("\"generatedAt\": \"2026-01-01T00:00:00.000Z\"", workspace.ReadOutput("docs/agent-readability.json"));
        Assert.StartsWith("{\"version\":2,\"generatedAt\":\"2026-01-01T00:00:00.000Z\"", workspace.ReadOutput("docs/search-index.json"));

        // Without it, the newest page date (2026-06-01, changelog/v2) is the run timestamp: never the clock.
        workspace.Generate();
        Assert.Contains("\"generatedAt\": \"2026-06-01T00:00:00.000Z\"", workspace.ReadOutput("docs/agent-readability.json"));
        Assert.StartsWith("{\"version\":2,\"generatedAt\":\"2026-06-01T00:00:00.000Z\"", workspace.ReadOutput("docs/search-index.json"));
    }

    [Fact]
    public void A_malformed_source_date_epoch_is_an_error()
    {
        using var workspace = Fixture();
        Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", "yesterday");
        try
        {
            var (exit, _, stderr) = workspace.Generate();

            Assert.Equal(1, exit);
            Assert.Contains("SOURCE_DATE_EPOCH: error LT0100", stderr);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SOURCE_DATE_EPOCH", null);
        }
    }

    [Fact]
    public void Two_fresh_runs_in_different_folders_write_identical_bytes()
    {
        using var a = Fixture();
        using var b = Fixture();

        a.Generate();
        b.Generate();

        GenerateWorkspace.AssertSame(a.Snapshot(), b.Snapshot(), sameTimes: false);
    }

    private static GenerateWorkspace Fixture() => GenerateWorkspace.FromFixture("site");

    private static JsonElement Json((int ExitCode, string Stdout, string Stderr) run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement;
    }
}
