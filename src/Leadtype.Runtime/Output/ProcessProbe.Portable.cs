using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Leadtype.Output;

// macOS, Windows and the BSDs: Process.StartTime (kinfo_proc / GetProcessTimes), exact for a given process.
internal static partial class ProcessProbe
{
    private static string? PortableStartTimeOf(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return "clr:" + process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private static bool PortableExists(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It exists but belongs to someone we may not inspect: alive, as kill(pid, 0) == EPERM is.
            return true;
        }
    }
}
