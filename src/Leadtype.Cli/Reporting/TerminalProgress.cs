using System;
using System.Diagnostics;
using System.IO;
using Leadtype.Site;

namespace Leadtype.Cli.Reporting;

/// <summary>
/// A single self-overwriting progress line on standard error, shown only when standard error is a
/// terminal (never in logs or CI output) and only once a run has taken a moment, so quick runs
/// print nothing extra. Thread-safe: stages report from parallel workers.
/// </summary>
internal sealed class TerminalProgress : IProgress<GenerateProgress>
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private TimeSpan _lastDraw;
    private int _width;

    private TerminalProgress(TextWriter writer) => _writer = writer;

    /// <summary>A progress display on standard error, or null when it is redirected.</summary>
    public static TerminalProgress? ForStandardError() => Console.IsErrorRedirected ? null : new TerminalProgress(Console.Error);

    public void Report(GenerateProgress value)
    {
        var now = _clock.Elapsed;
        if (now < Delay)
        {
            return;
        }

        lock (_gate)
        {
            if (now - _lastDraw < Interval && value.Done != value.Total)
            {
                return;
            }

            _lastDraw = now;
            var text = value.Stage + " " + value.Done + "/" + value.Total;
            _writer.Write("\r" + text.PadRight(_width));
            _width = text.Length;
        }
    }

    /// <summary>Erases the progress line before normal output continues.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_width > 0)
            {
                _writer.Write("\r" + new string(' ', _width) + "\r");
                _width = 0;
            }

            _clock.Restart();
            _lastDraw = TimeSpan.Zero;
        }
    }
}
