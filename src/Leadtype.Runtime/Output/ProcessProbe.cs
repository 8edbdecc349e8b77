using System;

namespace Leadtype.Output;

/// <summary>
/// Identifies a process by pid plus start time, so a pid reused by an unrelated process after the
/// owner died is not mistaken for the owner. The start time is an opaque string whose scheme names
/// how it was read (<c>linux:</c> from <c>/proc</c>, <c>clr:</c> from <see cref="System.Diagnostics.Process.StartTime"/>);
/// records from another scheme are unverifiable rather than dead.
/// </summary>
internal static partial class ProcessProbe
{
    private static readonly Lazy<string?> CurrentStart = new(() => StartTimeOf(Environment.ProcessId));

    /// <summary>The start time of the current process, or null when the platform does not expose it.</summary>
    public static string? CurrentProcessStartTime => CurrentStart.Value;

    /// <summary>The start time of <paramref name="processId"/>, or null when it does not exist or cannot be read.</summary>
    public static string? StartTimeOf(int processId) =>
        OperatingSystem.IsLinux() ? LinuxStartTimeOf(processId) : PortableStartTimeOf(processId);

    /// <summary>Whether <paramref name="processId"/> still runs the process that started at <paramref name="recordedStartTime"/>.</summary>
    public static ProcessLiveness Probe(int processId, string? recordedStartTime)
    {
        if (processId <= 0)
        {
            return ProcessLiveness.Dead;
        }

        if (processId == Environment.ProcessId && recordedStartTime == CurrentProcessStartTime)
        {
            return ProcessLiveness.Alive;
        }

        var exists = OperatingSystem.IsLinux() ? LinuxExists(processId) : PortableExists(processId);
        if (!exists)
        {
            return ProcessLiveness.Dead;
        }

        var actual = StartTimeOf(processId);
        if (actual is null || recordedStartTime is null || !SameScheme(actual, recordedStartTime))
        {
            return ProcessLiveness.Unverifiable;
        }

        return string.Equals(actual, recordedStartTime, StringComparison.Ordinal) ? ProcessLiveness.Alive : ProcessLiveness.Dead;
    }

    /// <summary>Whether any process with that pid exists (start time not checked); used by the temp sweep.</summary>
    public static bool Exists(int processId) =>
        processId > 0 && (OperatingSystem.IsLinux() ? LinuxExists(processId) : PortableExists(processId));

    private static bool SameScheme(string left, string right)
    {
        var colon = left.IndexOf(':');
        return colon > 0 && right.Length > colon && string.CompareOrdinal(left, 0, right, 0, colon + 1) == 0;
    }
}
