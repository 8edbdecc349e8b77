using System;
using System.IO;
using Leadtype.Output;

namespace Leadtype.Runtime.Tests.Output.Support;

/// <summary>Plants locks the way a crashed, foreign or malicious process would have left them.</summary>
internal static class LockPlanting
{
    public static string LockPathFor(string outputDirectory, string lockDirectory) =>
        LockLocation.For(outputDirectory, new OutputOptions { LockDirectory = lockDirectory }).LockPath;

    /// <summary>A well-formed lock whose owner record names <paramref name="processId"/> with <paramref name="startTime"/>.</summary>
    public static string PlantOwner(string outputDirectory, string lockDirectory, int processId, string? startTime, string? machine = null)
    {
        var location = LockLocation.For(outputDirectory, new OutputOptions { LockDirectory = lockDirectory });
        var token = "0123456789abcdef";
        var holder = Path.Combine(location.LockPath, location.HolderName(token));
        Directory.CreateDirectory(holder);
        var owner = new LockOwner(processId, startTime, machine ?? Environment.MachineName, DateTimeOffset.UtcNow, location.OutputDirectory, token);
        File.WriteAllBytes(Path.Combine(holder, LockOwner.FileName), owner.ToJson());
        return location.LockPath;
    }

    /// <summary>A lock directory whose content identifies nobody (an owner record that is not JSON).</summary>
    public static string PlantUnidentified(string outputDirectory, string lockDirectory)
    {
        var lockPath = LockPathFor(outputDirectory, lockDirectory);
        Directory.CreateDirectory(Path.Combine(lockPath, "holder-garbage"));
        File.WriteAllText(Path.Combine(lockPath, "holder-garbage", LockOwner.FileName), "{ this is not json");
        return lockPath;
    }

    /// <summary>Sets the mtime of the lock directory and everything directly in it.</summary>
    public static void Age(string lockPath, TimeSpan age)
    {
        var time = DateTime.UtcNow - age;
        foreach (var entry in Directory.GetFileSystemEntries(lockPath))
        {
            if (Directory.Exists(entry))
            {
                Directory.SetLastWriteTimeUtc(entry, time);
            }
            else
            {
                File.SetLastWriteTimeUtc(entry, time);
            }
        }

        Directory.SetLastWriteTimeUtc(lockPath, time);
    }

    /// <summary>Sets the mtime of a symbolic link itself (not its target), as <c>touch -h</c> does.</summary>
    public static void AgeLinkItself(string link, TimeSpan age)
    {
        var stamp = (DateTime.UtcNow - age).ToString("yyyyMMddHHmm.ss", System.Globalization.CultureInfo.InvariantCulture);
        var info = new System.Diagnostics.ProcessStartInfo("touch", ["-h", "-t", stamp, link]) { UseShellExecute = false };
        info.Environment["TZ"] = "UTC";
        using var touch = System.Diagnostics.Process.Start(info)!;
        touch.WaitForExit();
        Assert.Equal(0, touch.ExitCode);
    }

    /// <summary>A pid that no process has: a child that has exited and been reaped.</summary>
    public static int DeadProcessId()
    {
        using var child = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        child.WaitForExit();
        var pid = child.Id;
        Assert.False(ProcessProbe.Exists(pid), $"pid {pid} unexpectedly alive");
        return pid;
    }

    /// <summary>The current process's start time with the tick count changed: what a reused pid looks like.</summary>
    public static string OtherStartTimeOfCurrentProcess()
    {
        var actual = ProcessProbe.CurrentProcessStartTime!;
        var colon = actual.LastIndexOf(':');
        return actual[..(colon + 1)] + "1";
    }
}
