using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;

namespace Leadtype.Site;

/// <summary>
/// Profiling aid: with <c>LEADTYPE_TRACE_MEMORY=1</c> a run prints how long each timed piece of work took
/// (and on which thread) to standard error, beside the stage marks; otherwise timing a piece costs nothing.
/// Pieces on other threads (the search merge, each streamed file, the cache save) overlap the stages.
/// </summary>
internal static class StageTrace
{
    private static int _enabled;

    public static bool Enabled
    {
        get => Volatile.Read(ref _enabled) != 0;
        set => Volatile.Write(ref _enabled, value ? 1 : 0);
    }

    public static Scope Time(string piece) => Enabled ? new Scope(piece, Stopwatch.GetTimestamp()) : default;

    /// <summary>Prints a fact about the run (how much was reused) beside the timings.</summary>
    public static void Note(string fact)
    {
        if (Enabled)
        {
            Console.Error.WriteLine("[trace]  " + fact);
        }
    }

    public readonly struct Scope : IDisposable
    {
        private readonly string? _piece;
        private readonly long _start;

        internal Scope(string piece, long start)
        {
            _piece = piece;
            _start = start;
        }

        public void Dispose()
        {
            if (_piece is null)
            {
                return;
            }

            var elapsed = Stopwatch.GetElapsedTime(_start);
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "[trace]  {0,-28} {1,8:0.0} ms  thread {2}", _piece, elapsed.TotalMilliseconds, Environment.CurrentManagedThreadId));
        }
    }
}
