using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace Leadtype.Integration.Tests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> process: exit code and everything it printed.</summary>
public sealed record DotnetResult(string Command, int ExitCode, string Output)
{
    public DotnetResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, "`dotnet " + Command + "` exited with " + ExitCode + ":\n" + Output);
        return this;
    }

    public int Count(string text)
    {
        var count = 0;
        for (var at = Output.IndexOf(text, StringComparison.Ordinal); at >= 0; at = Output.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

/// <summary>
/// Runs <c>dotnet</c> with a clean, explicit environment: no MSBuild node reuse or compiler server (so
/// no process keeps an old generator loaded), no telemetry, and the given NuGet packages folder.
/// </summary>
public static class DotnetRun
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(8);

    public static DotnetResult Run(string workingDirectory, string arguments, IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        Configure(start, environment);

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("`dotnet " + arguments + "` did not finish in time:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotnetResult(arguments, process.ExitCode, output.ToString());
        }
    }

    public static void Configure(ProcessStartInfo start, IReadOnlyDictionary<string, string?>? environment)
    {
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["TERM"] = "dumb";
        // The test host's own MSBuild variables would point child builds at the wrong SDK pieces.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "DOTNET_HOST_PATH", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null)
                {
                    start.Environment.Remove(name);
                }
                else
                {
                    start.Environment[name] = value;
                }
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
