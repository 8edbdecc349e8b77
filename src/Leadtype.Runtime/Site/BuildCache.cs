using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Output;
using Leadtype.Search;

namespace Leadtype.Site;

/// <summary>The stat and content hash of a source file as the last run saw it.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks, string Hash);

/// <summary>
/// A file the last run wrote or confirmed, with its stat afterwards (an unchanged rerun checks it is still
/// there as written) and its content hash (the next run's writer recognises identical bytes without reading the file).
/// </summary>
public readonly record struct OutputStamp(string RelativePath, long Length, long LastWriteTicks, ulong Hash = 0);

/// <summary>Where a cached page's record lies in the page section it was read from (offset in that section and length), so an unchanged page is saved by copying it.</summary>
public readonly record struct PageSlot(long Offset, int Length);

/// <summary>Page dates from git (docs path → latest commit date), valid for the commits named by <paramref name="Heads"/>.</summary>
public sealed record GitDates(string Heads, IReadOnlyDictionary<string, DateTimeOffset> Dates);

/// <summary>What the last completed run produced, so an identical rerun can stop early and repeat it.</summary>
public sealed record LastRun(
    string Fingerprint,
    GenerateStatus Status,
    IReadOnlyList<DocsDiagnostic> Diagnostics,
    IReadOnlyList<OutputStamp> Outputs,
    GenerateSummary Summary);

/// <summary>
/// The incremental cache of one (output directory, docs folders, mode, config) combination: the
/// source files' stats and hashes, every converted page (with its prepared search page), and the last completed run. Written
/// atomically; a missing, truncated, corrupt or foreign file is treated as empty (a full rebuild),
/// never as an error. Stored in a compact binary form so loading 3,000 pages takes milliseconds.
/// </summary>
public sealed class BuildCache
{
    // 4: search chunk texts stored JSON-escaped (copied into search-content.json as they are), postings kept
    // as slices of the page section, and the page section checksummed (XXH3) so a damaged cache is ignored.
    private const int FormatVersion = 4;
    private static readonly byte[] Magic = "LTGC"u8.ToArray();
    private static readonly byte[] Trailer = "END!"u8.ToArray();

    // The page section this cache was read from (kept: the records' search texts and postings are slices of
    // it) and its term table, so a save copies unchanged pages from memory.
    private byte[]? _storedPages;
    private string[]? _storedTerms;

    public BuildCache(string toolKey)
    {
        ToolKey = toolKey;
    }

    /// <summary>The build of the tool that wrote the cache; a different build's cache is ignored.</summary>
    public string ToolKey { get; }

    public Dictionary<string, FileStamp> Files { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PageRecord> Pages { get; } = new(StringComparer.Ordinal);

    public LastRun? LastRun { get; set; }

    /// <summary>The git commits the page dates were read at (one per docs folder), and those dates; reused while the commits are unchanged.</summary>
    public GitDates? GitDates { get; set; }

    /// <summary>Identifies this build of Leadtype: its version and the module ids of the assemblies that convert and render.</summary>
    public static string CurrentToolKey { get; } = ComputeToolKey();

    /// <summary>The cache file for a run: <c>generate-&lt;16 hex&gt;.bin</c> keyed by the output directory, docs folders, mode and config file.</summary>
    public static string FileFor(string cacheDirectory, GenerateInputs inputs, IReadOnlyList<string> rawDocsDirectories, string? configOption)
    {
        var key = new StringBuilder();
        key.Append(inputs.OutputDirectory).Append('\0');
        foreach (var folder in inputs.Folders)
        {
            key.Append(folder.FullPath).Append('=').Append(folder.Source.UrlPrefix).Append('\0');
        }

        key.Append(string.Join("\u0001", rawDocsDirectories)).Append('\0');
        key.Append(inputs.Mode).Append('\0').Append(configOption);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
        return Path.Combine(cacheDirectory, "generate-" + hash.Substring(0, 16).ToLowerInvariant() + ".bin");
    }

    /// <summary>Loads a cache; anything unreadable gives an empty cache for the current tool.</summary>
    /// <param name="includePages">False to read only the header (tool, last run, git dates, file stamps): what an unchanged run needs.</param>
    public static BuildCache Load(string path, bool includePages = true)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var fileLength = RandomAccess.GetLength(handle);
            var prefix = new byte[Magic.Length + 8];
            ReadAt(handle, prefix, 0);
            if (!prefix.AsSpan(0, Magic.Length).SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(Magic.Length)) != FormatVersion)
            {
                return new BuildCache(CurrentToolKey);
            }

