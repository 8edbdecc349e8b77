using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Leadtype.Tests.Shared;

/// <summary>
/// Child processes that tests stop with SIGINT (Ctrl+C). A test run started as a background job
/// (`cmd &amp;` in a non-interactive shell, nohup, some CI runners) ignores SIGINT, children inherit
/// that, and .NET then never installs its SIGINT handler: the child would never see the signal and
/// the test would wait for an exit that cannot come. env(1) restores the default disposition.
/// </summary>
public static class ChildSignals
{
    /// <summary>Makes <paramref name="info"/> start its program through <c>env --default-signal=INT</c> when this process ignores SIGINT.</summary>
    public static void RestoreSigInt(ProcessStartInfo info)
    {
        if (!SigIntIgnoredHere())
        {
            return;
        }

        var program = info.FileName;
        var arguments = new System.Collections.Generic.List<string>(info.ArgumentList);
        info.FileName = "env";
        info.ArgumentList.Clear();
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
    }

    /// <summary>Whether SIGINT (2) is ignored in this process (Linux: the SigIgn mask of /proc/self/status).</summary>
    public static bool SigIntIgnoredHere()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/status"))
        {
            return false;
        }

        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
            {
                var mask = ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                return (mask & (1UL << (2 - 1))) != 0;
            }
        }

        return false;
    }
}
