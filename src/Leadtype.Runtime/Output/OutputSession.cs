using System;
using System.Collections.Concurrent;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace Leadtype.Output;

/// <summary>
/// The one way the project writes an output directory. <see cref="Open"/> takes the directory's
/// single-flight lock (unless <c>LEADTYPE_NO_LOCK=1</c>) and sweeps temps leaked by killed runs; each
/// write is atomic and skips byte-identical targets; <see cref="Complete"/> prunes the declared
/// <see cref="SyncScope"/>s (only after every write succeeded) and releases the lock. Disposing
/// without completing releases the lock and prunes nothing. Writes may run in parallel from many
/// threads; pages are written as they are produced, so memory does not grow with the site.
/// </summary>
public sealed class OutputSession : IDisposable
{
    private readonly OutputLock? _lock;
    private readonly string _root;
    private readonly StringComparer _pathComparer;
    // Reference-type values, so the tool's ReadyToRun code for these dictionaries is the framework's shared
    // instantiation instead of value-type code compiled by the JIT at start-up.
    private readonly ConcurrentDictionary<string, FileRecord> _files;
    private readonly ConcurrentDictionary<string, string> _verifiedDirectories;
    private readonly ConcurrentDictionary<string, ContentStamp> _stamps;
    private Dictionary<string, ContentStamp>? _previous;
    private readonly List<SyncScope> _scopes = new();
    private readonly IReadOnlyList<string> _swept;
    private int _state;

    private OutputSession(string root, OutputLock? outputLock, IReadOnlyList<string> swept)
    {
        _root = root;
        _lock = outputLock;
        _swept = swept;
        _pathComparer = LockLocation.IsCaseInsensitiveFileSystem ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _files = new ConcurrentDictionary<string, FileRecord>(_pathComparer);
        _verifiedDirectories = new ConcurrentDictionary<string, string>(_pathComparer);
        _stamps = new ConcurrentDictionary<string, ContentStamp>(_pathComparer);
    }

    /// <summary>The output directory (full path).</summary>
    public string OutputDirectory => _root;

    /// <summary>Whether this session holds the output directory's lock.</summary>
    public bool IsLocked => _lock?.IsHeld == true;

    /// <summary>Temp files of killed runs that <see cref="Open"/> removed (relative, <c>/</c>-separated).</summary>
    public IReadOnlyList<string> SweptTempFiles => _swept;

