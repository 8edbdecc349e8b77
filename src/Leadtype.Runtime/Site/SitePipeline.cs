using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
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
        var previous = options.Force ? new BuildCache(BuildCache.CurrentToolKey) : BuildCache.Load(cachePath, includePages: false);

        var (tree, scanDiagnostics) = DocsTree.Scan(inputs.Folders, new[] { inputs.OutputDirectory, cacheDirectory }, file => KnownHash(previous, file));
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
                    new CacheStats(0, last.Summary.Pages), true, timings.All, null, inputs.WatchPaths);
            }

            timings.Mark("fingerprint");
        }

        if (tree.Pages.Count == 0)
        {
            var where = string.Join(", ", FolderPaths(inputs));
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.NoPages, inputs.Folders[0].FullPath, 0, 0, where));
            return Failed(diagnostics, timings, inputs.WatchPaths);
        }

        var cache = options.Force ? previous : BuildCache.Load(cachePath);
        var gitDates = Task.Run(() => ReadGitDates(inputs, previous.GitDates), cancellationToken);
        var order = SearchStage.Order(tree.Pages);
        var feed = new PageFeed(tree.Pages.Count);
        // --search-binary needs the index even where the JSON files are not written (bundle mode without MCP).
        var search = SearchFiles.AreWritten(inputs.Mode, inputs.Config) || options.SearchBinaryFile is not null ? SearchStage.Start(feed, order, inputs, cancellationToken) : null;
        try
        {
            return Build(options, inputs, tree, cache, cachePath, feed, order, search, gitDates, diagnostics, timings, cancellationToken);
        }
        catch
        {
            feed.Abandon();
            search?.Abandon();
            throw;
        }
    }

    private static GenerateResult Build(
        GenerateOptions options,
        GenerateInputs inputs,
        DocsTree tree,
        BuildCache cache,
        string cachePath,
        PageFeed feed,
        int[] order,
        SearchStage? search,
        Task<GitDates> gitDates,
        List<DocsDiagnostic> diagnostics,
        Timings timings,
        CancellationToken cancellationToken)
    {
        var stats = ConvertPages(inputs, tree, cache, feed, order, options, cancellationToken);
        var records = feed.ToArray();
        timings.Mark("convert");

        var pageDiagnostics = new List<DocsDiagnostic>();
        foreach (var record in records)
        {
            foreach (var diagnostic in record.Diagnostics)
            {
                pageDiagnostics.Add(diagnostic.WithFile(tree.FullPathOf(diagnostic.FilePath) ?? diagnostic.FilePath));
            }
        }

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
        newCache.GitDates = git;
        if (site is null)
        {
            diagnostics.AddRange(pageDiagnostics);
            newCache.TrySave(cachePath);
            feed.Abandon();
            search?.Abandon();
            return Failed(Sorted(diagnostics), timings, inputs.WatchPaths, stats);
        }

        // The search files first (the index was built while pages converted), then the other
        // artifacts: one after the other, with a collection between, so the two memory-heavy stages
        // do not add up. (Rendering them on two cores at once was not faster on a shared machine.)
        (ArtifactFile Index, ArtifactFile Content, SearchStats Stats, byte[]? Binary)? searchFiles = null;
        if (search is not null)
        {
            var binary = options.SearchBinaryFile is not null;
            searchFiles = search.Render(site.GeneratedAt, binary);
            if (searchFiles is null || !search.Matches(site))
            {
                searchFiles = SearchFiles.Render(site, binary);
            }

            timings.Mark("search");
            Compact();
        }

        diagnostics.AddRange(CuratedLinkCheck.Check(inputs.Config, PageViews(site), inputs.Mounts));
        var (artifacts, renderDiagnostics) = SiteArtifacts.Render(site, inputs.Templates);
        diagnostics.AddRange(renderDiagnostics);
        timings.Mark("render");
        if (HasErrors(diagnostics))
        {
            // Config-level problems (templates, feeds) stop the run before anything is written.
            diagnostics.AddRange(pageDiagnostics);
            newCache.TrySave(cachePath);
            return Failed(Sorted(diagnostics), timings, inputs.WatchPaths, stats);
        }

        diagnostics.AddRange(pageDiagnostics);
        var all = Sorted(diagnostics);
        var status = HasErrors(all) ? GenerateStatus.CompletedWithErrors : GenerateStatus.Succeeded;

        OutputReport report;
        SearchStats? searchStats;
        try
        {
            (report, searchStats) = Write(site, records, artifacts, searchFiles, inputs, options, timings, cancellationToken);
            timings.Mark("prune");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Lock timeout, an output path that is a file or a link, a full disk, no permission.
            newCache.TrySave(cachePath);
            search?.Abandon();
            return new GenerateResult(GenerateStatus.Failed, all, null, null, stats, false, timings.All, error.Message, inputs.WatchPaths);
        }

        var written = new HashSet<string>(report.Written, StringComparer.Ordinal);
        written.UnionWith(report.Unchanged);
        var summary = new GenerateSummary(
            site.Mode,
            inputs.SourceDirectory,
            FolderPaths(inputs),
            inputs.OutputDirectory,
            site.Product.Name,
            site.Product.Tagline,
            SummaryFiles.Groups(site),
            SummaryFiles.Mounts(site),
            SummaryFiles.For(site.Mode, written),
            SummaryFiles.Feeds(site, written),
            searchStats,
            site.Pages.Count);

        var outputs = new List<string>(report.Written);
        outputs.AddRange(report.Unchanged);
        if (SearchBinaryPath(options) is { } searchBinary)
        {
            // Stamped with the output files, so an unchanged run still rewrites it when it was deleted or changed.
            outputs.Add(Path.GetRelativePath(inputs.OutputDirectory, searchBinary));
        }

        newCache.LastRun = new LastRun(RunFingerprint.Compute(inputs, options, tree), status, all, RunFingerprint.Stamp(inputs.OutputDirectory, outputs), summary);
        newCache.TrySave(cachePath);
        timings.Mark("cache");

        return new GenerateResult(status, all, summary, new OutputCounts(report.Written, report.Unchanged.Count, report.Deleted), stats, false, timings.All, null, inputs.WatchPaths);
    }

    /// <summary>The cache directory: <c>--cache-dir</c>, else <c>$LEADTYPE_CACHE_DIR</c>, else <c>&lt;src&gt;/.leadtype/cache</c>.</summary>
    public static string CacheDirectory(GenerateOptions options, GenerateInputs inputs)
    {
        var configured = options.CacheDirectory ?? options.Environment(GenerateOptions.CacheDirectoryVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(inputs.SourceDirectory, ".leadtype", "cache")
            : Path.GetFullPath(configured!, options.WorkingDirectory);
    }

    /// <summary>The full path of <c>--search-binary</c>, or null when it was not given.</summary>
    internal static string? SearchBinaryPath(GenerateOptions options) =>
        options.SearchBinaryFile is { } file ? Path.GetFullPath(file, options.WorkingDirectory) : null;

    private static string? KnownHash(BuildCache cache, SourceFile file) =>
        cache.Files.TryGetValue(file.DocsPath, out var stamp) && stamp.Length == file.Length && stamp.LastWriteTicks == file.LastWriteUtc.Ticks ? stamp.Hash : null;

    // Workers take pages in index order, so the search builder (which consumes them in that order) follows right behind.
    private static CacheStats ConvertPages(GenerateInputs inputs, DocsTree tree, BuildCache cache, PageFeed feed, int[] order, GenerateOptions options, CancellationToken cancellationToken)
    {
        var conversionKey = DocsTree.Hash(System.Text.Encoding.UTF8.GetBytes(BuildCache.CurrentToolKey + "\u0001" + ConfiguredComponents.Fingerprint(inputs.Flatten)));
        var conversion = new PageConversionOptions { Components = inputs.Flatten };
        var pages = tree.Pages;
        var converted = 0;
        var done = 0;
        var next = -1;
        var progress = options.Progress;
        void Work()
        {
            int position;
            while ((position = Interlocked.Increment(ref next)) < order.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var slot = order[position];
                var file = pages[slot];
                PageRecord record;
                if (cache.Pages.TryGetValue(file.DocsPath, out var cached) && PageConversion.IsCurrent(cached, tree, file, conversionKey))
                {
                    record = cached;
                }
                else
                {
                    record = ConvertOne(tree, file, conversion, conversionKey);
                    Interlocked.Increment(ref converted);
                }

                feed.Complete(slot, record);
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
        return new CacheStats(converted, pages.Count - converted);
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

    /// <summary>
    /// A full compacting collection between the two memory-heavy stages (search index, then the
    /// other artifacts), so the second reuses the first's memory instead of growing the process.
    /// Costs tens of milliseconds; keeps a 3,000-page run's peak working set well down.
    /// </summary>
    internal static void Compact()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
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

    private static (OutputReport Report, SearchStats? Search) Write(
        DocsSite site,
        PageRecord[] records,
        IReadOnlyList<ArtifactFile> artifacts,
        (ArtifactFile Index, ArtifactFile Content, SearchStats Stats, byte[]? Binary)? search,
        GenerateInputs inputs,
        GenerateOptions options,
        Timings timings,
        CancellationToken cancellationToken)
    {
        var byPath = new Dictionary<string, PageRecord>(records.Length, StringComparer.Ordinal);
        foreach (var record in records)
        {
            byPath[record.DocsPath] = record;
        }

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

        var writeSearchFiles = SearchFiles.AreWritten(site.Mode, inputs.Config);
        var total = mirrors.Count + copies.Count + artifacts.Count + (search is null || !writeSearchFiles ? 0 : 2);
        var done = 0;
        void Report()
        {
            var count = Interlocked.Increment(ref done);
            if (options.Progress is not null && (count % 128 == 0 || count == total))
            {
                options.Progress.Report(new GenerateProgress("write", count, total));
            }
        }

        SearchStats? stats = null;
        if (search is { } files && writeSearchFiles)
        {
            session.Write(files.Index.Path, files.Index.Content);
            session.Write(files.Content.Path, files.Content.Content);
            stats = files.Stats;
            Report();
            Report();
        }

        if (search is { Binary: { } binary } && SearchBinaryPath(options) is { } binaryPath)
        {
            // Outside the output folder (the build keeps it under obj/), so not the session's to prune or
            // sweep; the same atomic writer, under the same lock, so overlapping builds never see it torn.
            Directory.CreateDirectory(Path.GetDirectoryName(binaryPath)!);
            AtomicFile.WriteAllBytes(binaryPath, binary);
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(mirrors, parallel, item =>
        {
            session.WriteText(item.Path, item.Record.Mirror);
            Report();
        });
        Parallel.ForEach(copies, parallel, item =>
        {
            session.WriteText(item.Path, item.Record.Mirror);
            Report();
        });
        Parallel.ForEach(artifacts, parallel, artifact =>
        {
            session.Write(artifact.Path, artifact.Content);
            Report();
        });
        timings.Mark("write");

        cancellationToken.ThrowIfCancellationRequested();
        return (session.Complete(), stats);
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
        public Timings(bool traceMemory) => _traceMemory = traceMemory;

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
            if (_traceMemory)
            {
                using var process = Process.GetCurrentProcess();
                Console.Error.WriteLine(string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    "[memory] {0,-12} {1,8:0} ms  heap {2,5} MiB  working set {3,5} MiB  peak {4,5} MiB",
                    stage,
                    (now - _last).TotalMilliseconds,
                    GC.GetTotalMemory(false) >> 20,
                    process.WorkingSet64 >> 20,
                    process.PeakWorkingSet64 >> 20));
            }

            _last = now;
        }
    }
}
