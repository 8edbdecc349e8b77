using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace Leadtype.Output;

/// <summary>
/// Lets a terminating process (SIGINT/SIGTERM while the lock is held) stop its own writers before
/// it releases the lock: once closed, no further rename lands, and renames already under way finish
/// first. Without it a rename could land after the lock passed to another run. It also remembers
/// the temp files in flight so the terminating process can remove them instead of leaking them.
/// </summary>
internal sealed class WriteGate
{
    // A reference-type value: the ReadyToRun tool then runs the framework's shared dictionary code, not code the JIT compiles at start-up.
    private readonly ConcurrentDictionary<string, string> _temps = new(StringComparer.Ordinal);
    private int _active;
    private int _closed;

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public void Track(string tempPath) => _temps.TryAdd(tempPath, tempPath);

    public void Untrack(string tempPath) => _temps.TryRemove(tempPath, out _);

    /// <summary>Enters a commit (the rename); throws once the gate is closed.</summary>
    public void EnterCommit()
    {
        // Increment before reading the flag, and Close sets the flag before reading the count:
        // with both as full fences, a commit either sees the gate closed or is waited for.
        Interlocked.Increment(ref _active);
        if (Volatile.Read(ref _closed) != 0)
        {
            Interlocked.Decrement(ref _active);
            throw new OperationCanceledException("The output session is shutting down; the write was not committed.");
        }
    }

    public void ExitCommit() => Interlocked.Decrement(ref _active);

    /// <summary>Closes the gate, waits (bounded) for commits in flight, and returns the temps still on disk.</summary>
    public IReadOnlyCollection<string> Close(TimeSpan drainTimeout)
    {
        Interlocked.Exchange(ref _closed, 1);
        var clock = Stopwatch.StartNew();
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _active) > 0 && clock.Elapsed < drainTimeout)
        {
            spinner.SpinOnce();
        }

        return new List<string>(_temps.Keys);
    }
}