            var headerLength = BinaryPrimitives.ReadInt32LittleEndian(prefix.AsSpan(Magic.Length + 4));
            if (headerLength < 0 || prefix.Length + (long)headerLength > fileLength)
            {
                return new BuildCache(CurrentToolKey);
            }

            var header = new byte[headerLength];
            ReadAt(handle, header, prefix.Length);
            var cache = ReadHeader(header);
            if (cache is null || !includePages)
            {
                return cache ?? new BuildCache(CurrentToolKey);
            }

            var pagesStart = prefix.Length + (long)headerLength;
            if (fileLength - pagesStart > int.MaxValue)
            {
                return new BuildCache(CurrentToolKey);
            }

            var pages = new byte[fileLength - pagesStart];
            ReadAt(handle, pages, pagesStart);
            return ReadPages(cache, pages) ? cache : new BuildCache(CurrentToolKey);
        }
        catch (Exception error) when (IsUnreadable(error))
        {
            return new BuildCache(CurrentToolKey);
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0 && error.InnerExceptions.All(IsUnreadable))
        {
            return new BuildCache(CurrentToolKey);
        }
    }

    /// <summary>Writes the cache atomically (a reader never sees half a cache). Failure to save is not an error.</summary>
    public bool TrySave(string path)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var header = new MemoryStream();
            using (var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
            {
                WriteHeader(writer);
            }

            // Streamed into the temp sibling: the cache is as large as the site's Markdown.
            AtomicFile.Write(path, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(checked((int)header.Length));
                writer.Write(header.GetBuffer(), 0, (int)header.Length);
                writer.Flush();
                using var hashing = new HashingStream(stream);
                using var pageWriter = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true);
                var termsStart = WritePages(pageWriter);
                pageWriter.Flush();
                writer.Write(termsStart);
                writer.Write(hashing.Hash);
                writer.Write(Trailer);
            });
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Lets the next save copy pages that are unchanged since <paramref name="loaded"/> was read byte for byte from its file, instead of encoding them again.</summary>
    public void ReuseStoredPages(BuildCache loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        _storedPages = loaded._storedPages;
        _storedTerms = loaded._storedTerms;
    }

    private static bool IsUnreadable(Exception error) =>
        error is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or FormatException or OverflowException or DecoderFallbackException;

    private static void ReadAt(Microsoft.Win32.SafeHandles.SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[done..], offset + done);
            if (read == 0)
            {
                throw new EndOfStreamException("The cache file is cut short.");
            }

            done += read;
        }
    }

    private static BuildCache? ReadHeader(byte[] header)
    {
        var reader = new CacheBlobReader(header, 0, header.Length);
        var toolKey = reader.ReadString();
        if (!string.Equals(toolKey, CurrentToolKey, StringComparison.Ordinal))
        {
            return null;
        }

        var cache = new BuildCache(toolKey);
        if (reader.ReadBoolean())
        {
            cache.LastRun = ReadLastRun(ref reader);
        }

        if (reader.ReadBoolean())
        {
            var heads = reader.ReadString();
            var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
            var count = Count(ref reader);
            for (var i = 0; i < count; i++)
            {
                dates[reader.ReadString()] = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            }

            cache.GitDates = new GitDates(heads, dates);
        }

        var files = Count(ref reader);
        for (var i = 0; i < files; i++)
        {
            var path = reader.ReadString();
            cache.Files[path] = new FileStamp(reader.ReadInt64(), reader.ReadInt64(), reader.ReadString());
        }

        return cache;
    }

    // The page section: page count, each page as a length-prefixed record, then the search term table; after
    // it, where that table starts, the section's XXH3 hash, and the trailer. Pages are decoded on every core.
    private static bool ReadPages(BuildCache cache, byte[] data)
    {
        // A cache cut short (a full disk) has no trailer, and a damaged one fails its hash: either is ignored
        // rather than trusted.
        const int Tail = 8 + 8;
        if (data.Length < Trailer.Length + Tail || !data.AsSpan(data.Length - Trailer.Length).SequenceEqual(Trailer))
        {
            return false;
        }

        var sectionLength = data.Length - Trailer.Length - Tail;
        var termsStart = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(sectionLength));
        var hash = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(sectionLength + 8));
        if (termsStart < 0 || termsStart > sectionLength || System.IO.Hashing.XxHash3.HashToUInt64(data.AsSpan(0, sectionLength)) != hash)
        {
            return false;
        }

        var termReader = new CacheBlobReader(data, (int)termsStart, sectionLength);
        var terms = new string[Count(ref termReader)];
        for (var i = 0; i < terms.Length; i++)
        {
            terms[i] = termReader.ReadString();
        }

        if (!termReader.AtEnd)
        {
            return false;
        }

        var reader = new CacheBlobReader(data, 0, (int)termsStart);
        var slots = new (int Start, int Length)[Count(ref reader)];
        for (var i = 0; i < slots.Length; i++)
        {
            var length = reader.ReadInt32();
            slots[i] = (reader.Position, length);
            reader.Skip(length);
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        var pages = new PageRecord[slots.Length];
        System.Threading.Tasks.Parallel.For(0, slots.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (start, length) = slots[i];
            var page = new CacheBlobReader(data, start, start + length);
            var record = ReadPage(ref page, terms);
            if (!page.AtEnd)
            {
                throw new InvalidDataException("A cached page has trailing bytes.");
            }

            record.CacheSlot = new PageSlot(start, length);
            record.CacheSection = data;
            pages[i] = record;
        });

        foreach (var page in pages)
        {
            cache.Pages[page.DocsPath] = page;
        }

        cache._storedPages = data;
        cache._storedTerms = terms;
        return true;
    }

    private void WriteHeader(BinaryWriter writer)
    {
        writer.Write(ToolKey);
        writer.Write(LastRun is not null);
        if (LastRun is not null)
        {
            WriteLastRun(writer, LastRun);
        }

        writer.Write(GitDates is not null);
        if (GitDates is { } git)
        {
            writer.Write(git.Heads);
            writer.Write(git.Dates.Count);
            foreach (var (path, date) in git.Dates)
            {
                writer.Write(path);
                writer.Write(date.UtcTicks);
            }
        }

        writer.Write(Files.Count);
        foreach (var (path, stamp) in Files)
        {
            writer.Write(path);
            writer.Write(stamp.Length);
            writer.Write(stamp.LastWriteTicks);
            writer.Write(stamp.Hash);
        }
    }

    // Writes the page section (see ReadPages) up to the term table's end; returns where the table starts.
    private long WritePages(BinaryWriter writer)
    {
        // Search terms once for the whole cache (pages share most of theirs), referred to by number. The
        // table of the cache this one was loaded from is kept as it was, so its unchanged pages can be
        // copied byte for byte (in runs, from the section still in memory); terms of re-encoded pages are
        // added at its end. When most pages changed, everything is encoded afresh, which also drops terms
        // no page uses any more.
        var stored = _storedPages is not null && _storedTerms is not null && ReusablePages() * 2 >= Pages.Count ? _storedPages : null;
        var terms = new List<string>(stored is null ? Array.Empty<string>() : _storedTerms!);
        Dictionary<string, int>? termIds = null;
        Dictionary<string, int> TermIds()
        {
            if (termIds is null)
            {
                termIds = new Dictionary<string, int>(terms.Count, StringComparer.Ordinal);
                for (var i = 0; i < terms.Count; i++)
                {
                    termIds.TryAdd(terms[i], i);
                }
            }

            return termIds;
        }

        var encoded = new MemoryStream();
        using var pageWriter = new BinaryWriter(encoded, Encoding.UTF8, leaveOpen: true);
        long position = 4;
        writer.Write(Pages.Count);

        // A run of stored records (each with its length prefix) that lie one after another in the stored section.
        var runStart = 0;
        var runEnd = 0;
        void FlushRun()
        {
            if (runEnd > runStart)
            {
                writer.Write(stored!, runStart, runEnd - runStart);
                position += runEnd - runStart;
            }

            runStart = runEnd = 0;
        }

        foreach (var page in Pages.Values)
        {
            if (stored is not null && page.CacheSlot is { } slot && ReferenceEquals(page.CacheSection, stored) && slot.Offset >= 4 && slot.Offset + slot.Length <= stored.Length)
            {
                var start = (int)slot.Offset - 4;
                if (runEnd == 0 || start != runEnd)
                {
                    FlushRun();
                    runStart = start;
                }

                runEnd = (int)slot.Offset + slot.Length;
                continue;
            }

            FlushRun();
            encoded.SetLength(0);
            WritePage(pageWriter, page, terms, TermIds());
            pageWriter.Flush();
            writer.Write(checked((int)encoded.Length));
            writer.Write(encoded.GetBuffer(), 0, (int)encoded.Length);
            position += 4 + encoded.Length;
        }

        FlushRun();
        WriteStrings(writer, terms);
        return position;
    }

    private int ReusablePages()
    {
        var count = 0;
        foreach (var page in Pages.Values)
        {
            if (page.CacheSlot is not null)
            {
                count++;
            }
        }

        return count;
    }

    private static LastRun ReadLastRun(ref CacheBlobReader reader)
    {
        var fingerprint = reader.ReadString();
        var status = (GenerateStatus)reader.ReadInt32();
        var diagnostics = ReadDiagnostics(ref reader);
        var outputs = new OutputStamp[Count(ref reader)];
        for (var i = 0; i < outputs.Length; i++)
        {
            outputs[i] = new OutputStamp(reader.ReadString(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
        }

        return new LastRun(fingerprint, status, diagnostics, outputs, ReadSummary(ref reader));
    }

    private static void WriteLastRun(BinaryWriter writer, LastRun run)
    {
        writer.Write(run.Fingerprint);
        writer.Write((int)run.Status);
        WriteDiagnostics(writer, run.Diagnostics);
        writer.Write(run.Outputs.Count);
        foreach (var output in run.Outputs)
        {
            writer.Write(output.RelativePath);
            writer.Write(output.Length);
            writer.Write(output.LastWriteTicks);
            writer.Write(output.Hash);
        }

        WriteSummary(writer, run.Summary);
    }

    private static GenerateSummary ReadSummary(ref CacheBlobReader reader)
    {
        var mode = (SiteMode)reader.ReadInt32();
        var source = reader.ReadString();
        var docs = ReadStrings(ref reader);
        var output = reader.ReadString();
        var name = reader.ReadString();
        var summary = reader.ReadString();
        var groups = new SummaryGroup[Count(ref reader)];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = new SummaryGroup(reader.ReadString(), reader.ReadString(), ReadNullable(ref reader));
        }

        var mounts = new (string, string)[Count(ref reader)];
        for (var i = 0; i < mounts.Length; i++)
        {
            mounts[i] = (reader.ReadString(), reader.ReadString());
        }

        var files = new SummaryFile[Count(ref reader)];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new SummaryFile(reader.ReadString(), reader.ReadString());
        }

        var feeds = new SummaryFeed[Count(ref reader)];
        for (var i = 0; i < feeds.Length; i++)
        {
            feeds[i] = new SummaryFeed(reader.ReadString(), ReadNullable(ref reader), ReadNullable(ref reader));
        }

        SearchStats? search = null;
        if (reader.ReadBoolean())
        {
            search = new SearchStats(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        }

        return new GenerateSummary(mode, source, docs, output, name, summary, groups, mounts, files, feeds, search, reader.ReadInt32());
    }

    private static void WriteSummary(BinaryWriter writer, GenerateSummary summary)
    {
        writer.Write((int)summary.Mode);
        writer.Write(summary.SourceDirectory);
        WriteStrings(writer, summary.DocsDirectories);
        writer.Write(summary.OutputDirectory);
        writer.Write(summary.ProductName);
        writer.Write(summary.ProductSummary);
        writer.Write(summary.Groups.Count);
        foreach (var group in summary.Groups)
        {
            writer.Write(group.Slug);
            writer.Write(group.Title);
            WriteNullable(writer, group.Description);
        }

        writer.Write(summary.Mounts.Count);
        foreach (var (pathPrefix, urlPrefix) in summary.Mounts)
        {
            writer.Write(pathPrefix);
            writer.Write(urlPrefix);
        }

        writer.Write(summary.Files.Count);
        foreach (var file in summary.Files)
        {
            writer.Write(file.Key);
            writer.Write(file.RelativePath);
        }

        writer.Write(summary.Feeds.Count);
        foreach (var feed in summary.Feeds)
        {
            writer.Write(feed.Id);
            WriteNullable(writer, feed.Rss);
            WriteNullable(writer, feed.Atom);
        }

        writer.Write(summary.Search is not null);
        if (summary.Search is { } search)
        {
            writer.Write(search.Documents);
            writer.Write(search.Chunks);
            writer.Write(search.Terms);
            writer.Write(search.IndexBytes);
            writer.Write(search.ContentBytes);
        }

        writer.Write(summary.Pages);
    }

    private static PageRecord ReadPage(ref CacheBlobReader reader, string[] terms)
    {
        var docsPath = reader.ReadString();
        var sourceHash = reader.ReadString();
        var conversionKey = reader.ReadString();
        var dependencies = new PageDependency[Count(ref reader)];
        for (var i = 0; i < dependencies.Length; i++)
        {
            dependencies[i] = new PageDependency(reader.ReadString(), reader.ReadString());
        }

        var frontmatter = reader.ReadString();
        var body = reader.ReadString();
        var title = ReadNullable(ref reader);
        var description = ReadNullable(ref reader);
        var headings = new SiteHeading[Count(ref reader)];
        for (var i = 0; i < headings.Length; i++)
        {
            headings[i] = new SiteHeading(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        }

        var groups = ReadStrings(ref reader);
        double? order = reader.ReadBoolean() ? reader.ReadDouble() : null;
        var date = ReadDate(ref reader);
        var lastModified = ReadDate(ref reader);
        var draft = reader.ReadBoolean();
        var searchFlag = reader.ReadByte();
        var groupSpan = new SourceSpan(reader.ReadInt32(), reader.ReadInt32());
        var diagnostics = ReadDiagnostics(ref reader);
        return new PageRecord(docsPath, sourceHash, conversionKey, dependencies, frontmatter, body, title, description, headings, groups, order, date, lastModified, draft,
            searchFlag == 0 ? null : searchFlag == 2, groupSpan, diagnostics)
        {
            SearchPage = reader.ReadBoolean() ? ReadSearchPage(ref reader, terms) : null,
        };
    }

    private static PreparedSearchPage ReadSearchPage(ref CacheBlobReader reader, string[] terms)
    {
        var title = reader.ReadString();
        var description = reader.ReadString();
        var maxChunkChars = reader.ReadInt32();
        var overlapChars = reader.ReadInt32();
        var pageTerms = new string[Count(ref reader)];
        for (var i = 0; i < pageTerms.Length; i++)
        {
            var id = reader.Read7BitEncodedInt();
            if ((uint)id >= (uint)terms.Length)
            {
                throw new InvalidDataException("A cached search page refers to an unknown term.");
            }

            pageTerms[i] = terms[id];
        }

        var chunks = new PreparedSearchChunk[Count(ref reader)];
        for (var i = 0; i < chunks.Length; i++)
        {
            var headingPath = new string?[Count(ref reader)];
            for (var h = 0; h < headingPath.Length; h++)
            {
                headingPath[h] = ReadNullable(ref reader);
            }

            var anchor = reader.ReadString();
            var part = reader.ReadMemory(Count(ref reader));
            var length = reader.ReadInt32();
            var postings = reader.ReadMemory(Count(ref reader));
            try
            {
                chunks[i] = PreparedSearchPageFormat.RestoreChunk(headingPath, anchor, part, length, postings, pageTerms.Length);
            }
            catch (SearchIndexFormatException error)
            {
                throw new InvalidDataException(error.Message, error);
            }
        }

        return PreparedSearchPageFormat.RestorePage(title, description, maxChunkChars, overlapChars, pageTerms, chunks);
    }

    private static void WriteSearchPage(BinaryWriter writer, PreparedSearchPage page, List<string> table, Dictionary<string, int> termIds)
    {
        writer.Write(page.Title);
        writer.Write(page.Description);
        writer.Write(page.MaxChunkChars);
        writer.Write(page.OverlapChars);
        var terms = PreparedSearchPageFormat.Terms(page);
        writer.Write(terms.Count);
        foreach (var term in terms)
        {
            if (!termIds.TryGetValue(term, out var id))
            {
                id = table.Count;
                termIds.Add(term, id);
                table.Add(term);
            }

            writer.Write7BitEncodedInt(id);
        }

        writer.Write(page.Chunks.Count);
        foreach (var chunk in page.Chunks)
        {
            writer.Write(chunk.HeadingPath.Count);
            foreach (var heading in chunk.HeadingPath)
            {
                WriteNullable(writer, heading);
            }

            writer.Write(chunk.Anchor);
            var part = chunk.EscapedPart.Span;
            writer.Write(part.Length);
            writer.Write(part);
            writer.Write(chunk.Length);
            var postings = PreparedSearchPageFormat.Postings(chunk).Span;
            writer.Write(postings.Length);
            writer.Write(postings);
        }
    }

    private static void WritePage(BinaryWriter writer, PageRecord page, List<string> terms, Dictionary<string, int> termIds)
    {
        writer.Write(page.DocsPath);
        writer.Write(page.SourceHash);
        writer.Write(page.ConversionKey);
        writer.Write(page.Dependencies.Count);
        foreach (var dependency in page.Dependencies)
        {
            writer.Write(dependency.DocsPath);
            writer.Write(dependency.Hash);
        }

        writer.Write(page.FrontmatterBlock);
        writer.Write(page.Body);
        WriteNullable(writer, page.Title);
        WriteNullable(writer, page.Description);
        writer.Write(page.Headings.Count);
        foreach (var heading in page.Headings)
        {
            writer.Write(heading.Level);
            writer.Write(heading.Text);
            writer.Write(heading.Id);
        }

        WriteStrings(writer, page.Groups);
        writer.Write(page.Order.HasValue);
        if (page.Order is { } order)
        {
            writer.Write(order);
        }

        WriteDate(writer, page.Date);
        WriteDate(writer, page.LastModified);
        writer.Write(page.Draft);
        writer.Write((byte)(page.Search is null ? 0 : page.Search.Value ? 2 : 1));
        writer.Write(page.GroupSpan.Line);
        writer.Write(page.GroupSpan.Column);
        WriteDiagnostics(writer, page.Diagnostics);
        writer.Write(page.SearchPage is not null);
        if (page.SearchPage is { } searchPage)
        {
            WriteSearchPage(writer, searchPage, terms, termIds);
        }
    }

    private static DocsDiagnostic[] ReadDiagnostics(ref CacheBlobReader reader)
    {
        var diagnostics = new DocsDiagnostic[Count(ref reader)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = new DocsDiagnostic(
                reader.ReadString(),
                (DocsDiagnosticSeverity)reader.ReadInt32(),
                reader.ReadString(),
                reader.ReadInt32(),
                reader.ReadInt32(),
                reader.ReadString(),
                reader.ReadInt32(),
                reader.ReadInt32());
        }

        return diagnostics;
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<DocsDiagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            writer.Write(diagnostic.Id);
            writer.Write((int)diagnostic.Severity);
            writer.Write(diagnostic.FilePath);
            writer.Write(diagnostic.Line);
            writer.Write(diagnostic.Column);
            writer.Write(diagnostic.Message);
            writer.Write(diagnostic.EndLine);
            writer.Write(diagnostic.EndColumn);
        }
    }

    private static DateTimeOffset? ReadDate(ref CacheBlobReader reader) =>
        reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero) : null;

    private static void WriteDate(BinaryWriter writer, DateTimeOffset? date)
    {
        writer.Write(date.HasValue);
        if (date is { } value)
        {
            writer.Write(value.UtcTicks);
        }
    }

    private static string[] ReadStrings(ref CacheBlobReader reader)
    {
        var strings = new string[Count(ref reader)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var value in strings)
        {
            writer.Write(value);
        }
    }

    private static string? ReadNullable(ref CacheBlobReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    // Counts are bounded so a corrupt length cannot make the reader allocate gigabytes.
    private static int Count(ref CacheBlobReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException("Implausible count in the cache file: " + count);
        }

        return count;
    }

    private static string ComputeToolKey()
    {
        var key = new StringBuilder();
        foreach (var assembly in new[] { typeof(BuildCache).Assembly, typeof(Conversion.PageConverter).Assembly })
        {
            key.Append(assembly.GetName().Name).Append('@')
                .Append(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion)
                .Append('#').Append(assembly.ManifestModule.ModuleVersionId.ToString("N")).Append(';');
        }

        return key.ToString();
    }
}
