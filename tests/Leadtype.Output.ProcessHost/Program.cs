using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Leadtype.Output;

namespace Leadtype.Output.ProcessHost;

/// <summary>
/// Commands (all paths absolute):
/// <list type="bullet">
/// <item><c>write-tree --out D --source S --prefix P [--passes old,canonical] [--log L --sentinel X] [--ready R --go G]</c>:
/// one locked <see cref="OutputSession"/> per pass, writing the pass's tree under P and syncing P.</item>
/// <item><c>hold --out D --ready R [--in-flight name] [--until F]</c>: takes the lock, optionally leaves a
/// streaming write blocked mid-file (so its temp exists), signals ready, then holds until F exists or forever.</item>
/// <item><c>critical --out D --log L --sentinel X [--hold-ms N] [--ready R --go G]</c>: takes the lock, logs enter/leave.</item>
/// <item><c>read-tree --dir D --source S --prefix P --stop F --report R [--ready Y]</c>: reads every page in a loop and
/// reports reads that were missing, empty, or neither the old nor the canonical version.</item>
/// <item><c>rewrite --file F --versions V --count N [--ready R --go G]</c>: rewrites a 4 MiB file N times with AtomicFile.</item>
/// <item><c>read-file --file F --versions V --stop S --report R [--ready Y]</c>: reads it in a loop, checks each read is one whole version.</item>
/// </list>
/// Exit codes: 0 success, 1 an <see cref="OutputException"/> (message on stderr as the CLI prints it), 2 bad arguments.
/// </summary>
internal static class Program
{
    public const int BigFileSize = 4 * 1024 * 1024;

