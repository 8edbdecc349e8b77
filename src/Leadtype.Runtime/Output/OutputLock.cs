using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Threading;

namespace Leadtype.Output;

/// <summary>
/// The single-flight lock of one output directory, shared by every process (and every independent
/// thread) that writes there. Protocol:
/// <list type="bullet">
/// <item><b>Acquire</b>: prepare <c>&lt;lock&gt;.stage-…/holder-&lt;token&gt;/owner.json</c>, then rename the
/// stage directory to the lock path. The rename fails while the lock exists, so a lock is never
/// visible without its owner record.</item>
/// <item><b>Judge</b> a held lock: owner dead (pid gone, zombie, or pid alive with another start
/// time) → abandoned now; owner alive → wait; owner not identifiable (no valid record, another
/// machine, start time unreadable) → abandoned once nothing in it changed for the stale window.</item>
/// <item><b>Reclaim</b> by moving out the exact entries that were judged, by name. A fresh lock can
/// only appear at an empty or absent path, and its holder entry has a new random name, so a reclaim
/// can never remove a lock another waiter just took; the lock directory itself is only ever removed
/// with <c>rmdir</c>, which fails unless it is empty.</item>
/// <item><b>Hold</b>: refresh the holder directory's mtime; release on dispose, process exit and
/// SIGINT/SIGTERM/SIGHUP (see <see cref="LockTermination"/>).</item>
/// </list>
/// Not reentrant: acquiring the same output directory again from the flow that holds it throws.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan MaxPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan DrainOnTermination = TimeSpan.FromSeconds(5);

    private readonly LockLocation _location;
    private readonly string _holderPath;
    private readonly TextWriter _log;
    private readonly Timer _keepalive;
    private readonly LockTermination _termination;
    private int _released;
    private int _lost;

    private OutputLock(LockLocation location, string token, TimeSpan waited, OutputOptions options)
    {
        _location = location;
        _holderPath = Path.Combine(location.LockPath, location.HolderName(token));
        _log = options.EffectiveLog;
        WaitTime = waited;
        HeldLocks.Add(location.Key);
        var interval = options.EffectiveKeepalive;
        _keepalive = new Timer(_ => Touch(), null, interval, interval);
        _termination = new LockTermination(Terminate, options.ExitOnSignal);
    }

    /// <summary>The output directory this lock protects (full path).</summary>
    public string OutputDirectory => _location.OutputDirectory;

    /// <summary>The lock directory under the temp folder.</summary>
    public string LockPath => _location.LockPath;

    /// <summary>How long this run waited for other runs before it got the lock.</summary>
    public TimeSpan WaitTime { get; }

    public bool IsHeld => Volatile.Read(ref _released) == 0;

    internal WriteGate Gate { get; } = new();

    /// <summary>
    /// Waits for and takes the lock of <paramref name="outputDirectory"/>. Throws
    /// <see cref="OutputLockTimeoutException"/> after <see cref="OutputOptions.WaitTimeout"/>, and
    /// <see cref="OutputException"/> when the current flow already holds it.
    /// </summary>
    public static OutputLock Acquire(string outputDirectory, OutputOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= OutputOptions.FromEnvironment();
        var location = LockLocation.For(outputDirectory, options);
        if (HeldLocks.IsHeldByCurrentFlow(location.Key))
        {
            throw new OutputException(
                $"this run already holds the output lock for \"{location.OutputDirectory}\"; the lock is not reentrant, and " +
                "waiting for it here would wait for ourselves forever. Write through the open output session instead of opening another.");
        }

        location.EnsureBaseDirectory();
        var token = NewToken();
        var stage = location.StagePath(token);
        Prepare(stage, location, token);
        var log = options.EffectiveLog;
        var clock = Stopwatch.StartNew();
        var poll = FirstPoll;
        var noticeShown = false;
        var freeButNotTaken = 0;
        var attempts = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TryInstall(stage, location, out var installError))
                {
                    break;
                }

                attempts++;

                var snapshot = LockSnapshot.Take(location);
                if (snapshot.State is LockState.Absent or LockState.Empty)
                {
                    if (snapshot.State == LockState.Empty)
                    {
                        PathEntry.TryRemoveEmptyDirectory(location.LockPath);
                    }

                    // Free, yet the rename failed: another waiter may have just won; anything persistent is a real error.
                    if (++freeButNotTaken > 200)
                    {
                        throw new OutputException($"cannot create the output lock \"{location.LockPath}\": {installError?.Message}", installError!);
                    }

                    if (freeButNotTaken > 3)
                    {
                        Thread.Sleep(1);
                    }

                    continue;
                }

                freeButNotTaken = 0;

                // An abandoned lock that cannot be cleared (an entry we may not remove) is waited on like a held one.
                if (IsAbandoned(snapshot, options) && Reclaim(location, snapshot))
                {
                    continue;
                }

                if (!noticeShown)
                {
                    log.WriteLine("leadtype: " + DescribeWait(location, snapshot, options));
                    log.Flush();
                    noticeShown = true;
                }

                if (clock.Elapsed >= options.WaitTimeout)
                {
                    throw new OutputLockTimeoutException(DescribeTimeout(location, snapshot, clock.Elapsed));
                }

                var remaining = options.WaitTimeout - clock.Elapsed;
                cancellationToken.WaitHandle.WaitOne(remaining < poll ? remaining : poll);
                poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, MaxPoll.Ticks));
            }
        }
        catch
        {
            TryRemove(stage);
            throw;
        }

        var held = new OutputLock(location, token, clock.Elapsed, options);
        if (attempts > 0)
        {
            // The record and the holder's mtime date from before the wait; make them say when the lock was really taken.
            held.Restamp(token);
        }

        RemoveLeftovers(location);
        return held;
    }

    /// <summary>Releases the lock (idempotent). Only this holder's own entry is removed.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0)
        {
            return;
        }

        _keepalive.Dispose();
        _termination.Dispose();
        HeldLocks.Remove(_location.Key);
        RemoveOwnHolder();
        PathEntry.TryRemoveEmptyDirectory(_location.LockPath);
        if (Volatile.Read(ref _lost) != 0)
        {
            _log.WriteLine(
                $"leadtype: warning: the output lock \"{_location.LockPath}\" was taken away while this run held it " +
                $"(its owner record disappeared); another run may have written to \"{_location.OutputDirectory}\" at the same time.");
            _log.Flush();
        }
    }

    // Only this holder's entry, named by its unique token: deleting it can never touch another run's lock.
    // (A waiter that looks mid-delete sees an entry without a record, which it only reclaims when stale.)
    private void RemoveOwnHolder()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(_holderPath, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                Interlocked.Exchange(ref _lost, 1);
                return;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Windows refuses while a waiter has owner.json open; retry briefly.
                if (attempt < 5)
                {
                    Thread.Sleep(10 * attempt);
                    continue;
                }

                _log.WriteLine($"leadtype: warning: could not remove the output lock entry \"{_holderPath}\": {error.Message}");
                return;
            }
        }
    }

    // Runs on SIGINT/SIGTERM/SIGHUP and at process exit: stop renames, drop temps in flight, release.
    private void Terminate()
    {
        if (Volatile.Read(ref _released) != 0)
        {
            return;
        }

        foreach (var temp in Gate.Close(DrainOnTermination))
        {
            TryRemove(temp);
        }

        Release();
    }

    private void Restamp(string token)
    {
        try
        {
            var owner = LockOwner.ForCurrentProcess(token, _location.OutputDirectory);
            AtomicFile.WriteAllBytes(Path.Combine(_holderPath, LockOwner.FileName), owner.ToJson());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // The old record still identifies this process; only its time is off.
        }

        Touch();
    }

    private void Touch()
    {
        if (Volatile.Read(ref _released) != 0)
        {
            return;
        }

        try
        {
            Directory.SetLastWriteTimeUtc(_holderPath, DateTime.UtcNow);
        }
        catch (DirectoryNotFoundException)
        {
            Interlocked.Exchange(ref _lost, 1);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A missed refresh only matters after a whole stale window of them.
        }
    }

    private static void Prepare(string stage, LockLocation location, string token)
    {
        var holder = Path.Combine(stage, location.HolderName(token));
        try
        {
            Directory.CreateDirectory(holder);
            var owner = LockOwner.ForCurrentProcess(token, location.OutputDirectory);
            File.WriteAllBytes(Path.Combine(holder, LockOwner.FileName), owner.ToJson());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryRemove(stage);
            throw new OutputException(
                $"cannot prepare the output lock in \"{location.BaseDirectory}\": {error.Message} Set " +
                $"{OutputOptions.LockDirectoryVariable} to a writable directory, or {OutputOptions.NoLockVariable}=1 to skip locking.",
                error);
        }
    }

    private static bool TryInstall(string stage, LockLocation location, out IOException? error)
    {
        try
        {
            // rename(2) / MoveFileEx of a directory: fails when anything exists at the lock path
            // (.NET also refuses an existing empty directory), so exactly one waiter wins.
            Directory.Move(stage, location.LockPath);
            error = null;
            return true;
        }
        catch (IOException moveError)
        {
            error = moveError;
            return false;
        }
        catch (UnauthorizedAccessException accessError)
        {
            throw new OutputException(
                $"cannot create the output lock \"{location.LockPath}\": {accessError.Message} Set " +
                $"{OutputOptions.LockDirectoryVariable} to a writable directory, or {OutputOptions.NoLockVariable}=1 to skip locking.",
                accessError);
        }
    }

    private static bool IsAbandoned(LockSnapshot snapshot, OutputOptions options)
    {
        if (snapshot.Owner is { } owner && string.Equals(owner.MachineName, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
        {
            switch (ProcessProbe.Probe(owner.ProcessId, owner.ProcessStartTime))
            {
                case ProcessLiveness.Dead:
                    return true;
                case ProcessLiveness.Alive:
                    // A verified live owner is never reclaimed, however old: it may be suspended or
                    // stopped in a debugger and would resume writing.
                    return false;
            }
        }

        return snapshot.IsStale(DateTime.UtcNow, options.StaleAfter);
    }

    /// <summary>Clears the judged entries; false when nothing could be removed (so the caller waits instead of spinning).</summary>
    internal static bool Reclaim(LockLocation location, LockSnapshot snapshot)
    {
        if (snapshot.State == LockState.Foreign)
        {
            // A file or link at the lock path: remove that entry itself, never what a link points to.
            // If a real lock directory replaced it meanwhile, unlink fails on it and nothing is lost.
            try
            {
                if (PathEntry.KindOf(location.LockPath) is PathEntryKind.File or PathEntryKind.Link)
                {
                    PathEntry.Remove(location.LockPath);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Replaced meanwhile, or not ours to remove; the check below tells which.
            }

            return PathEntry.KindOf(location.LockPath) is not (PathEntryKind.File or PathEntryKind.Link);
        }

        var progress = false;
        foreach (var name in snapshot.EntryNames)
        {
            var trash = location.TrashPath(NewToken());
            try
            {
                // Moves exactly the judged entry; if it is gone (another waiter reclaimed it, or the
                // holder released), the move fails and a lock that appeared since is left alone.
                var source = Path.Combine(location.LockPath, name);
                if (PathEntry.KindOf(source) == PathEntryKind.Directory)
                {
                    Directory.Move(source, trash);
                }
                else
                {
                    File.Move(source, trash, overwrite: false);
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Gone already (someone else reclaimed it: progress) or not ours to move.
                progress |= PathEntry.KindOf(Path.Combine(location.LockPath, name)) == PathEntryKind.Absent;
                continue;
            }

            progress = true;
            TryRemove(trash);
        }

        return progress;
    }

    // Stage and trash folders of crashed processes for this lock.
    private static void RemoveLeftovers(LockLocation location)
    {
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(location.BaseDirectory, location.Name + ".*"))
            {
                if (location.TryParseLeftover(Path.GetFileName(entry), out var processId)
                    && processId != Environment.ProcessId
                    && !ProcessProbe.Exists(processId))
                {
                    TryRemove(entry);
                }
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Tidying is best effort.
        }
    }

    private static string DescribeWait(LockLocation location, LockSnapshot snapshot, OutputOptions options)
    {
        var target = $"\"{location.OutputDirectory}\" (lock: {location.LockPath})";
        if (snapshot.Owner is { } owner)
        {
            var machine = string.Equals(owner.MachineName, Environment.MachineName, StringComparison.OrdinalIgnoreCase)
                ? string.Empty
                : $" on {owner.MachineName}";
            return $"waiting for pid {owner.ProcessId}{machine} (holding the output lock since " +
                $"{owner.AcquiredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC) to finish writing {target}";
        }

        return $"waiting for the output lock of {target}; its owner cannot be identified, so it counts as abandoned after " +
            $"{FormatDuration(options.StaleAfter)} without activity";
    }

    private static string DescribeTimeout(LockLocation location, LockSnapshot snapshot, TimeSpan waited)
    {
        var holder = snapshot.Owner is { } owner ? $" (pid {owner.ProcessId})" : string.Empty;
        return $"timed out after {FormatDuration(waited)} waiting for another leadtype run{holder} writing to " +
            $"\"{location.OutputDirectory}\" (lock: {location.LockPath}). If no other run is active, delete the lock directory. " +
            $"Set {OutputOptions.TimeoutVariable} to wait longer, or {OutputOptions.NoLockVariable}=1 to skip locking entirely.";
    }

    private static string FormatDuration(TimeSpan duration) =>
        duration.TotalSeconds >= 10
            ? Math.Round(duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + " s"
            : duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string NewToken()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    private static void TryRemove(string path)
    {
        try
        {
            PathEntry.Remove(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort; leftovers of dead processes are tidied by a later acquire.
        }
    }
}
