using System;
using System.Globalization;
using System.IO;

namespace Leadtype.Output;

internal static partial class ProcessProbe
{
    private static readonly Lazy<string> BootId = new(ReadBootId);

    private static string? LinuxStartTimeOf(int processId)
    {
        var stat = TryReadProcStat(processId);
        if (stat is null)
        {
            return null;
        }

        var fields = ParseProcStat(stat);
        if (fields is null || IsExited(fields.Value.State))
        {
            return null;
        }

        // Clock ticks since boot are only unique per boot; the boot id makes the value unique across reboots.
        return "linux:" + BootId.Value + ":" + fields.Value.StartTicks.ToString(CultureInfo.InvariantCulture);
    }

    private static bool LinuxExists(int processId)
    {
        var stat = TryReadProcStat(processId);
        if (stat is null)
        {
            return false;
        }

        // A zombie has exited; only its parent has not collected the exit status yet.
        var fields = ParseProcStat(stat);
        return fields is null || !IsExited(fields.Value.State);
    }

    /// <summary>
    /// Reads the state (field 3) and start time (field 22, clock ticks after boot) from a
    /// <c>/proc/&lt;pid&gt;/stat</c> line. The command name (field 2) is in parentheses and may itself
    /// contain spaces and parentheses, so fields are counted after the last <c>)</c>.
    /// </summary>
    internal static (char State, ulong StartTicks)? ParseProcStat(string stat)
    {
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var rest = stat.AsSpan(close + 1).Trim();
        var field = 3;
        char state = '\0';
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            if (field == 3)
            {
                state = token.Length == 1 ? token[0] : '\0';
            }
            else if (field == 22)
            {
                return ulong.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                    ? (state, ticks)
                    : null;
            }

            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..].TrimStart();
            field++;
        }

        return null;
    }

    private static bool IsExited(char state) => state is 'Z' or 'X' or 'x';

    private static string? TryReadProcStat(int processId)
    {
        try
        {
            return File.ReadAllText("/proc/" + processId.ToString(CultureInfo.InvariantCulture) + "/stat");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ReadBootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return "unknown-boot";
        }
    }
}
