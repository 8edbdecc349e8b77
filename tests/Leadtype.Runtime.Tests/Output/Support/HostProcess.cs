using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;

namespace Leadtype.Runtime.Tests.Output.Support;

/// <summary>One running instance of the output process host (<c>dotnet Leadtype.Output.ProcessHost.dll …</c>).</summary>
internal sealed class HostProcess : IDisposable
{
    /// <summary>Every wait in the process tests is bounded by this; generous for a loaded 2-core CI machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private HostProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public string StandardOutput
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the host with a private lock folder and no inherited LEADTYPE_* settings except <paramref name="environment"/>.</summary>
    public static HostProcess Start(string lockDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        dotnet = string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet;
        var info = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(RepositoryLayout.ProcessHost);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        Leadtype.Tests.Shared.ChildSignals.RestoreSigInt(info);

        foreach (var name in new[] { "LEADTYPE_NO_LOCK", "LEADTYPE_LOCK_TIMEOUT_MS", "LEADTYPE_LOCK_STALE_MS", "LEADTYPE_LOCK_KEEPALIVE_MS" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["LEADTYPE_LOCK_DIR"] = lockDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (host._stdout)
                {
                    host._stdout.AppendLine(line.Data);
                }
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (host._stderr)
                {
                    host._stderr.AppendLine(line.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for exit within <see cref="Bound"/> and returns the exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(Bound))
        {
            Kill();
            throw new TimeoutException($"host process {Id} did not exit within {Bound}; stderr: {StandardError}");
        }

        _process.WaitForExit(); // flushes the redirected streams
        return _process.ExitCode;
    }

    /// <summary>Sends a POSIX signal (TERM, INT, KILL) through kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", name, Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>Waits (bounded) until <paramref name="path"/> exists; the hosts signal readiness through files.</summary>
    public static void AwaitFile(string path, params HostProcess[] watched)
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(path))
        {
            foreach (var host in watched)
            {
                if (host._process.HasExited)
                {
                    throw new InvalidOperationException($"host {host.Id} exited with {host._process.ExitCode} before {path} appeared; stderr: {host.StandardError}");
                }
            }

            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"{path} did not appear within {Bound}");
            }

            Thread.Sleep(10);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }
}
