using System;
using System.Globalization;
using System.IO;

namespace Leadtype.Output.ProcessHost;

/// <summary>
/// Enter/leave records with timestamps in a shared log, plus a sentinel file created with
/// CreateNew on entry: if it already exists, another process is inside and an <c>overlap</c> record
/// is written. The test asserts on both.
/// </summary>
internal static class CriticalSectionLog
{
    public static void Enter(string? log, string? sentinel)
    {
        if (sentinel is not null)
        {
            try
            {
                using var _ = new FileStream(sentinel, FileMode.CreateNew, FileAccess.Write);
            }
            catch (IOException)
            {
                Append(log, "overlap");
            }
        }

        Append(log, "enter");
    }

    public static void Leave(string? log, string? sentinel)
    {
        Append(log, "leave");
        if (sentinel is not null)
        {
            File.Delete(sentinel);
        }
    }

    private static void Append(string? log, string kind)
    {
        if (log is null)
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{kind} {Environment.ProcessId} {DateTime.UtcNow.Ticks}\n");
        using var stream = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        var bytes = System.Text.Encoding.ASCII.GetBytes(line);
        stream.Write(bytes, 0, bytes.Length);
    }
}
