using System;
using System.Collections.Generic;
using System.Globalization;
using Leadtype.Diagnostics;

namespace Leadtype.Site;

/// <summary>
/// The timestamps a run may use. Never the wall clock: <c>SOURCE_DATE_EPOCH</c> when set (the
/// reproducible-builds convention), else the pages' own dates, else the newest source file time —
/// so the same inputs give byte-identical files and a rerun rewrites nothing.
/// </summary>
public static class RunTimestamp
{
    public const string SourceDateEpochVariable = "SOURCE_DATE_EPOCH";

    /// <summary>Reads <c>SOURCE_DATE_EPOCH</c> (whole seconds since 1970); a malformed value is an error, as the convention asks.</summary>
    public static (DateTimeOffset? Value, DocsDiagnostic? Error) ReadSourceDateEpoch(Func<string, string?> environment)
    {
        var raw = environment(SourceDateEpochVariable)?.Trim();
        if (string.IsNullOrEmpty(raw))
        {
            return (null, null);
        }

        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return (DateTimeOffset.FromUnixTimeSeconds(seconds), null);
        }

        return (null, DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, SourceDateEpochVariable, 0, 0,
            SourceDateEpochVariable + "=\"" + raw + "\" is not a whole number of seconds since 1970-01-01T00:00:00Z"));
    }

    /// <summary>The newest modification time among <paramref name="files"/> (whole seconds, UTC), or the Unix epoch when there are none.</summary>
    public static DateTimeOffset NewestFileTime(IEnumerable<SourceFile> files)
    {
        var newest = DateTime.MinValue;
        foreach (var file in files)
        {
            if (file.LastWriteUtc > newest)
            {
                newest = file.LastWriteUtc;
            }
        }

        if (newest == DateTime.MinValue)
        {
            return DateTimeOffset.UnixEpoch;
        }

        // Whole seconds: file systems differ in sub-second precision, the artifacts should not.
        return DateTimeOffset.FromUnixTimeSeconds(new DateTimeOffset(newest, TimeSpan.Zero).ToUnixTimeSeconds());
    }
}
