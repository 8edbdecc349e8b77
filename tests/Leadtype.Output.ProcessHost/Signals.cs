using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Leadtype.Output;

namespace Leadtype.Output.ProcessHost;

/// <summary>File-based rendezvous with the test: ready files out, go/stop files in.</summary>
internal static class Signals
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    public static void Ready(string? path)
    {
        if (path is not null)
        {
            AtomicFile.WriteAllText(path, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
        }
    }

    public static void AwaitFile(string? path)
    {
        if (path is null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"gave up waiting for {path}");
            }

            Thread.Sleep(5);
        }
    }
}
