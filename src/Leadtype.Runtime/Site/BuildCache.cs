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
using Leadtype.Templates;

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

/// <summary>A page section as read: its bytes, the whole term table its records refer to, where its own terms start, its hash; and its file name when it is a base file.</summary>
internal sealed record StoredSection(string Name, byte[] Data, string[] Terms, int TermsStart, ulong Hash);

/// <summary>The base file a cache header names (its name, section length and hash), and where the pages it still uses lie in it.</summary>
internal sealed record BaseReference(string Name, long Length, ulong Hash, PageSlot[] Slots);

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
    // 5: sections checksummed with ContentHash (XXH64); the header ends with the render memo (built-in templates' last renders, keyed by template and model) and
    // the docs paths the last search index indexed, in order.
    private const int FormatVersion = 5;
    private static readonly byte[] Magic = "LTGC"u8.ToArray();
    private static readonly byte[] Trailer = "END!"u8.ToArray();

    private static readonly byte[] BaseMagic = "LTGB"u8.ToArray();

    // A save keeps the loaded base file while at most this many pages (or 10%), and this many bytes of
    // them (or 10% of the base), lie outside it; beyond that it writes a new base.
    private const int MaxDeltaPages = 64;
    private const long MaxDeltaBytes = 4L * 1024 * 1024;

    // The sections this cache was read from (kept: the records' search texts and postings are slices of them).
    private StoredSection? _base;
    private StoredSection? _delta;

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

    /// <summary>The bytes of stored pages a full load reads (base section and the cache file's own), known from the header: about what loading them allocates.</summary>
    public long StoredPageBytes { get; private set; }

    /// <summary>What the built-in templates rendered last run (see <see cref="Templates.RenderMemo"/>); read only with the pages.</summary>
    public IReadOnlyList<RenderMemoEntry> RenderMemo { get; set; } = Array.Empty<RenderMemoEntry>();

    /// <summary>The docs paths of the pages the last search index indexed, in index order (the search merge can start from them before the site model exists); read only with the pages.</summary>
    public IReadOnlyList<string> SearchOrder { get; set; } = Array.Empty<string>();

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
            byte[] delta;
            BuildCache? cache;
            BaseReference? reference;
            using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
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
                (cache, reference) = ReadHeader(header, includePages);
                if (cache is not null)
                {
                    cache.StoredPageBytes = (fileLength - prefix.Length - headerLength) + (reference?.Length ?? 0);
                }

                if (cache is null || !includePages)
                {
                    return cache ?? new BuildCache(CurrentToolKey);
                }

                var deltaStart = prefix.Length + (long)headerLength;
                if (fileLength - deltaStart > int.MaxValue)
                {
                    return new BuildCache(CurrentToolKey);
                }

                delta = GC.AllocateUninitializedArray<byte>((int)(fileLength - deltaStart));
                ReadAt(handle, delta, deltaStart);
            }

            StoredSection? stored = null;
            if (reference is { } baseFile)
            {
                stored = ReadBase(Path.Combine(Path.GetDirectoryName(path)!, baseFile.Name), baseFile);
                if (stored is null)
                {
                    return new BuildCache(CurrentToolKey);
                }
            }

            return ReadPages(cache, stored, reference?.Slots ?? Array.Empty<PageSlot>(), delta) ? cache : new BuildCache(CurrentToolKey);
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

    /// <summary>
    /// Writes the cache atomically (a reader never sees half a cache). Failure to save is not an error.
    /// Unchanged pages stay in the base file they were loaded from (see the class remarks), so a run that
    /// changed a few pages writes only them, with the header; a new base file is written when too many
    /// pages left the old one.
    /// </summary>
    public bool TrySave(string path)
    {
        try
        {
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var (outside, outsideBytes) = PagesOutside(_base);
            var keepBase = _base is not null && outside <= Math.Max(MaxDeltaPages, Pages.Count / 10) && outsideBytes <= Math.Max(MaxDeltaBytes, _base.Data.Length / 10);
            BaseReference? reference = null;
            if (keepBase)
            {
                reference = new BaseReference(_base!.Name, _base.Data.Length, _base.Hash, BaseSlots(_base));
            }
            else if (Pages.Count > 0)
            {
                // Every page into a new base file (copying those stored in the loaded sections when most are).
                var name = Path.GetFileNameWithoutExtension(path) + ".pages-" + Guid.NewGuid().ToString("N").Substring(0, 16) + ".bin";
                var reusable = _base is not null && (Pages.Count - outside) * 2 >= Pages.Count;
                var table = reusable ? new List<string>(_delta?.Terms ?? _base!.Terms) : new List<string>();
                var sources = reusable ? new[] { _base!.Data, _delta?.Data } : Array.Empty<byte[]?>();
                var slots = new List<PageSlot>(Pages.Count);
                ulong hash = 0;
                long length = 0;
                AtomicFile.Write(Path.Combine(directory, name), stream =>
                {
                    stream.Write(BaseMagic);
                    Span<byte> version = stackalloc byte[4];
                    BinaryPrimitives.WriteInt32LittleEndian(version, FormatVersion);
                    stream.Write(version);
                    (hash, length) = WriteSection(stream, Pages.Values, table, sources, slots);
                });
                reference = new BaseReference(name, length, hash, slots.ToArray());
            }

            var header = new MemoryStream();
            using (var writer = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
            {
                WriteHeader(writer, reference);
            }

            AtomicFile.Write(path, stream =>
            {
                using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(Magic);
                    writer.Write(FormatVersion);
                    writer.Write(checked((int)header.Length));
                    writer.Write(header.GetBuffer(), 0, (int)header.Length);
                }

                // The pages outside the base (none after a new base), with the terms they add to its table.
                IEnumerable<PageRecord> rest = keepBase ? Pages.Values.Where(page => !InSection(page, _base!.Data)) : Array.Empty<PageRecord>();
                var deltaTable = new List<string>(keepBase ? _delta?.Terms ?? _base!.Terms : Array.Empty<string>());
                var ownStart = keepBase ? _base!.Terms.Length : 0;
                WriteSection(stream, rest, deltaTable, keepBase ? new[] { _delta?.Data } : Array.Empty<byte[]?>(), null, ownStart);
            });

            RemoveOtherBases(path, reference?.Name);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Lets the next save keep or copy pages that are unchanged since <paramref name="loaded"/> was read, instead of encoding them again.</summary>
    public void ReuseStoredPages(BuildCache loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        _base = loaded._base;
        _delta = loaded._delta;
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

    // Reading a large file into a new array is mostly the page faults of the fresh memory (~30 ms for a 3,000-page
    // site's 70 MB base file on one core): every core reads its own pieces. A short file fails the load as ReadAt does.
    private static void ReadInParallel(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] buffer, long offset)
    {
        const int Piece = 8 << 20;
        var pieces = (buffer.Length + Piece - 1) / Piece;
        if (pieces < 2 || Environment.ProcessorCount < 2)
        {
            ReadAt(handle, buffer, offset);
            return;
        }

        System.Threading.Tasks.Parallel.For(0, pieces, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var start = i * Piece;
            ReadAt(handle, buffer.AsSpan(start, Math.Min(Piece, buffer.Length - start)), offset + start);
        });
    }

    // The base file a header names, when it is exactly the file the header was written with.
    private static StoredSection? ReadBase(string path, BaseReference reference)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(handle);
        var prefix = BaseMagic.Length + 4;
        if (length != reference.Length + prefix)
        {
            return null;
        }

        var head = new byte[prefix];
        ReadAt(handle, head, 0);
        if (!head.AsSpan(0, BaseMagic.Length).SequenceEqual(BaseMagic) || BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(BaseMagic.Length)) != FormatVersion)
        {
            return null;
        }

        // Filled whole by ReadAt (or the load fails), so it need not be cleared first.
        var data = GC.AllocateUninitializedArray<byte>(checked((int)reference.Length));
        using (StageTrace.Time("cache base read"))
        {
            ReadInParallel(handle, data, prefix);
        }

        var section = ParseSection(data, Array.Empty<string>());
        return section is not null && section.Hash == reference.Hash ? section with { Name = reference.Name } : null;
    }

    // A page section: page count, each page as a length-prefixed record, then the search terms it adds to the
    // table it extends (records refer to terms by their number in the whole table); after it, where those
    // terms start, the section's content hash (XXH64, ContentHash), and the trailer. A section cut short (a full disk) has no
    // trailer, and a damaged one fails its hash: either is ignored rather than trusted.
    private static StoredSection? ParseSection(byte[] data, string[] extends)
    {
        const int Tail = 8 + 8;
        if (data.Length < Trailer.Length + Tail || !data.AsSpan(data.Length - Trailer.Length).SequenceEqual(Trailer))
        {
            return null;
        }

        var sectionLength = data.Length - Trailer.Length - Tail;
        var termsStart = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(sectionLength));
        var hash = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(sectionLength + 8));
        if (termsStart < 4 || termsStart > sectionLength || ContentHash.Of(data.AsSpan(0, sectionLength)) != hash)
        {
            return null;
        }

        var termReader = new CacheBlobReader(data, (int)termsStart, sectionLength);
        var own = Count(ref termReader);
        var terms = new string[extends.Length + own];
        Array.Copy(extends, terms, extends.Length);
        for (var i = extends.Length; i < terms.Length; i++)
        {
            terms[i] = termReader.ReadString();
        }

        return termReader.AtEnd ? new StoredSection(string.Empty, data, terms, (int)termsStart, hash) : null;
    }

    // Decodes the base pages the header lists and every page of the index file's own section, on every core.
    private static bool ReadPages(BuildCache cache, StoredSection? stored, PageSlot[] baseSlots, byte[] deltaData)
    {
        var delta = ParseSection(deltaData, stored?.Terms ?? Array.Empty<string>());
        if (delta is null)
        {
            return false;
        }

        var work = new List<(StoredSection Section, PageSlot Slot)>(baseSlots.Length + 16);
        foreach (var slot in baseSlots)
        {
            if (stored is null || slot.Offset < 4 || slot.Length < 0 || slot.Offset + slot.Length > stored.TermsStart)
            {
                return false;
            }

            work.Add((stored, slot));
        }

        var reader = new CacheBlobReader(deltaData, 0, delta.TermsStart);
        var count = Count(ref reader);
        for (var i = 0; i < count; i++)
        {
            var length = reader.ReadInt32();
            work.Add((delta, new PageSlot(reader.Position, length)));
            reader.Skip(length);
        }

        if (!reader.AtEnd)
        {
            return false;
        }

        var pages = new PageRecord[work.Count];
        System.Threading.Tasks.Parallel.For(0, work.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (section, slot) = work[i];
            var page = new CacheBlobReader(section.Data, (int)slot.Offset, (int)slot.Offset + slot.Length);
            // The delta's table extends the base's with the same numbers: one table for every page, so the
            // search merge can tell terms apart by number.
            var record = ReadPage(ref page, delta.Terms);
            if (!page.AtEnd)
            {
                throw new InvalidDataException("A cached page has trailing bytes.");
            }

            record.CacheSlot = slot;
            record.CacheSection = section.Data;
            pages[i] = record;
        });

        foreach (var page in pages)
        {
            cache.Pages[page.DocsPath] = page;
        }

        cache._base = stored;
        cache._delta = delta;
        return true;
    }

    // Writes a page section (see ParseSection) to the stream: records from `sources` copied as they are (in
    // runs of neighbours), the others encoded; `table` is the whole term table, of which the section stores
    // the part from `ownStart` on. Returns the section's hash and length; `slots` receives where each record went.
    private (ulong Hash, long Length) WriteSection(Stream stream, IEnumerable<PageRecord> pages, List<string> table, byte[]?[] sources, List<PageSlot>? slots, int ownStart = 0)
    {
        using var hashing = new HashingStream(stream);
        using var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true);
        Dictionary<string, int>? termIds = null;
        Dictionary<string, int> TermIds()
        {
            if (termIds is null)
            {
                termIds = new Dictionary<string, int>(table.Count, StringComparer.Ordinal);
                for (var i = 0; i < table.Count; i++)
                {
                    termIds.TryAdd(table[i], i);
                }
            }

            return termIds;
        }

        var list = pages as ICollection<PageRecord> ?? pages.ToList();
        var encoded = new MemoryStream();
        using var pageWriter = new BinaryWriter(encoded, Encoding.UTF8, leaveOpen: true);
        long position = 4;
        writer.Write(list.Count);

        // A run of stored records (each with its length prefix) that lie one after another in one source.
        byte[]? runSource = null;
        var runStart = 0;
        var runEnd = 0;
        void FlushRun()
        {
            if (runSource is not null)
            {
                writer.Write(runSource, runStart, runEnd - runStart);
                position += runEnd - runStart;
            }

            runSource = null;
        }

        foreach (var page in list)
        {
            var source = page.CacheSlot is { } slot && slot.Offset >= 4 ? Array.Find(sources, candidate => candidate is not null && InSection(page, candidate)) : null;
            if (source is not null)
            {
                var (offset, length) = ((int)page.CacheSlot!.Value.Offset, page.CacheSlot.Value.Length);
                if (runSource != source || offset - 4 != runEnd)
                {
                    FlushRun();
                    runSource = source;
                    runStart = offset - 4;
                }

                runEnd = offset + length;
                slots?.Add(new PageSlot(position + (runEnd - runStart) - length, length));
                continue;
            }

            FlushRun();
            encoded.SetLength(0);
            WritePage(pageWriter, page, table, TermIds());
            pageWriter.Flush();
            writer.Write(checked((int)encoded.Length));
            writer.Write(encoded.GetBuffer(), 0, (int)encoded.Length);
            slots?.Add(new PageSlot(position + 4, (int)encoded.Length));
            position += 4 + encoded.Length;
        }

        FlushRun();
        writer.Write(table.Count - ownStart);
        for (var i = ownStart; i < table.Count; i++)
        {
            writer.Write(table[i]);
        }

        writer.Flush();
        var termsStart = position;
        var hash = hashing.Hash;
        var sectionLength = hashing.Length;

        // Past the hashed part: where the terms start, the hash, the trailer.
        Span<byte> tail = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(tail, termsStart);
        BinaryPrimitives.WriteUInt64LittleEndian(tail[8..], hash);
        stream.Write(tail);
        stream.Write(Trailer);
        return (hash, sectionLength + tail.Length + Trailer.Length);
    }

    private static bool InSection(PageRecord page, byte[] section) =>
        ReferenceEquals(page.CacheSection, section) && page.CacheSlot is { } slot && slot.Offset >= 4 && slot.Offset + slot.Length <= section.Length;

    // How many pages (and about how many bytes of them) a save would write outside the base file.
    private (int Pages, long Bytes) PagesOutside(StoredSection? stored)
    {
        var count = 0;
        long bytes = 0;
        foreach (var page in Pages.Values)
        {
            if (stored is null || !InSection(page, stored.Data))
            {
                count++;
                bytes += page.CacheSlot?.Length ?? (2L * (page.Body.Length + page.FrontmatterBlock.Length));
            }
        }

        return (count, bytes);
    }

    private PageSlot[] BaseSlots(StoredSection stored)
    {
        var slots = new List<PageSlot>(Pages.Count);
        foreach (var page in Pages.Values)
        {
            if (InSection(page, stored.Data))
            {
                slots.Add(page.CacheSlot!.Value);
            }
        }

        return slots.ToArray();
    }

    // Base files of this cache that the header just written does not name (replaced bases): best effort.
    private static void RemoveOtherBases(string path, string? keep)
    {
        try
        {
            var prefix = Path.GetFileNameWithoutExtension(path) + ".pages-";
            foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, prefix + "*.bin"))
            {
                if (!string.Equals(Path.GetFileName(file), keep, StringComparison.Ordinal))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A stale base is only disk space: the next save tries again.
        }
    }

    private static (BuildCache? Cache, BaseReference? Base) ReadHeader(byte[] header, bool includeMemo)
    {
        var reader = new CacheBlobReader(header, 0, header.Length);
        var toolKey = reader.ReadString();
        if (!string.Equals(toolKey, CurrentToolKey, StringComparison.Ordinal))
        {
            return (null, null);
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

        BaseReference? reference = null;
        if (reader.ReadBoolean())
        {
            var name = reader.ReadString();
            if (name.Length == 0 || name.IndexOfAny(new[] { '/', '\\' }) >= 0 || name != Path.GetFileName(name))
            {
                throw new InvalidDataException("The cache names an invalid base file.");
            }

            var length = reader.ReadInt64();
            var hash = reader.ReadUInt64();
            var slots = new PageSlot[Count(ref reader)];
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = new PageSlot(reader.ReadInt64(), reader.ReadInt32());
            }

            reference = new BaseReference(name, length, hash, slots);
        }

        cache.RenderMemo = ReadRenderMemo(ref reader, includeMemo);
        var order = Count(ref reader);
        var searchOrder = new string[includeMemo ? order : 0];
        for (var i = 0; i < order; i++)
        {
            if (includeMemo)
            {
                searchOrder[i] = reader.ReadString();
            }
            else
            {
                reader.Skip(reader.Read7BitEncodedInt());
            }
        }

        cache.SearchOrder = searchOrder;
        return (cache, reference);
    }

    // Each entry: artifact, 128-bit key, the text as UTF-8 and its content hash (a damaged text is dropped, so it is rendered again).
    private static List<RenderMemoEntry> ReadRenderMemo(ref CacheBlobReader reader, bool decode)
    {
        var entries = new List<RenderMemoEntry>();
        var count = Count(ref reader);
        for (var i = 0; i < count; i++)
        {
            var artifact = (Templates.TextArtifact)reader.ReadInt32();
            var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var text = reader.ReadMemory(Count(ref reader));
            var hash = reader.ReadUInt64();
            if (decode && Enum.IsDefined(artifact) && ContentHash.Of(text.Span) == hash)
            {
                entries.Add(new RenderMemoEntry(artifact, key, Encoding.UTF8.GetString(text.Span)));
            }
        }

        return entries;
    }

    private void WriteRenderMemo(BinaryWriter writer)
    {
        writer.Write(RenderMemo.Count);
        foreach (var entry in RenderMemo)
        {
            writer.Write((int)entry.Artifact);
            writer.Write((ulong)(entry.Key >> 64));
            writer.Write((ulong)entry.Key);
            var text = entry.Utf8();
            writer.Write(text.Length);
            writer.Write(text);
            writer.Write(ContentHash.Of(text));
        }
    }

    private void WriteHeader(BinaryWriter writer, BaseReference? reference)
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

        writer.Write(reference is not null);
        if (reference is { } stored)
        {
            writer.Write(stored.Name);
            writer.Write(stored.Length);
            writer.Write(stored.Hash);
            writer.Write(stored.Slots.Length);
            foreach (var slot in stored.Slots)
            {
                writer.Write(slot.Offset);
                writer.Write(slot.Length);
            }
        }

        WriteRenderMemo(writer);
        writer.Write(SearchOrder.Count);
        foreach (var path in SearchOrder)
        {
            writer.Write(path);
        }
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
        var record = new PageRecord(docsPath, sourceHash, conversionKey, dependencies, frontmatter, body, title, description, headings, groups, order, date, lastModified, draft,
            searchFlag == 0 ? null : searchFlag == 2, groupSpan, diagnostics)
        {
            SearchPage = reader.ReadBoolean() ? ReadSearchPage(ref reader, terms) : null,
        };
        if (reader.ReadBoolean())
        {
            record.MirrorStamp = (reader.ReadInt64(), reader.ReadUInt64());
        }

        return record;
    }

    private static PreparedSearchPage ReadSearchPage(ref CacheBlobReader reader, string[] terms)
    {
        var title = reader.ReadString();
        var description = reader.ReadString();
        var maxChunkChars = reader.ReadInt32();
        var overlapChars = reader.ReadInt32();
        var termNumbers = new int[Count(ref reader)];
        for (var i = 0; i < termNumbers.Length; i++)
        {
            var id = reader.Read7BitEncodedInt();
            if ((uint)id >= (uint)terms.Length)
            {
                throw new InvalidDataException("A cached search page refers to an unknown term.");
            }

            termNumbers[i] = id;
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
                chunks[i] = PreparedSearchPageFormat.RestoreChunk(headingPath, anchor, part, length, postings, termNumbers.Length);
            }
            catch (SearchIndexFormatException error)
            {
                throw new InvalidDataException(error.Message, error);
            }
        }

        return PreparedSearchPageFormat.RestorePage(title, description, maxChunkChars, overlapChars, terms, termNumbers, chunks);
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

        writer.Write(page.MirrorStamp is not null);
        if (page.MirrorStamp is { } mirror)
        {
            writer.Write(mirror.Length);
            writer.Write(mirror.Hash);
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