    private WriteGate? Gate => _lock?.Gate;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The stamp of every file this session wrote or confirmed unchanged (relative path → length, hash,
    /// mtime after the write): give it to the next run's <see cref="Remember"/>.
    /// </summary>
    public IReadOnlyDictionary<string, ContentStamp> Stamps => _stamps;

    /// <summary>Every path this session has written or confirmed unchanged so far: what <see cref="Complete"/> reports as written or unchanged.</summary>
    public IReadOnlyCollection<string> Paths => _files.Values.Select(file => file.Path).ToList();

    /// <summary>Takes the lock of <paramref name="outputDirectory"/> (waiting for other runs), creates the directory and sweeps leaked temps.</summary>
    public static OutputSession Open(string outputDirectory, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= OutputOptions.FromEnvironment();
        foreach (var warning in options.Warnings)
        {
            options.EffectiveLog.WriteLine("leadtype: warning: " + warning);
        }

        var root = LockLocation.NormalizeFullPath(outputDirectory);
        var outputLock = options.UseLock ? OutputLock.Acquire(root, options, cancellationToken) : null;
        try
        {
            if (PathEntry.KindOf(root) == PathEntryKind.File)
            {
                throw new OutputException($"the output directory \"{root}\" is a file.");
            }

            Directory.CreateDirectory(root);

            // Without the lock another run's temps may be in flight, so only a locked run sweeps.
            var swept = outputLock is null ? Array.Empty<string>() : LeakedTempSweep.Sweep(root, options.StaleAfter);
            return new OutputSession(root, outputLock, swept);
        }
        catch
        {
            outputLock?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a session, writes <paramref name="files"/> in order (pulled one at a time), prunes
    /// <paramref name="syncScopes"/>, and releases the lock.
    /// </summary>
    public static OutputReport Run(
        string outputDirectory,
        IEnumerable<OutputFile> files,
        IEnumerable<SyncScope>? syncScopes = null,
        OutputOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var session = Open(outputDirectory, options, cancellationToken);
        foreach (var scope in syncScopes ?? Array.Empty<SyncScope>())
        {
            session.Sync(scope);
        }

        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Write(file);
        }

        return session.Complete();
    }

    /// <summary>
    /// What a previous run wrote (relative path → <see cref="ContentStamp"/>), before the writes: a file whose
    /// new bytes match its stamp, and whose length and mtime on disk still do, is left alone without being
    /// read; one whose bytes do not match is replaced without being read either.
    /// </summary>
    public void Remember(IEnumerable<KeyValuePair<string, ContentStamp>> previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ThrowIfNotOpen();
        var stamps = new Dictionary<string, ContentStamp>(_pathComparer);
        foreach (var (path, stamp) in previous)
        {
            stamps[OutputPath.Normalize(path)] = stamp;
        }

        _previous = stamps;
    }

    public WriteOutcome Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var (key, full) = Prepare(relativePath);
        var hash = ContentHash.Of(content);
        var known = Known(key, full, content.Length, hash);
        if (known == true)
        {
            return Record(key, WriteOutcome.Unchanged, _previous![key]);
        }

        var outcome = AtomicFile.WriteAllBytes(full, content, Gate, compare: known is null);
        return Record(key, outcome, Stamp(full, content.Length, hash));
    }

    /// <summary>
    /// Confirms, without the content, that <paramref name="relativePath"/> still holds bytes of this length and
    /// content hash: true (recorded as unchanged) when the previous run's stamp says so and the file is as it left
    /// it; false when that cannot be told, and the caller writes the content.
    /// </summary>
    public bool TryConfirmUnchanged(string relativePath, long length, ulong hash)
    {
        var (key, full) = Prepare(relativePath);
        if (Known(key, full, length, hash) != true)
        {
            return false;
        }

        Record(key, WriteOutcome.Unchanged, _previous![key]);
        return true;
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public WriteOutcome WriteText(string relativePath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8NoBom.GetBytes(content, buffer);
            return Write(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Streams a file's content through <paramref name="writer"/> into its temp sibling.</summary>
    public WriteOutcome Write(string relativePath, Action<Stream> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (key, full) = Prepare(relativePath);
        var outcome = AtomicFile.Write(full, writer, Gate, (length, hash) => Known(key, full, length, hash), out var written, out var contentHash);
        return outcome == WriteOutcome.Unchanged && _previous is not null && _previous.TryGetValue(key, out var previous) && previous.Length == written && previous.Hash == contentHash
            ? Record(key, outcome, previous)
            : Record(key, outcome, Stamp(full, written, contentHash));
    }

    public WriteOutcome Copy(string relativePath, string sourcePath)
    {
        var (key, full) = Prepare(relativePath);

        // A copy's content hash is unknown without reading it, so it gets no stamp (the next run compares).
        _stamps.TryRemove(key, out _);
        return Record(key, AtomicFile.Copy(sourcePath, full, Gate));
    }

    /// <summary>
    /// Writes <paramref name="relativePath"/> with the bytes this session just wrote to <paramref name="writtenRelativePath"/>
    /// (a second copy, such as a <c>.well-known</c> one), copying the file instead of producing its content again.
    /// </summary>
    public WriteOutcome CopyWritten(string relativePath, string writtenRelativePath)
    {
        var from = OutputPath.Normalize(writtenRelativePath);
        if (!_stamps.TryGetValue(from, out var source))
        {
            throw new InvalidOperationException("\"" + writtenRelativePath + "\" was not written by this session.");
        }

        var (key, full) = Prepare(relativePath);
        var known = Known(key, full, source.Length, source.Hash);
        if (known == true)
        {
            return Record(key, WriteOutcome.Unchanged, _previous![key]);
        }

        // A stamp that proves the target differs spares reading both files to compare them.
        var outcome = AtomicFile.Copy(OutputPath.Combine(_root, from), full, Gate, compare: known is null);
        return Record(key, outcome, Stamp(full, source.Length, source.Hash));
    }

    public WriteOutcome Write(OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes is { } bytes)
        {
            return Write(file.RelativePath, bytes.Span);
        }

        if (file.Text is { } text)
        {
            return WriteText(file.RelativePath, text);
        }

        return file.Writer is { } writer ? Write(file.RelativePath, writer) : Copy(file.RelativePath, file.CopyFrom!);
    }

    /// <summary>Declares that <paramref name="scope"/> must hold exactly what this session writes under it; pruned by <see cref="Complete"/>.</summary>
    public void Sync(SyncScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ThrowIfNotOpen();
        var directory = scope.RelativeDirectory.Length == 0 ? string.Empty : OutputPath.Normalize(scope.RelativeDirectory);
        lock (_scopes)
        {
            _scopes.Add(scope with { RelativeDirectory = directory });
        }
    }

    /// <summary>Prunes the declared scopes, releases the lock and reports what the session did.</summary>
    public OutputReport Complete()
    {
        ThrowIfNotOpen();
        var deleted = new List<string>();
        var removedDirectories = new List<string>();
        List<SyncScope> scopes;
        lock (_scopes)
        {
            scopes = _scopes.ToList();
        }

        foreach (var scope in scopes)
        {
            var prefix = scope.RelativeDirectory.Length == 0 ? string.Empty : scope.RelativeDirectory + "/";
            var keep = new HashSet<string>(_pathComparer);
            foreach (var (path, _) in _files.Values)
            {
                if (path.StartsWith(prefix, _pathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
                {
                    keep.Add(path[prefix.Length..]);
                }
            }

            var directory = scope.RelativeDirectory.Length == 0 ? _root : OutputPath.Combine(_root, scope.RelativeDirectory);
            EnsureNoLinkOnTheWay(scope.RelativeDirectory);
            var result = DirectorySync.Prune(
                directory,
                keep,
                scope.IsPrunable is { } isPrunable ? relative => isPrunable(prefix + relative) : null,
                Gate);
            deleted.AddRange(result.DeletedFiles.Select(path => prefix + path));
            removedDirectories.AddRange(result.RemovedDirectories.Select(path => prefix + path));
        }

        var written = _files.Values.Where(file => file.Outcome == WriteOutcome.Written).Select(file => file.Path).ToList();
        var unchanged = _files.Values.Where(file => file.Outcome == WriteOutcome.Unchanged).Select(file => file.Path).ToList();
        var report = new OutputReport(
            _root,
            _lock is not null,
            _lock?.WaitTime ?? TimeSpan.Zero,
            Sorted(written),
            Sorted(unchanged),
            Sorted(deleted),
            Sorted(removedDirectories),
            _swept);
        Interlocked.Exchange(ref _state, 1);
        _lock?.Dispose();
        return report;
    }

    /// <summary>Releases the lock. Without <see cref="Complete"/>, nothing is pruned: a failed run never deletes output.</summary>
    public void Dispose()
    {
        Interlocked.Exchange(ref _state, 2);
        _lock?.Dispose();
    }

    private (string Key, string FullPath) Prepare(string relativePath)
    {
        ThrowIfNotOpen();
        var relative = OutputPath.Normalize(relativePath);
        var slash = relative.LastIndexOf('/');
        if (slash > 0)
        {
            EnsureDirectory(relative[..slash]);
        }

        return (relative, OutputPath.Combine(_root, relative));
    }

    // Creates the directories of a relative path, refusing to pass through a link (which could lead out of the output).
    private void EnsureDirectory(string relativeDirectory)
    {
        if (_verifiedDirectories.ContainsKey(relativeDirectory))
        {
            return;
        }

        var slash = relativeDirectory.LastIndexOf('/');
        if (slash > 0)
        {
            EnsureDirectory(relativeDirectory[..slash]);
        }

        var full = OutputPath.Combine(_root, relativeDirectory);
        switch (PathEntry.KindOf(full))
        {
            case PathEntryKind.Link:
                throw new OutputException(
                    $"refusing to write into \"{full}\": it is a link, and output is never written through links that could lead out of \"{_root}\".");
            case PathEntryKind.File:
                throw new OutputException($"cannot create the output directory \"{full}\": a file of that name exists.");
            case PathEntryKind.Absent:
                Directory.CreateDirectory(full);
                break;
        }

        _verifiedDirectories.TryAdd(relativeDirectory, relativeDirectory);
    }

    private void EnsureNoLinkOnTheWay(string relativeDirectory)
    {
        if (relativeDirectory.Length == 0)
        {
            return;
        }

        var current = string.Empty;
        foreach (var segment in relativeDirectory.Split('/'))
        {
            current = current.Length == 0 ? segment : current + "/" + segment;
            if (PathEntry.KindOf(OutputPath.Combine(_root, current)) == PathEntryKind.Link)
            {
                throw new OutputException(
                    $"refusing to prune \"{OutputPath.Combine(_root, relativeDirectory)}\": \"{current}\" is a link, and pruning never follows links.");
            }
        }
    }

    // Whether the target holds these bytes, as far as the previous run's stamp tells: null when it cannot tell.
    private bool? Known(string key, string fullPath, long length, ulong hash)
    {
        if (_previous is null || !_previous.TryGetValue(key, out var stamp))
        {
            return null;
        }

        FileInfo info;
        try
        {
            info = new FileInfo(fullPath);
            if (!info.Exists || info.Length != stamp.Length || info.LastWriteTimeUtc.Ticks != stamp.LastWriteTicks)
            {
                // Changed since the previous run wrote it (or gone): only a comparison can tell.
                return null;
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The file is as the previous run left it, so its bytes are the stamped ones.
        return stamp.Length == length && stamp.Hash == hash;
    }

    private static ContentStamp Stamp(string fullPath, long length, ulong hash)
    {
        try
        {
            var info = new FileInfo(fullPath);
            return new ContentStamp(length, hash, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return new ContentStamp(length, hash, 0);
        }
    }

    private WriteOutcome Record(string relative, WriteOutcome outcome, ContentStamp stamp)
    {
        _stamps[relative] = stamp;
        return Record(relative, outcome);
    }

    private WriteOutcome Record(string relative, WriteOutcome outcome)
    {
        // A path written twice counts as written if either write changed it.
        _files.AddOrUpdate(
            relative,
            new FileRecord(relative, outcome),
            (_, previous) => new FileRecord(relative, previous.Outcome == WriteOutcome.Written ? WriteOutcome.Written : outcome));
        return outcome;
    }

    private void ThrowIfNotOpen()
    {
        var state = Volatile.Read(ref _state);
        if (state != 0)
        {
            throw new ObjectDisposedException(nameof(OutputSession), state == 1 ? "The output session is already complete." : "The output session is disposed.");
        }
    }

    /// <summary>What the session did to one path.</summary>
    private sealed record FileRecord(string Path, WriteOutcome Outcome);

    private static IReadOnlyList<string> Sorted(List<string> paths)
    {
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }
}
