using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Search;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

public sealed class BuildCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "leadtype-cache-tests", Guid.NewGuid().ToString("N")[..12]);

    private string CachePath => Path.Combine(_directory, "generate-test.bin");

    [Fact]
    public void A_saved_cache_loads_back_with_its_pages_files_and_last_run()
    {
        var cache = Sample();

        Assert.True(cache.TrySave(CachePath));
        var loaded = BuildCache.Load(CachePath);

        Assert.Equal(cache.Files["guide.mdx"], loaded.Files["guide.mdx"]);
        var page = loaded.Pages["guide.mdx"];
        Assert.Equal("---\ntitle: Guide\n---\n", page.FrontmatterBlock);
        Assert.Equal("# Guide\n\nText.\n", page.Body);
        Assert.Equal("Guide", page.Title);
        Assert.Null(page.Description);
        Assert.Equal(new SiteHeading(1, "Guide", "guide"), page.Headings[0]);
        Assert.Equal(new[] { "basics" }, page.Groups);
        Assert.Equal(2.5, page.Order);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), page.Date);
        Assert.Null(page.LastModified);
        Assert.True(page.Draft);
        Assert.False(page.Search);
        Assert.Equal(new SourceSpan(3, 1), page.GroupSpan);
        Assert.Equal(new PageDependency("shared/part.md", "ABC"), page.Dependencies[0]);
        Assert.Equal(cache.Pages["guide.mdx"].Diagnostics[0], page.Diagnostics[0]);
        var run = loaded.LastRun!;
        Assert.Equal("fingerprint", run.Fingerprint);
        Assert.Equal(GenerateStatus.CompletedWithErrors, run.Status);
        Assert.Equal(new OutputStamp("docs/guide.md", 42, 7), run.Outputs[0]);
        Assert.Equal("Acme", run.Summary.ProductName);
        Assert.Equal(new SearchStats(1, 2, 3, 4, 5), run.Summary.Search);
        Assert.Equal(("", "/docs"), run.Summary.Mounts[0]);
        Assert.Equal("/docs=refs/heads/main@abc\n", loaded.GitDates!.Heads);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), loaded.GitDates.Dates["guide.mdx"]);
    }

    [Fact]
    public void Loading_only_the_header_skips_the_pages()
    {
        Sample().TrySave(CachePath);

        var loaded = BuildCache.Load(CachePath, includePages: false);

        Assert.NotNull(loaded.LastRun);
        Assert.Single(loaded.Files);
        Assert.Empty(loaded.Pages);
    }

    [Fact]
    public void A_missing_truncated_or_foreign_cache_loads_as_empty()
    {
        Assert.Empty(BuildCache.Load(CachePath).Pages);

        Sample().TrySave(CachePath);
        var bytes = File.ReadAllBytes(CachePath);
        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 37))
        {
            File.WriteAllBytes(CachePath, bytes.AsSpan(0, length).ToArray());
            var loaded = BuildCache.Load(CachePath);
            Assert.Empty(loaded.Pages);
            Assert.Null(loaded.LastRun);
        }

        File.WriteAllText(CachePath, "{\"version\":1}");
        Assert.Empty(BuildCache.Load(CachePath).Pages);
    }

    [Fact]
    public void Random_damage_never_throws()
    {
        Sample().TrySave(CachePath);
        var bytes = File.ReadAllBytes(CachePath);
        var random = new Random(12345);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            File.WriteAllBytes(CachePath, damaged);

            var loaded = BuildCache.Load(CachePath);

            Assert.NotNull(loaded);
        }
    }

    [Fact]
    public void A_cache_written_by_another_build_of_the_tool_is_ignored()
    {
        var foreign = new BuildCache("another-build");
        foreign.Pages["guide.mdx"] = Sample().Pages["guide.mdx"];
        foreign.TrySave(CachePath);

        Assert.Empty(BuildCache.Load(CachePath).Pages);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    [Fact]
    public void A_prepared_search_page_is_saved_and_loaded_back_equal()
    {
        var cache = Sample();

        cache.TrySave(CachePath);
        var loaded = BuildCache.Load(CachePath);

        Assert.Null(loaded.Pages["guide.mdx"].SearchPage);
        Assert.Equal(cache.Pages["install.mdx"].SearchPage, loaded.Pages["install.mdx"].SearchPage);
        Assert.NotNull(loaded.Pages["install.mdx"].CacheSlot);
    }

    [Fact]
    public void Saving_a_loaded_cache_after_a_few_changes_keeps_its_base_file_and_writes_only_the_changed_pages()
    {
        var (loaded, next) = LoadedAndNext();
        var baseFile = Assert.Single(BaseFiles());
        var baseBytes = File.ReadAllBytes(baseFile);
        var baseTime = File.GetLastWriteTimeUtc(baseFile);
        next.Pages["new.mdx"] = Page("new.mdx", "# New\n\nZygomorphic words only here.\n");
        var retitled = loaded.Pages["install.mdx"];
        retitled.SearchPage = SearchPagePreparer.Prepare("Installing", null, retitled.Body, SearchFiles.Options);
        Assert.Null(retitled.CacheSlot);
        next.Pages.Remove("extra3.mdx");

        Assert.True(next.TrySave(CachePath));

        Assert.Equal(baseFile, Assert.Single(BaseFiles()));
        Assert.Equal(baseBytes, File.ReadAllBytes(baseFile));
        Assert.Equal(baseTime, File.GetLastWriteTimeUtc(baseFile));
        var header = File.ReadAllBytes(CachePath);
        Assert.True(header.AsSpan().IndexOf("Zygomorphic"u8) >= 0, "the new page is in the cache file itself");
        Assert.True(header.AsSpan().IndexOf("More words, page 1"u8) < 0, "an unchanged page stays in the base file only");

        var reloaded = BuildCache.Load(CachePath);
        Assert.Equal(new[] { "extra0.mdx", "extra1.mdx", "extra2.mdx", "guide.mdx", "install.mdx", "new.mdx" }, reloaded.Pages.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("# Guide\n\nText.\n", reloaded.Pages["guide.mdx"].Body);
        Assert.Equal("Installing", reloaded.Pages["install.mdx"].SearchPage!.Title);
        Assert.Equal(retitled.SearchPage, reloaded.Pages["install.mdx"].SearchPage);
        Assert.Equal(next.Pages["new.mdx"].SearchPage, reloaded.Pages["new.mdx"].SearchPage);
        Assert.Equal(next.Pages["extra2.mdx"].SearchPage, reloaded.Pages["extra2.mdx"].SearchPage);
        Assert.Contains("zygomorphic", PreparedSearchPageFormat.Terms(reloaded.Pages["new.mdx"].SearchPage!));

        // The run after: the page changed last time is copied along, another change added.
        var again = new BuildCache(BuildCache.CurrentToolKey);
        foreach (var (path, page) in reloaded.Pages)
        {
            again.Pages[path] = page;
        }

        again.ReuseStoredPages(reloaded);
        again.Pages["extra0.mdx"] = Page("extra0.mdx", "# Extra zero\n\nQuixotic prose.\n");
        Assert.True(again.TrySave(CachePath));
        var third = BuildCache.Load(CachePath);
        Assert.Equal(baseFile, Assert.Single(BaseFiles()));
        Assert.Equal(next.Pages["new.mdx"].SearchPage, third.Pages["new.mdx"].SearchPage);
        Assert.Equal(again.Pages["extra0.mdx"].SearchPage, third.Pages["extra0.mdx"].SearchPage);
        Assert.Equal(retitled.SearchPage, third.Pages["install.mdx"].SearchPage);
        Assert.Equal("# Guide\n\nText.\n", third.Pages["guide.mdx"].Body);
    }

    [Fact]
    public void Saving_after_many_changes_writes_a_new_base_copying_unchanged_pages_from_memory_and_removes_the_old_one()
    {
        var first = new BuildCache(BuildCache.CurrentToolKey);
        for (var i = 0; i < 200; i++)
        {
            first.Pages["p" + i + ".mdx"] = Page("p" + i + ".mdx", "# Page " + i + "\n\nWords of page " + i + ".\n");
        }

        first.TrySave(CachePath);
        var oldBase = Assert.Single(BaseFiles());
        var loaded = BuildCache.Load(CachePath);
        var next = new BuildCache(BuildCache.CurrentToolKey);
        foreach (var (path, page) in loaded.Pages)
        {
            next.Pages[path] = page;
        }

        next.ReuseStoredPages(loaded);
        for (var i = 0; i < 80; i++)
        {
            next.Pages["p" + i + ".mdx"] = Page("p" + i + ".mdx", "# Page " + i + "\n\nChanged words " + i + ".\n");
        }

        // Proof of copying: an unchanged page's stored bytes, altered in memory, come back altered.
        var section = loaded.Pages["p150.mdx"].CacheSection!;
        section[section.AsSpan().IndexOf("Words of page 150."u8)] = (byte)'V';

        Assert.True(next.TrySave(CachePath));

        var newBase = Assert.Single(BaseFiles());
        Assert.NotEqual(oldBase, newBase);
        var reloaded = BuildCache.Load(CachePath);
        Assert.Equal(200, reloaded.Pages.Count);
        Assert.Equal("# Page 150\n\nVords of page 150.\n", reloaded.Pages["p150.mdx"].Body);
        Assert.Equal("# Page 7\n\nChanged words 7.\n", reloaded.Pages["p7.mdx"].Body);
        Assert.Equal(next.Pages["p7.mdx"].SearchPage, reloaded.Pages["p7.mdx"].SearchPage);
        Assert.Equal(next.Pages["p199.mdx"].SearchPage, reloaded.Pages["p199.mdx"].SearchPage);
    }

    [Fact]
    public void A_cache_whose_base_file_is_missing_or_replaced_loads_as_empty()
    {
        Sample().TrySave(CachePath);
        var baseFile = Assert.Single(BaseFiles());
        var bytes = File.ReadAllBytes(baseFile);

        File.Delete(baseFile);
        Assert.Empty(BuildCache.Load(CachePath).Pages);
        Assert.NotNull(BuildCache.Load(CachePath, includePages: false).LastRun);

        var other = new BuildCache(BuildCache.CurrentToolKey);
        other.Pages["x.mdx"] = Page("x.mdx", "# X\n\nSame length? Not at all.\n");
        other.TrySave(Path.Combine(_directory, "other.bin"));
        File.Copy(Assert.Single(Directory.GetFiles(_directory, "other.pages-*.bin")), baseFile);
        Assert.Empty(BuildCache.Load(CachePath).Pages);

        File.WriteAllBytes(baseFile, bytes);
        Assert.Equal(2, BuildCache.Load(CachePath).Pages.Count);
    }

    [Fact]
    public void A_base_file_read_in_several_pieces_loads_back_whole_and_a_cut_or_damaged_one_loads_as_empty()
    {
        // Three 4 MB bodies: a base file larger than one 8 MB read piece, so it is read by several cores.
        var cache = new BuildCache(BuildCache.CurrentToolKey);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            var path = "large" + i + ".mdx";
            var body = string.Concat(Enumerable.Range(0, 400_000).Select(n => "w" + i + "-" + (n % 997).ToString("D3") + " "));
            bodies[path] = body;
            cache.Pages[path] = new PageRecord(path, "HASH-" + path, "KEY", Array.Empty<PageDependency>(), string.Empty, body, null, null,
                Array.Empty<SiteHeading>(), Array.Empty<string>(), null, null, null, false, null, default, Array.Empty<DocsDiagnostic>());
        }

        Assert.True(cache.TrySave(CachePath));
        var baseFile = Assert.Single(BaseFiles());
        Assert.True(new FileInfo(baseFile).Length > 8 << 20);

        var loaded = BuildCache.Load(CachePath);
        Assert.Equal(bodies.Keys.OrderBy(k => k, StringComparer.Ordinal), loaded.Pages.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (path, body) in bodies)
        {
            Assert.Equal(body, loaded.Pages[path].Body);
        }

        var bytes = File.ReadAllBytes(baseFile);
        var damaged = (byte[])bytes.Clone();
        damaged[(8 << 20) + 1000] ^= 0x20;
        File.WriteAllBytes(baseFile, damaged);
        Assert.Empty(BuildCache.Load(CachePath).Pages);

        File.WriteAllBytes(baseFile, bytes.AsSpan(0, bytes.Length - 1).ToArray());
        Assert.Empty(BuildCache.Load(CachePath).Pages);

        File.WriteAllBytes(baseFile, bytes);
        Assert.Equal(3, BuildCache.Load(CachePath).Pages.Count);
    }

    [Fact]
    public void A_cache_file_replaced_since_it_was_loaded_does_not_change_what_is_saved()
    {
        var (loaded, next) = LoadedAndNext();

        // Another run rewrote the file in between: unchanged pages are copied from the section read at load.
        File.WriteAllBytes(CachePath, new byte[new FileInfo(CachePath).Length]);
        var nextPath = Path.Combine(_directory, "generate-next.bin");
        Assert.True(next.TrySave(nextPath));

        var reloaded = BuildCache.Load(nextPath);
        Assert.Equal("# Guide\n\nText.\n", reloaded.Pages["guide.mdx"].Body);
        Assert.Equal(loaded.Pages["install.mdx"].SearchPage, reloaded.Pages["install.mdx"].SearchPage);
    }

    [Fact]
    public void A_page_from_another_loaded_cache_is_encoded_not_copied()
    {
        var (_, next) = LoadedAndNext();
        var otherPath = Path.Combine(_directory, "generate-other.bin");
        var other = new BuildCache(BuildCache.CurrentToolKey);
        other.Pages["guide.mdx"] = Page("guide.mdx", "# Other guide\n\nOther words entirely.\n");
        other.TrySave(otherPath);
        next.Pages["guide.mdx"] = BuildCache.Load(otherPath).Pages["guide.mdx"];

        var nextPath = Path.Combine(_directory, "generate-next.bin");
        Assert.True(next.TrySave(nextPath));

        var reloaded = BuildCache.Load(nextPath);
        Assert.Equal("# Other guide\n\nOther words entirely.\n", reloaded.Pages["guide.mdx"].Body);
        Assert.Equal(next.Pages["guide.mdx"].SearchPage, reloaded.Pages["guide.mdx"].SearchPage);
        Assert.Equal(next.Pages["extra1.mdx"].SearchPage, reloaded.Pages["extra1.mdx"].SearchPage);
    }

    [Fact]
    public void The_render_memo_is_saved_with_the_header_and_a_damaged_text_is_dropped_not_reused()
    {
        var cache = Sample();
        cache.RenderMemo = new[]
        {
            new Templates.RenderMemoEntry(Templates.TextArtifact.LlmsTxt, new UInt128(1, 2), "# Acme\n\n> Widgets \u00e9.\n"),
            new Templates.RenderMemoEntry(Templates.TextArtifact.SitemapMd, new UInt128(3, 4), "# Sitemap MARKER\n"),
        };
        Assert.True(cache.TrySave(CachePath));

        var loaded = BuildCache.Load(CachePath);
        Assert.Equal(cache.RenderMemo, loaded.RenderMemo);
        Assert.Empty(BuildCache.Load(CachePath, includePages: false).RenderMemo);

        // One byte of the second text changed: that entry is dropped, the other entry and the pages still load.
        var bytes = File.ReadAllBytes(CachePath);
        var at = bytes.AsSpan().IndexOf("MARKER"u8);
        bytes[at] = (byte)'N';
        File.WriteAllBytes(CachePath, bytes);
        var damaged = BuildCache.Load(CachePath);
        Assert.Equal(new[] { cache.RenderMemo[0] }, damaged.RenderMemo);
        Assert.Equal("# Guide\n\nText.\n", damaged.Pages["guide.mdx"].Body);
    }

    [Fact]
    public void A_cache_with_one_damaged_byte_in_its_pages_is_ignored()
    {
        var cache = Sample();
        cache.TrySave(CachePath);
        var baseFile = Assert.Single(BaseFiles());
        var bytes = File.ReadAllBytes(baseFile);

        // A byte inside a page body: the page would still decode, but the section's hash no longer matches.
        var at = bytes.AsSpan().IndexOf("Run the installer."u8);
        bytes[at] = (byte)'F';
        File.WriteAllBytes(baseFile, bytes);

        var loaded = BuildCache.Load(CachePath);
        Assert.Empty(loaded.Pages);
        Assert.NotNull(BuildCache.Load(CachePath, includePages: false).LastRun);
    }

    [Fact]
    public void Random_damage_to_the_base_file_never_throws_and_never_loads_altered_pages()
    {
        var cache = Sample();
        cache.TrySave(CachePath);
        var baseFile = Assert.Single(BaseFiles());
        var bytes = File.ReadAllBytes(baseFile);
        var random = new Random(54321);
        for (var i = 0; i < 200; i++)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)(1 + random.Next(255));
            File.WriteAllBytes(baseFile, damaged);

            var loaded = BuildCache.Load(CachePath);

            Assert.Empty(loaded.Pages);
        }
    }

    private string[] BaseFiles() => Directory.GetFiles(_directory, Path.GetFileNameWithoutExtension(CachePath) + ".pages-*.bin");

    [Fact]
    public void Search_chunk_texts_round_trip_through_the_cache_with_every_escape()
    {
        var cache = new BuildCache(BuildCache.CurrentToolKey);
        const string body = "# Quotes\n\nSay \"hi\" \\ back\tslash, caf\u00e9 \u6f22\u5b57 \ud83d\ude00, bell \u0007, lone \ud800 end.\n\n```\ncode \"x\"\n```\n";
        cache.Pages["q.mdx"] = Page("q.mdx", body);
        var expected = cache.Pages["q.mdx"].SearchPage!;
        cache.TrySave(CachePath);

        var restored = BuildCache.Load(CachePath).Pages["q.mdx"].SearchPage!;

        Assert.Equal(expected, restored);
        Assert.Equal(expected.Chunks.Select(chunk => chunk.Part), restored.Chunks.Select(chunk => chunk.Part));
        Assert.Equal(expected.Chunks.Select(chunk => chunk.EscapedPart.ToArray()), restored.Chunks.Select(chunk => chunk.EscapedPart.ToArray()));
        Assert.Contains("\\u0007", System.Text.Encoding.UTF8.GetString(restored.Chunks[0].EscapedPart.Span), StringComparison.Ordinal);
    }

    // A saved and loaded cache with six pages, and the next run's cache holding the loaded pages.
    private (BuildCache Loaded, BuildCache Next) LoadedAndNext()
    {
        var first = Sample();
        for (var i = 0; i < 4; i++)
        {
            first.Pages["extra" + i + ".mdx"] = Page("extra" + i + ".mdx", "# Extra " + i + "\n\nMore words, page " + i + ".\n");
        }

        first.TrySave(CachePath);
        var loaded = BuildCache.Load(CachePath);
        var next = new BuildCache(BuildCache.CurrentToolKey);
        foreach (var (path, page) in loaded.Pages)
        {
            next.Pages[path] = page;
        }

        next.ReuseStoredPages(loaded);
        return (loaded, next);
    }

    private static PageRecord Page(string path, string body)
    {
        var record = new PageRecord(path, "HASH-" + path, "KEY", Array.Empty<PageDependency>(), string.Empty, body, null, null,
            Array.Empty<SiteHeading>(), Array.Empty<string>(), null, null, null, false, null, default, Array.Empty<DocsDiagnostic>());
        record.SearchPage = SearchFiles.Prepare(record);
        return record;
    }

    private static BuildCache Sample()
    {
        var cache = new BuildCache(BuildCache.CurrentToolKey);
        cache.Files["guide.mdx"] = new FileStamp(120, 638000000000000000, "HASH");
        cache.Pages["guide.mdx"] = new PageRecord(
            "guide.mdx",
            "HASH",
            "KEY",
            new[] { new PageDependency("shared/part.md", "ABC") },
            "---\ntitle: Guide\n---\n",
            "# Guide\n\nText.\n",
            "Guide",
            null,
            new[] { new SiteHeading(1, "Guide", "guide") },
            new[] { "basics" },
            2.5,
            new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero),
            null,
            true,
            false,
            new SourceSpan(3, 1),
            new[] { new DocsDiagnostic("LT0011", DocsDiagnosticSeverity.Error, "guide.mdx", 5, 3, "Malformed", 5, 9) });
        cache.Pages["install.mdx"] = Page("install.mdx", "# Install\n\nRun the installer.\n\n## Options\n\nSet `base`.\n");
        cache.GitDates = new GitDates("/docs=refs/heads/main@abc\n", new System.Collections.Generic.Dictionary<string, DateTimeOffset> { ["guide.mdx"] = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero) });
        cache.LastRun = new LastRun(
            "fingerprint",
            GenerateStatus.CompletedWithErrors,
            Array.Empty<DocsDiagnostic>(),
            new[] { new OutputStamp("docs/guide.md", 42, 7) },
            new GenerateSummary(SiteMode.Site, "/src", new[] { "/src/docs" }, "/out", "Acme", "Widgets.", Array.Empty<SummaryGroup>(), new[] { ("", "/docs") },
                new[] { new SummaryFile("llmsTxt", "llms.txt") }, Array.Empty<SummaryFeed>(), new SearchStats(1, 2, 3, 4, 5), 1));
        return cache;
    }
}
