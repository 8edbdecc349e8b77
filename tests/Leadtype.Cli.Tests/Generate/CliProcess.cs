using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// The real <c>leadtype</c> CLI as a child process (<c>dotnet leadtype.dll …</c> from the test's
/// output folder), for what only a separate process can show: watch mode, signals, several runs
/// contending for one output directory. Every wait is bounded.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    /// <summary>Generous bound for every wait: this runs on a loaded 2-core machine.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private CliProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Stdout
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <c>leadtype &lt;arguments&gt;</c> with <paramref name="environment"/> added (no inherited LEADTYPE_* or SOURCE_DATE_EPOCH).</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        var info = new ProcessStartInfo(string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "leadtype.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The watch tests stop it with SIGINT, which a test run started in the background ignores (and passes on).
        Leadtype.Tests.Shared.ChildSignals.RestoreSigInt(info);

        foreach (var name in new[] { "LEADTYPE_NO_LOCK", "LEADTYPE_LOCK_TIMEOUT_MS", "LEADTYPE_LOCK_STALE_MS", "LEADTYPE_CACHE_DIR", "SOURCE_DATE_EPOCH", "NEXT_PUBLIC_SITE_URL", "VERCEL_URL" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, line) => Append(cli._stdout, line.Data);
        process.ErrorDataReceived += (_, line) => Append(cli._stderr, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Waits (bounded) for exit and returns the exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(Bound))
        {
            Kill();
            throw new TimeoutException($"leadtype ({Id}) did not exit within {Bound}; stderr:\n{Stderr}");
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Sends a POSIX signal (INT, TERM) through kill(1).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", new[] { "-s", name, Id.ToString(CultureInfo.InvariantCulture) }) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds; fails with the process's output if it exits or the bound passes first.</summary>
    public void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!Holds(condition))
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"leadtype exited ({_process.ExitCode}) while waiting for {what}; stderr:\n{Stderr}");
            }

            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"timed out waiting for {what}; stderr:\n{Stderr}");
            }

            Thread.Sleep(20);
        }
    }

    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>How many times <paramref name="text"/> occurs in <paramref name="output"/>.</summary>
    public static int Count(string output, string text)
    {
        var count = 0;
        for (var index = output.IndexOf(text, StringComparison.Ordinal); index >= 0; index = output.IndexOf(text, index + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool Holds(Func<bool> condition)
    {
        try
        {
            return condition();
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }
}
