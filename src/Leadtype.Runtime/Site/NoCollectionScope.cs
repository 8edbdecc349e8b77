using System;
using System.Runtime;

namespace Leadtype.Site;

/// <summary>
/// Holds garbage collection off while the incremental cache is decoded. Loading a large site's cache allocates
/// ~150 MB of pages that all stay alive, so each collection during it only copies survivors: a 3,000-page edit run
/// spent 50–90 ms in a dozen collections there, and the budget left afterwards carries the rest of the run with
/// two. Best effort: a size the runtime refuses, or a region already open (two runs in one process), just
/// loads as usual; a region the load outgrows ends by itself.
/// </summary>
internal readonly struct NoCollectionScope : IDisposable
{
    private const long MinimumBytes = 16L << 20;
    private const long MaximumBytes = 256L << 20;

    private readonly bool _started;

    private NoCollectionScope(bool started) => _started = started;

    /// <param name="bytes">About what the load allocates; below 16 MiB collections cost too little to bother.</param>
    public static NoCollectionScope Begin(long bytes)
    {
        if (bytes < MinimumBytes)
        {
            return default;
        }

        try
        {
            return new NoCollectionScope(GC.TryStartNoGCRegion(Math.Min(bytes, MaximumBytes)));
        }
        catch (Exception error) when (error is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return default;
        }
    }

    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region ended on its own (the load allocated more than asked for): nothing to end.
        }
    }
}