    public static int Main(string[] args)
    {
        HostArguments arguments;
        try
        {
            arguments = HostArguments.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine("usage: " + error.Message);
            return 2;
        }

        try
        {
            return arguments.Command switch
            {
                "write-tree" => WriteTree(arguments),
                "hold" => Hold(arguments),
                "critical" => Critical(arguments),
                "read-tree" => ReadTree(arguments),
                "rewrite" => Rewrite(arguments),
                "read-file" => ReadFile(arguments),
                _ => Usage(arguments.Command),
            };
        }
        catch (OutputException error)
        {
            Console.Error.WriteLine("leadtype: " + error.Message);
            return 1;
        }
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"usage: unknown command '{command}'");
        return 2;
    }

    private static int WriteTree(HostArguments arguments)
    {
        var output = arguments.Required("out");
        var source = arguments.Required("source");
        var prefix = arguments.Required("prefix");
        var passes = (arguments.Optional("passes") ?? "canonical").Split(',');
        var trees = passes.Distinct().ToDictionary(variant => variant, variant => TreeVersions.Build(source, prefix, variant));
        Signals.Ready(arguments.Optional("ready"));
        Signals.AwaitFile(arguments.Optional("go"));
        foreach (var variant in passes)
        {
            using var session = OutputSession.Open(output);
            session.Sync(new SyncScope(prefix, path => path.EndsWith(".md", StringComparison.Ordinal)));
            CriticalSectionLog.Enter(arguments.Optional("log"), arguments.Optional("sentinel"));
            foreach (var (path, content) in trees[variant])
            {
                session.Write(path, content);
            }

            CriticalSectionLog.Leave(arguments.Optional("log"), arguments.Optional("sentinel"));
            var report = session.Complete();
            Console.Out.WriteLine(
                $"{variant}: written {report.Written.Count}, unchanged {report.Unchanged.Count}, deleted {report.Deleted.Count}, " +
                $"swept {report.SweptTempFiles.Count}, locked {report.Locked}");
        }

        return 0;
    }

    private static int Hold(HostArguments arguments)
    {
        var session = OutputSession.Open(arguments.Required("out"));
        Console.Out.WriteLine($"locked {session.IsLocked}; swept [{string.Join(",", session.SweptTempFiles)}]");
        if (arguments.Optional("in-flight") is { } inFlight)
        {
            using var started = new ManualResetEventSlim();
            var writer = new Thread(() =>
            {
                session.Write(inFlight, stream =>
                {
                    stream.Write(new byte[1024]);
                    stream.Flush();
                    started.Set();
                    Thread.Sleep(Timeout.Infinite);
                });
            })
            {
                IsBackground = true,
            };
            writer.Start();
            started.Wait();
        }

        Signals.Ready(arguments.Optional("ready"));
        if (arguments.Optional("until") is { } until)
        {
            Signals.AwaitFile(until);
            session.Complete();
            return 0;
        }

        Thread.Sleep(Timeout.Infinite);
        return 0;
    }

    private static int Critical(HostArguments arguments)
    {
        Signals.Ready(arguments.Optional("ready"));
        Signals.AwaitFile(arguments.Optional("go"));
        using var session = OutputSession.Open(arguments.Required("out"));
        CriticalSectionLog.Enter(arguments.Required("log"), arguments.Optional("sentinel"));
        Thread.Sleep(arguments.Int("hold-ms", 20));
        session.WriteText("winner.txt", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        CriticalSectionLog.Leave(arguments.Required("log"), arguments.Optional("sentinel"));
        session.Complete();
        return 0;
    }

    private static int ReadTree(HostArguments arguments)
    {
        var directory = arguments.Required("dir");
        var source = arguments.Required("source");
        var prefix = arguments.Required("prefix");
        var stop = arguments.Required("stop");
        var canonical = TreeVersions.Build(source, prefix, "canonical");
        var old = TreeVersions.Build(source, prefix, "old").ToDictionary(page => page.RelativePath, page => page.Content, StringComparer.Ordinal);
        var anomalies = new List<string>();
        long reads = 0;
        var passes = 0;
        var ready = arguments.Optional("ready");
        while (true)
        {
            var last = File.Exists(stop);
            foreach (var (path, content) in canonical)
            {
                var full = Path.Combine(directory, path);
                byte[] seen;
                try
                {
                    seen = File.ReadAllBytes(full);
                }
                catch (FileNotFoundException)
                {
                    anomalies.Add($"missing {path}");
                    continue;
                }
                catch (DirectoryNotFoundException)
                {
                    anomalies.Add($"missing-directory {path}");
                    continue;
                }

                reads++;
                if (seen.Length == 0)
                {
                    anomalies.Add($"empty {path}");
                }
                else if (!seen.AsSpan().SequenceEqual(content) && !seen.AsSpan().SequenceEqual(old[path]))
                {
                    anomalies.Add($"torn {path} ({seen.Length} bytes)");
                }
            }

            passes++;
            if (passes == 1)
            {
                Signals.Ready(ready);
            }

            if (last || anomalies.Count > 100)
            {
                break;
            }
        }

        File.WriteAllLines(arguments.Required("report"), new[] { $"reads {reads}", $"passes {passes}" }.Concat(anomalies.Select(a => "anomaly " + a)));
        return 0;
    }

    private static int Rewrite(HostArguments arguments)
    {
        var file = arguments.Required("file");
        var versions = Enumerable.Range(0, arguments.Int("versions", 4)).Select(BigVersion).ToArray();
        var count = arguments.Int("count", 20);
        Signals.Ready(arguments.Optional("ready"));
        Signals.AwaitFile(arguments.Optional("go"));
        for (var i = 0; i < count; i++)
        {
            AtomicFile.WriteAllBytes(file, versions[(i + Environment.ProcessId) % versions.Length]);
        }

        return 0;
    }

    private static int ReadFile(HostArguments arguments)
    {
        var file = arguments.Required("file");
        var versions = Enumerable.Range(0, arguments.Int("versions", 4)).Select(BigVersion).ToArray();
        var stop = arguments.Required("stop");
        var anomalies = new List<string>();
        var seenVersions = new SortedSet<int>();
        long reads = 0;
        var ready = arguments.Optional("ready");
        while (true)
        {
            var last = File.Exists(stop);
            byte[]? seen = null;
            try
            {
                seen = File.ReadAllBytes(file);
            }
            catch (FileNotFoundException)
            {
                anomalies.Add("missing");
            }

            if (seen is not null)
            {
                reads++;
                var match = Array.FindIndex(versions, version => seen.AsSpan().SequenceEqual(version));
                if (match < 0)
                {
                    anomalies.Add($"torn read of {seen.Length} bytes");
                }
                else
                {
                    seenVersions.Add(match);
                }
            }

            if (reads == 1)
            {
                Signals.Ready(ready);
            }

            if (last || anomalies.Count > 100)
            {
                break;
            }
        }

        File.WriteAllLines(
            arguments.Required("report"),
            new[] { $"reads {reads}", $"versions {string.Join(",", seenVersions)}" }.Concat(anomalies.Select(a => "anomaly " + a)));
        return 0;
    }

    /// <summary>Version <paramref name="index"/> of the 4 MiB file; versions differ in their first byte and throughout.</summary>
    public static byte[] BigVersion(int index)
    {
        var bytes = new byte[BigFileSize];
        for (var k = 0; k < bytes.Length; k++)
        {
            bytes[k] = (byte)((k * 31) + (index * 97) ^ (k >> 8));
        }

        return bytes;
    }
}
