using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Leadtype.Artifacts;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Navigation;
using Leadtype.Output;

namespace Leadtype.Site;

/// <summary>
/// <c>leadtype generate</c>: docs folder in, complete <c>public/</c> surface (or package bundle) out.
/// The order follows the reference (config-cli §3.3) where it decides which error wins: resolve
/// the config and docs folders; read and convert pages in parallel (reusing unchanged pages from
/// the incremental cache); build the site model, which validates navigation; render every
/// artifact — all before the output is touched, so an invalid config, an unknown navigation page
/// or an unknown group leaves the previous output exactly as it was. Then, under the output lock,
/// everything is written atomically (identical files are left alone) and what the run no longer
/// produces is pruned. Page errors do not stop the run: every artifact is written, and the run
/// reports failure.
/// </summary>
public static class SitePipeline
{
    public static GenerateResult Run(GenerateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var timings = new Timings(options.Environment("LEADTYPE_TRACE_MEMORY") == "1");
        StageTrace.Enabled = options.Environment("LEADTYPE_TRACE_MEMORY") == "1";

        // The default templates (parsed once per process) are parsed on another core while the config is read:
        // until pages convert, a cold run leaves the second core idle.
        _ = Task.Run(() => Templates.TemplateSet.Default, cancellationToken);

        var (inputs, inputDiagnostics, usageError) = GenerateInputs.Resolve(options);
        timings.Mark("resolve");
        if (usageError is not null)
        {
            return new GenerateResult(GenerateStatus.UsageError, inputDiagnostics, null, null, null, false, timings.All, usageError);
        }

        if (inputs is null)
        {
            return Failed(inputDiagnostics, timings, WatchPathsWithoutInputs(options));
        }

        var diagnostics = new List<DocsDiagnostic>(inputDiagnostics);
        var cacheDirectory = CacheDirectory(options, inputs);
        var cachePath = BuildCache.FileFor(cacheDirectory, inputs, options.DocsDirectories, options.ConfigFile);
        // The cache's header is read on another core while the docs folders are listed: the scan only keeps the
        // lookup of known hashes, which runs later (fingerprint, conversion).
        var header = options.Force ? Task.FromResult(new BuildCache(BuildCache.CurrentToolKey)) : Task.Run(
            () =>
            {
                using var trace = StageTrace.Time("cache header");
                return BuildCache.Load(cachePath, includePages: false);
            },
            CancellationToken.None);
        // The redirects lockfile lies in the docs folder but is the run's own output: not a docs file.
        var notDocs = inputs.RedirectsLockfile is { } lockfile ? new[] { inputs.OutputDirectory, cacheDirectory, lockfile } : new[] { inputs.OutputDirectory, cacheDirectory };
        var (tree, scanDiagnostics) = DocsTree.Scan(
            inputs.Folders, notDocs, file => KnownHash(header.Result, file), inputs.PageFilter.IsActive ? inputs.PageFilter.Matches : null);
        var previous = header.GetAwaiter().GetResult();
        diagnostics.AddRange(scanDiagnostics);
        timings.Mark("scan");
        if (HasErrors(scanDiagnostics))
        {
            return Failed(diagnostics, timings, inputs.WatchPaths);
        }

        // An unchanged run stops here: same inputs, and the previous output is still on disk as written.
        if (previous.LastRun is { } last && !options.Force)
        {
            var fingerprint = RunFingerprint.Compute(inputs, options, tree);
            if (fingerprint == last.Fingerprint && RunFingerprint.OutputsIntact(inputs.OutputDirectory, last.Outputs))
            {
                timings.Mark("fingerprint");
                // The config warnings are part of the replayed diagnostics: the config is part of the fingerprint.
                return new GenerateResult(last.Status, last.Diagnostics, last.Summary, new OutputCounts(Array.Empty<string>(), last.Outputs.Count, Array.Empty<string>()),
                    new CacheStats(0, last.Summary.Pages), true, timings.All, null, inputs.WatchPaths, inputs.OwnFiles);
            }

            timings.Mark("fingerprint");
        }

        if (tree.Pages.Count == 0)
        {
            var where = string.Join(", ", FolderPaths(inputs)) + (inputs.PageFilter.IsActive ? " " + inputs.PageFilter.Describe() : string.Empty);
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.NoPages, inputs.Folders[0].FullPath, 0, 0, where));
            return Failed(diagnostics, timings, inputs.WatchPaths);
        }

        BuildCache cache;
        using (StageTrace.Time("cache load"))
        using (options.Force ? default : NoCollectionScope.Begin(previous.StoredPageBytes * 3))
        {
            cache = options.Force ? previous : BuildCache.Load(cachePath);
        }

        var gitDates = Task.Run(() => ReadGitDates(inputs, previous.GitDates), cancellationToken);
        return Build(options, inputs, tree, cache, previous.LastRun, cachePath, gitDates, diagnostics, timings, cancellationToken);
    }

    private static GenerateResult Build(
        GenerateOptions options,
        GenerateInputs inputs,
        DocsTree tree,
        BuildCache cache,
        LastRun? lastRun,
        string cachePath,
        Task<GitDates> gitDates,
        List<DocsDiagnostic> diagnostics,
        Timings timings,
        CancellationToken cancellationToken)
    {
        // --search-binary needs the index even where the JSON files are not written (bundle mode without MCP).
        var searched = SearchFiles.AreWritten(inputs.Mode, inputs.Config) || options.SearchBinaryFile is not null;
        var (records, stats) = ConvertPages(inputs, tree, cache, searched, options, cancellationToken);
        timings.Mark("convert");

        var pageDiagnostics = new List<DocsDiagnostic>();
        foreach (var record in records)
        {
            foreach (var diagnostic in record.Diagnostics)
            {
                pageDiagnostics.Add(diagnostic.WithFile(tree.FullPathOf(diagnostic.FilePath) ?? diagnostic.FilePath));
            }
        }

        // The search terms of the pages the last run indexed are merged beside the site model: an edit rarely
        // changes which pages are indexed, and the merge is used only if the site indexes exactly these.
        var recordsByPath = ByPath(records);
        var expected = searched && !options.Force ? SearchFiles.ExpectedPages(cache.SearchOrder, recordsByPath) : null;
        var ahead = expected is null ? null : Task.Run(
            () =>
            {
                using var trace = StageTrace.Time("search terms ahead");
                return Search.SearchTermMerge.Merge(expected);
            },
            cancellationToken);

        var git = gitDates.GetAwaiter().GetResult();
        var dates = git.Dates;
        var siteInputs = new List<SitePageInput>(records.Length);
        foreach (var record in records)
        {
            dates.TryGetValue(record.DocsPath, out var gitDate);
            siteInputs.Add(record.ToSiteInput(gitDate == default ? null : gitDate, tree.FullPathOf(record.DocsPath) ?? record.DocsPath));
        }

        var (site, siteDiagnostics) = SiteBuilder.Build(
            inputs.Mode, inputs.Config, inputs.BaseUrl, inputs.Mounts, siteInputs, inputs.SourceDateEpoch, RunTimestamp.NewestFileTime(tree.Pages));
        siteInputs.Clear();
        diagnostics.AddRange(siteDiagnostics);
        timings.Mark("site");

        // The page cache is worth keeping even when the run stops here: the fix is usually one edit away.
        var newCache = NewCache(tree, records);
        newCache.ReuseStoredPages(cache);
        newCache.GitDates = git;
        if (site is null)
        {
            diagnostics.AddRange(pageDiagnostics);
            newCache.TrySave(cachePath);
            return Failed(Sorted(diagnostics), timings, inputs.WatchPaths, stats);
        }

        // The search merge (pages were prepared as they converted) runs beside the other artifacts'
        // rendering; its files are streamed to disk with the rest once nothing can fail any more.
        var prepared = 0;
        var mergedAhead = false;
        var search = searched ? Task.Run(
            () =>
            {
                using var trace = StageTrace.Time("search merge");
                var merged = SearchFiles.Merge(site, recordsByPath, out prepared, expected, ahead, out var order, out mergedAhead);
                newCache.SearchOrder = order;
                return merged;
            },
            cancellationToken) : null;
        // A filtered run leaves pages out on purpose: curated links to them are not broken.
        if (!inputs.PageFilter.IsActive)
        {
            diagnostics.AddRange(CuratedLinkCheck.Check(inputs.Config, PageViews(site), inputs.Mounts));
        }
        var memo = new Templates.RenderMemo(cache.RenderMemo);
        var (artifacts, renderDiagnostics) = SiteArtifacts.RenderForWriting(site, inputs.Templates.WithMemo(memo));
        newCache.RenderMemo = memo.Used;
        diagnostics.AddRange(renderDiagnostics);

        // Rename tracking (site mode, `redirects` configured): decided before anything is written, so a page that
        // vanished without a redirect stops the run with the previous output and lockfile as they were.
        RedirectTracking? redirects = null;
        if (site.Mode == SiteMode.Site && inputs.RedirectsLockfile is not null)
        {
            if (inputs.PageFilter.IsActive)
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.RedirectsSkipped, inputs.ConfigPath ?? inputs.SourceDirectory, 0, 0));
            }
            else
            {
                redirects = RedirectTracking.Start(site, recordsByPath, tree, inputs, diagnostics);
                if (redirects is not null)
                {
                    artifacts = new List<RenderedFile>(artifacts) { redirects.RedirectsFile };
                }
            }
        }

        timings.Mark("render");

        // The search merge reports nothing, so whether the run writes is known now: the write stage starts
        // while the merge finishes, and the search files are written as soon as it has.
        CacheStats Stats() => stats with { SearchPrepared = stats.SearchPrepared + prepared, RendersReused = memo.Hits, SearchMergedAhead = mergedAhead };
        void NoteReuse() => StageTrace.Note(string.Format(System.Globalization.CultureInfo.InvariantCulture, "renders reused {0}, search pages prepared {1}, search terms merged ahead {2}", memo.Hits, Stats().SearchPrepared, mergedAhead));
        if (HasErrors(diagnostics))
        {
            // Config-level problems (templates, feeds) stop the run before anything is written.
            search?.GetAwaiter().GetResult();
            NoteReuse();
            diagnostics.AddRange(pageDiagnostics);
            newCache.TrySave(cachePath);
            return Failed(Sorted(diagnostics), timings, inputs.WatchPaths, Stats());
        }

        timings.Mark("search");

        diagnostics.AddRange(pageDiagnostics);
        var all = Sorted(diagnostics);
        var status = HasErrors(all) ? GenerateStatus.CompletedWithErrors : GenerateStatus.Succeeded;

        // Once every file is written, the run is recorded in the cache beside the prune (the written set and the
        // stamps are final by then; the prune only deletes what the run did not write).
        GenerateSummary? summary = null;
        void RecordRun(IReadOnlyCollection<string> paths, IReadOnlyList<OutputStamp> stamps, SearchStats? searchStats)
        {
            using var trace = StageTrace.Time("cache save");
            var written = new HashSet<string>(paths, StringComparer.Ordinal);
            summary = new GenerateSummary(
                site.Mode,
                inputs.SourceDirectory,
                FolderPaths(inputs),
                inputs.OutputDirectory,
                site.Product.Name,
                site.Product.Tagline,
                SummaryFiles.Groups(site),
                SummaryFiles.Mounts(site),
                SummaryFiles.For(site.Mode, written, redirects is null ? null : Path.GetRelativePath(inputs.OutputDirectory, redirects.LockfilePath).Replace('\\', '/')),
                SummaryFiles.Feeds(site, written),
                searchStats,
                site.Pages.Count);
            // A rename is reported by the run that detects it; an unchanged rerun replays the rest, not that news.
            var replayed = redirects is null || redirects.Plan.Moves.Count == 0 ? all : all.Where(d => d.Id != DiagnosticCatalog.RenameDetected.Id).ToList();
            newCache.LastRun = new LastRun(RunFingerprint.Compute(inputs, options, tree), status, replayed, stamps, summary);
            newCache.TrySave(cachePath);
        }

        OutputReport report;
        try
        {
            report = Write(site, records, artifacts, search, redirects, lastRun, inputs, options, timings, RecordRun, cancellationToken);
            timings.Mark("prune");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Lock timeout, an output path that is a file or a link, a full disk, no permission. A run recorded
            // before its prune failed is recorded again without its outputs, so the next run does not take the
            // output as complete.
            WaitQuietly(search);
            newCache.LastRun = null;
            newCache.TrySave(cachePath);
            return new GenerateResult(GenerateStatus.Failed, all, null, null, Stats(), false, timings.All, error.Message, inputs.WatchPaths, inputs.OwnFiles);
        }

        NoteReuse();
        stats = Stats();
        timings.Mark("cache");

        return new GenerateResult(status, all, summary!, new OutputCounts(report.Written, report.Unchanged.Count, report.Deleted), stats, false, timings.All, null, inputs.WatchPaths, inputs.OwnFiles);
    }

    /// <summary>The cache directory: <c>--cache-dir</c>, else <c>$LEADTYPE_CACHE_DIR</c>, else <c>&lt;src&gt;/.leadtype/cache</c>.</summary>
    public static string CacheDirectory(GenerateOptions options, GenerateInputs inputs)
    {
        var configured = options.CacheDirectory ?? options.Environment(GenerateOptions.CacheDirectoryVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(inputs.SourceDirectory, ".leadtype", "cache")
            : Path.GetFullPath(configured!, options.WorkingDirectory);
    }

    private static bool IsOutsideOutput(string relativePath) =>
        relativePath == ".." || relativePath.StartsWith("../", StringComparison.Ordinal) || relativePath.StartsWith("..\\", StringComparison.Ordinal) || Path.IsPathRooted(relativePath);

    /// <summary>The full path of <c>--search-binary</c>, or null when it was not given.</summary>
    internal static string? SearchBinaryPath(GenerateOptions options) =>
        options.SearchBinaryFile is { } file ? Path.GetFullPath(file, options.WorkingDirectory) : null;

    private static string? KnownHash(BuildCache cache, SourceFile file) =>
        cache.Files.TryGetValue(file.DocsPath, out var stamp) && stamp.Length == file.Length && stamp.LastWriteTicks == file.LastWriteUtc.Ticks ? stamp.Hash : null;

    // Every core converts (or takes from the cache) and prepares pages for search; records land in tree order.
    private static (PageRecord[] Records, CacheStats Stats) ConvertPages(
        GenerateInputs inputs, DocsTree tree, BuildCache cache, bool searched, GenerateOptions options, CancellationToken cancellationToken)
    {
        var conversionKey = DocsTree.Hash(System.Text.Encoding.UTF8.GetBytes(BuildCache.CurrentToolKey + "\u0001" + ConfiguredComponents.Fingerprint(inputs.Flatten)));
        var conversion = new PageConversionOptions { Components = inputs.Flatten };
        var pages = tree.Pages;
        var records = new PageRecord[pages.Count];
        var converted = 0;
        var prepared = 0;
        var done = 0;
        var next = -1;
        var progress = options.Progress;
        void Work()
        {
            int slot;
            var firstConverted = false;
            while ((slot = Interlocked.Increment(ref next)) < pages.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = pages[slot];
                PageRecord record;
                if (cache.Pages.TryGetValue(file.DocsPath, out var cached) && PageConversion.IsCurrent(cached, tree, file, conversionKey))
                {
                    record = cached;
                }
                else
                {
                    // Each worker's first page carries most of its cold-start cost (type loading, JIT): traced apart.
                    using (firstConverted ? default : StageTrace.Time("first page converted"))
                    {
                        record = ConvertOne(tree, file, conversion, conversionKey);
                    }

                    firstConverted = true;
                    Interlocked.Increment(ref converted);
                }

                // A cached record keeps the search page it was cached with; a new one is prepared here, beside its conversion.
                if (searched && record.SearchPage is null && record.SourceHash.Length > 0 && SearchFiles.Prepare(record) is { } searchPage)
                {
                    record.SearchPage = searchPage;
                    Interlocked.Increment(ref prepared);
                }

                records[slot] = record;
                var count = Interlocked.Increment(ref done);
                if (progress is not null && (count % 64 == 0 || count == pages.Count))
                {
                    progress.Report(new GenerateProgress("convert", count, pages.Count));
                }
            }
        }

        var workers = new Task[Math.Max(1, Math.Min(Environment.ProcessorCount, pages.Count)) - 1];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Factory.StartNew(Work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Work();
        Task.WaitAll(workers, cancellationToken);
        return (records, new CacheStats(converted, pages.Count - converted) { SearchPrepared = prepared });
    }

    private static PageRecord ConvertOne(DocsTree tree, SourceFile file, PageConversionOptions conversion, string conversionKey)
    {
        try
        {
            return PageConversion.Convert(tree, file, conversion, conversionKey);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A page deleted or locked mid-run (or a converter bug): reported on the page, the rest of
            // the site still builds, and the page is never cached (its hash is empty).
            var reason = error is IOException or UnauthorizedAccessException ? error.Message : error.GetType().Name + ": " + error.Message;
            var diagnostic = DocsDiagnostic.Create(DiagnosticCatalog.PageUnreadable, file.DocsPath, 0, 0, file.FullPath, reason);
            return new PageRecord(file.DocsPath, string.Empty, conversionKey, Array.Empty<PageDependency>(), string.Empty, string.Empty, null, null,
                Array.Empty<SiteHeading>(), Array.Empty<string>(), null, null, null, false, null, default, new[] { diagnostic });
        }
    }

    // One `git log` per docs folder, skipped while every folder's repository is at the commit the cached dates were read at.
    private static GitDates ReadGitDates(GenerateInputs inputs, GitDates? cached)
    {
        // A folder whose commit cannot be read (no repository, or an unusual layout) is always asked again.
        var heads = new System.Text.StringBuilder();
        var reusable = true;
        foreach (var folder in inputs.Folders)
        {
            var head = GitHistory.Head(folder.FullPath);
            reusable &= head is not null;
            heads.Append(folder.FullPath).Append('=').Append(head).Append('\n');
        }

        var key = heads.ToString();
        if (reusable && cached is not null && cached.Heads == key)
        {
            return cached;
        }

        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var folder in inputs.Folders)
        {
            var prefix = folder.Source.MountPath.Length == 0 ? string.Empty : folder.Source.MountPath.Trim('/') + "/";
            foreach (var (path, date) in GitHistory.LatestDates(folder.FullPath))
            {
                dates.TryAdd(prefix + path, date);
            }
        }

        return new GitDates(key, dates);
    }

    private static BuildCache NewCache(DocsTree tree, PageRecord[] records)
    {
        var cache = new BuildCache(BuildCache.CurrentToolKey);
        foreach (var file in tree.Files)
        {
            if (tree.KnownHashes.TryGetValue(file.DocsPath, out var hash))
            {
                cache.Files[file.DocsPath] = new FileStamp(file.Length, file.LastWriteUtc.Ticks, hash);
            }
        }

        foreach (var record in records)
        {
            if (record.SourceHash.Length > 0)
            {
                cache.Pages[record.DocsPath] = record;
            }
        }

        return cache;
    }

    private static Dictionary<string, PageRecord> ByPath(PageRecord[] records)
    {
        var byPath = new Dictionary<string, PageRecord>(records.Length, StringComparer.Ordinal);
        foreach (var record in records)
        {
            byPath[record.DocsPath] = record;
        }

        return byPath;
    }

    // Writes every file, then prunes while `recordRun` records the run (the written paths and their stamps).
    private static OutputReport Write(
        DocsSite site,
        PageRecord[] records,
        IReadOnlyList<RenderedFile> artifacts,
        Task<Search.CompactSearchIndex>? search,
        RedirectTracking? redirects,
        LastRun? lastRun,
        GenerateInputs inputs,
        GenerateOptions options,
        Timings timings,
        Action<IReadOnlyCollection<string>, IReadOnlyList<OutputStamp>, SearchStats?> recordRun,
        CancellationToken cancellationToken)
    {
        var byPath = ByPath(records);

        // The mirror of every page the site kept (a page that lost a route to another is not published).
        var mirrors = new List<(string Path, PageRecord Record)>(site.Pages.Count);
        foreach (var page in site.Pages)
        {
            if (byPath.TryGetValue(page.SourcePath, out var record))
            {
                mirrors.Add((page.MirrorPath, record));
            }
        }

        var copies = new List<(string Path, PageRecord Record)>();
        var mirrorRecords = new Dictionary<string, PageRecord>(StringComparer.Ordinal);
        foreach (var (path, record) in mirrors)
        {
            mirrorRecords[path] = record;
        }

        foreach (var (mirrorPath, copyPath) in MirrorLayout.MountedCopies(site))
        {
            if (mirrorRecords.TryGetValue(mirrorPath, out var record))
            {
                copies.Add((copyPath, record));
            }
        }

        var outputOptions = options.Output ?? OutputOptions.FromEnvironment(options.Environment);
        using var session = OutputSession.Open(inputs.OutputDirectory, outputOptions, cancellationToken);
        if (lastRun is not null)
        {
            // What the last run wrote, so files whose bytes hash the same are confirmed without reading them.
            var previous = new Dictionary<string, ContentStamp>(lastRun.Outputs.Count, StringComparer.Ordinal);
            foreach (var output in lastRun.Outputs)
            {
                // The search binary and the redirects lockfile lie outside the output folder (a "../" path): not the session's.
                if (!IsOutsideOutput(output.RelativePath))
                {
                    previous[output.RelativePath] = new ContentStamp(output.Length, output.Hash, output.LastWriteTicks);
                }
            }

            session.Remember(previous);
        }

        // Write-then-prune: Markdown the run no longer produces (deleted or renamed pages) is removed
        // from docs/ and from each mount's copy folder once everything else is written.
        session.Sync(new SyncScope("docs", SummaryFiles.IsMarkdown));
        foreach (var scope in CopyScopes(site, copies))
        {
            session.Sync(new SyncScope(scope, SummaryFiles.IsMarkdown));
        }

        if (site.Mode == SiteMode.Site)
        {
            session.Sync(new SyncScope(AgentSkillsIndexRenderer.Directory, path => path.EndsWith("/SKILL.md", StringComparison.Ordinal) || path.EndsWith("/index.json", StringComparison.Ordinal)));
        }

        var searchFiles = search is not null && SearchFiles.AreWritten(site.Mode, inputs.Config) ? search : null;
        var total = mirrors.Count + copies.Count + artifacts.Count + (searchFiles is null ? 0 : 2);
        var done = 0;
        void Report()
        {
            var count = Interlocked.Increment(ref done);
            if (options.Progress is not null && (count % 128 == 0 || count == total))
            {
                options.Progress.Report(new GenerateProgress("write", count, total));
            }
        }

        // The largest file streams on its own thread while the others are written beside it.
        long indexBytes = 0;
        long contentBytes = 0;
        var searchWrite = searchFiles is null
            ? Task.CompletedTask
            : Task.Factory.StartNew(
                () =>
                {
                    // Waits for the merge (on its own thread) while the other files are written.
                    var index = searchFiles.GetAwaiter().GetResult();
                    using var trace = StageTrace.Time("write " + SearchFiles.IndexPath);
                    session.Write(SearchFiles.IndexPath, stream => indexBytes = index.WriteIndex(stream));
                    Report();
                },
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);

        try
        {
            // Streamed files first (the largest), search-content.json after them (the merge is usually done by then,
            // beside the index's thread), then the rest, one at a time to whichever core is free; copies once their
            // source is written.
            var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            var ordered = new List<(string Path, Action<Stream>? Writer, byte[]? Content, PageRecord? Mirror)>(artifacts.Count + mirrors.Count + 1);
            ordered.AddRange(artifacts.Where(artifact => artifact.Writer is not null).Select(artifact => (artifact.Path, artifact.Writer, (byte[]?)null, (PageRecord?)null)));
            if (searchFiles is not null)
            {
                ordered.Add((SearchFiles.ContentPath, stream => contentBytes = searchFiles.GetAwaiter().GetResult().WriteContent(stream), null, null));
            }

            ordered.AddRange(artifacts.Where(artifact => artifact.Content is not null).Select(artifact => (artifact.Path, (Action<Stream>?)null, artifact.Content, (PageRecord?)null)));
            var copiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var copy in artifacts.Where(artifact => artifact.SameAs is not null))
            {
                if (!copiesOf.TryGetValue(copy.SameAs!, out var twins))
                {
                    copiesOf[copy.SameAs!] = twins = new List<string>();
                }

                twins.Add(copy.Path);
            }

            // The page mirrors follow in the same loop, so a core that is done with the large files takes them while
            // the other is still streaming. One whose path an artifact also writes (none in practice) is written
            // after the loop, as before, so the later write still wins.
            var artifactPaths = new HashSet<string>(artifacts.Select(artifact => artifact.Path), StringComparer.Ordinal);
            var lateMirrors = new List<(string Path, PageRecord Record)>();
            foreach (var mirror in mirrors)
            {
                if (artifactPaths.Contains(mirror.Path) || mirror.Path == SearchFiles.ContentPath || mirror.Path == SearchFiles.IndexPath)
                {
                    lateMirrors.Add(mirror);
                }
                else
                {
                    ordered.Add((mirror.Path, null, null, mirror.Record));
                }
            }

            InParallel(() => Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(ordered, loadBalance: true), parallel, artifact =>
            {
                if (artifact.Mirror is { } record)
                {
                    WriteMirror(session, artifact.Path, record);
                    Report();
                    return;
                }

                if (artifact.Writer is { } writer)
                {
                    using var trace = StageTrace.Time("write " + artifact.Path);
                    session.Write(artifact.Path, writer);
                }
                else
                {
                    session.Write(artifact.Path, artifact.Content);
                }

                Report();

                // A copy (the .well-known twins) is written by the same worker right after its source, beside the
                // other files, rather than after all of them (llms-full.txt's is as large as its source).
                if (copiesOf.TryGetValue(artifact.Path, out var twins))
                {
                    foreach (var twin in twins)
                    {
                        using var trace = artifact.Writer is null ? default : StageTrace.Time("copy " + twin);
                        session.CopyWritten(twin, artifact.Path);
                        Report();
                    }
                }
            }));
            foreach (var copy in artifacts.Where(artifact => artifact.SameAs is not null && !ordered.Any(source => source.Mirror is null && source.Path == artifact.SameAs)))
            {
                // A copy of a file this run does not write: refused by the session, as before.
                session.CopyWritten(copy.Path, copy.SameAs!);
                Report();
            }

            using var mirrorTrace = StageTrace.Time("write mounted copies");
            InParallel(() => Parallel.ForEach(lateMirrors, parallel, item =>
            {
                WriteMirror(session, item.Path, item.Record);
                Report();
            }));
            InParallel(() => Parallel.ForEach(copies, parallel, item =>
            {
                WriteMirror(session, item.Path, item.Record);
                Report();
            }));
        }
        finally
        {
            // Never leave the stream writing after the session is gone (an exception above is rethrown after it).
            try
            {
                searchWrite.Wait(CancellationToken.None);
            }
            catch (AggregateException) when (searchWrite.IsFaulted || searchWrite.IsCanceled)
            {
                // Observed below, or superseded by the exception in flight.
            }
        }

        searchWrite.GetAwaiter().GetResult();
        timings.Mark("write");

        cancellationToken.ThrowIfCancellationRequested();
        var stamps = new List<OutputStamp>(session.Stamps.Count);
        foreach (var (path, stamp) in session.Stamps)
        {
            stamps.Add(new OutputStamp(path, stamp.Length, stamp.LastWriteTicks, stamp.Hash));
        }

        var searchIndex = search?.GetAwaiter().GetResult();
        if (searchIndex is not null && SearchBinaryPath(options) is { } binaryPath)
        {
            stamps.Add(WriteSearchBinary(searchIndex, binaryPath, inputs.OutputDirectory));
        }

        if (redirects is not null)
        {
            // Beside the docs, after the output it describes; under the same lock, atomically, only when it changes.
            stamps.Add(WriteOutsideOutput(redirects.LockfilePath, redirects.LockfileBytes, inputs.OutputDirectory));
        }

        stamps.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        var searchStats = searchFiles is null || searchIndex is null ? null : SearchFiles.Stats(searchIndex, indexBytes, contentBytes);
        var paths = session.Paths;
        var recording = Task.Run(() => recordRun(paths, stamps, searchStats), CancellationToken.None);
        try
        {
            return session.Complete();
        }
        finally
        {
            // A failed prune is handled by the caller once the recording is done (it records the run again).
            recording.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Writes <c>--search-binary</c>: outside the output folder (the build keeps it under obj/), so not the
    /// session's to prune or sweep, but through the same atomic writer and under the same lock, so overlapping
    /// builds never see it torn. Stamped with the outputs, so an unchanged run still rewrites a deleted or
    /// altered copy; an identical file is left alone (its time stays, and the build's copy step with it).
    /// </summary>
    private static OutputStamp WriteSearchBinary(Search.CompactSearchIndex index, string path, string outputDirectory)
    {
        using var trace = StageTrace.Time("write search binary");
        return WriteOutsideOutput(path, Search.SearchIndexBinaryWriter.Write(index), outputDirectory);
    }

    // A file the run keeps outside its output folder (the search binary, the redirects lockfile): atomic, left
    // untouched when identical, and stamped with a "../" path so an unchanged run can check it is still intact.
    private static OutputStamp WriteOutsideOutput(string path, byte[] content, string outputDirectory)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteAllBytes(path, content);
        var info = new FileInfo(path);
        return new OutputStamp(Path.GetRelativePath(outputDirectory, path), info.Length, info.LastWriteTimeUtc.Ticks);
    }

    // A merge still running when the write stage failed: finished before the cache is saved (it sets the cache's
    // search order); its own failure is superseded by the write's.
    private static void WaitQuietly(Task? task)
    {
        try
        {
            task?.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
        }
    }

    // A write that fails in a parallel loop (a full disk, a path that became a folder) fails the run like any other
    // write does, with its own exception, not wrapped in an AggregateException the caller does not expect.
    private static void InParallel(Func<ParallelLoopResult> loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            var first = error.InnerExceptions.FirstOrDefault(inner => inner is IOException or UnauthorizedAccessException) ?? error.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    // The mirror's frontmatter block and body encoded one after the other (no joined string per page).
    private static void WriteMirror(OutputSession session, string path, PageRecord record)
    {
        // A record whose mirror a run wrote before knows that mirror's stamp: an intact file is confirmed without encoding it.
        if (record.MirrorStamp is { } known && session.TryConfirmUnchanged(path, known.Length, known.Hash))
        {
            return;
        }

        var encoding = System.Text.Encoding.UTF8;
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(encoding.GetMaxByteCount(record.FrontmatterBlock.Length) + encoding.GetMaxByteCount(record.Body.Length));
        try
        {
            var length = encoding.GetBytes(record.FrontmatterBlock, buffer);
            length += encoding.GetBytes(record.Body, buffer.AsSpan(length));
            session.Write(path, buffer.AsSpan(0, length));
            if (record.MirrorStamp is null && record.CacheSlot is null)
            {
                // Kept for the cache (a record copied from the cache keeps its stored bytes, so it is not changed).
                record.MirrorStamp = (length, ContentHash.Of(buffer.AsSpan(0, length)));
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Each mount served outside /docs gets a copy folder (its URL prefix); it is pruned like docs/.
    private static IEnumerable<string> CopyScopes(DocsSite site, List<(string Path, PageRecord Record)> copies)
    {
        var scopes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var mount in site.Mounts.Mounts)
        {
            var prefix = mount.UrlPrefix.Trim('/');
            if (prefix.Length == 0 || prefix == "docs" || prefix.StartsWith("docs/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (path, _) in copies)
            {
                if (path.StartsWith(prefix + "/", StringComparison.Ordinal))
                {
                    scopes.Add(prefix);
                    break;
                }
            }
        }

        return scopes;
    }

    private static List<string> FolderPaths(GenerateInputs inputs)
    {
        var paths = new List<string>(inputs.Folders.Count);
        foreach (var folder in inputs.Folders)
        {
            paths.Add(folder.FullPath);
        }

        return paths;
    }

    private static IEnumerable<NavPageView> PageViews(DocsSite site)
    {
        foreach (var page in site.Pages)
        {
            yield return new NavPageView(page.UrlPath, page.RelativePath, page.Title, page.Description, page.MarkdownUrlPath, page.Groups, page.Order, default);
        }
    }

    private static IReadOnlyList<string>? WatchPathsWithoutInputs(GenerateOptions options)
    {
        // When the config is broken, watch the docs folders and config candidates so a fix triggers a rebuild.
        var source = Path.GetFullPath(options.SourceDirectory, options.WorkingDirectory);
        var paths = new List<string>();
        if (options.DocsDirectories.Count == 0)
        {
            paths.Add(Path.Combine(source, DocsSource.DefaultDirectory));
        }

        foreach (var value in options.DocsDirectories)
        {
            var equals = value.IndexOf('=');
            paths.Add(Path.GetFullPath(equals < 0 ? value : value.Substring(0, equals), source));
        }

        paths.Add(Path.Combine(source, Config.DocsConfigReader.FileName));
        if (options.ConfigFile is not null)
        {
            paths.Add(Path.GetFullPath(options.ConfigFile, options.WorkingDirectory));
        }

        return paths;
    }

    private static GenerateResult Failed(IReadOnlyList<DocsDiagnostic> diagnostics, Timings timings, IReadOnlyList<string>? watchPaths, CacheStats? stats = null) =>
        new(GenerateStatus.Failed, diagnostics, null, null, stats, false, timings.All, null, watchPaths);

    private static bool HasErrors(IEnumerable<DocsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError)
            {
                return true;
            }
        }

        return false;
    }

    private static List<DocsDiagnostic> Sorted(List<DocsDiagnostic> diagnostics)
    {
        var sorted = new List<DocsDiagnostic>(diagnostics);
        sorted.Sort((a, b) =>
        {
            var byFile = string.CompareOrdinal(a.FilePath, b.FilePath);
            if (byFile != 0)
            {
                return byFile;
            }

            return a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column != b.Column ? a.Column.CompareTo(b.Column) : string.CompareOrdinal(a.Id, b.Id);
        });
        return sorted;
    }

    /// <summary>Wall time per stage, for <c>--json</c> timings.</summary>
    private sealed class Timings
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly List<(string, TimeSpan)> _stages = new();
        private readonly bool _traceMemory;
        private TimeSpan _last;

        /// <param name="traceMemory"><c>LEADTYPE_TRACE_MEMORY=1</c>: print each stage's time and memory to standard error (profiling).</param>
        public Timings(bool traceMemory)
        {
            _traceMemory = traceMemory;
            if (traceMemory)
            {
                // Runtime start-up and argument parsing happen before the pipeline's clock starts.
                using var process = Process.GetCurrentProcess();
                Console.Error.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "[memory] {0,-12} {1,8:0} ms  (process start to pipeline)  jit {2,5} methods {3,6:0} ms",
                    "startup",
                    (DateTime.Now - process.StartTime).TotalMilliseconds,
                    System.Runtime.JitInfo.GetCompiledMethodCount(),
                    System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
            }
        }

        public IReadOnlyList<(string Stage, TimeSpan Elapsed)> All
        {
            get
            {
                var all = new List<(string, TimeSpan)>(_stages) { ("total", _clock.Elapsed) };
                return all;
            }
        }

        public void Mark(string stage)
        {
            var now = _clock.Elapsed;
            _stages.Add((stage, now - _last));
            TraceJit(stage);
            if (_traceMemory)
            {
                using var process = Process.GetCurrentProcess();
                Console.Error.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "[memory] {0,-12} {1,8:0} ms  heap {2,5} MiB  working set {3,5} MiB  peak {4,5} MiB  GCs {5}/{6}/{7} paused {8:0} ms  cpu {9:0} ms",
                    stage,
                    (now - _last).TotalMilliseconds,
                    GC.GetTotalMemory(false) >> 20,
                    process.WorkingSet64 >> 20,
                    process.PeakWorkingSet64 >> 20,
                    GC.CollectionCount(0),
                    GC.CollectionCount(1),
                    GC.CollectionCount(2),
                    GC.GetTotalPauseDuration().TotalMilliseconds,
                    process.TotalProcessorTime.TotalMilliseconds));
            }

            _last = now;
        }

        // How much the JIT has compiled so far (all threads): a ReadyToRun tool's cold-start cost (benchmarks/README-generate.md, "Cold start").
        private void TraceJit(string stage)
        {
            if (_traceMemory)
            {
                Console.Error.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "[jit]    {0,-12} {1,5} methods compiled so far in {2,6:0} ms",
                    stage,
                    System.Runtime.JitInfo.GetCompiledMethodCount(),
                    System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds));
            }
        }
    }
}
