using System;
using System.Collections.Generic;
using System.IO;

namespace Leadtype.Output;

internal enum LockState
{
    /// <summary>Nothing at the lock path: free.</summary>
    Absent,

    /// <summary>An empty lock directory (a holder just released or a reclaim just cleared it): free.</summary>
    Empty,

    /// <summary>A lock directory with entries; <see cref="LockSnapshot.Owner"/> is set when exactly one valid holder is among them.</summary>
    Held,

    /// <summary>A file or a link sits at the lock path; never followed, reclaimed only after the stale window.</summary>
    Foreign,
}

/// <summary>
/// One look at a lock path. A live lock always contains exactly one <c>holder-&lt;token&gt;</c>
/// directory with a complete <c>owner.json</c>, because it comes into existence by renaming a
/// prepared directory into place.
/// </summary>
internal sealed record LockSnapshot(LockState State, LockOwner? Owner, IReadOnlyList<string> EntryNames, DateTime LastActivityUtc)
{
    public static LockSnapshot Take(LockLocation location)
    {
        var path = location.LockPath;
        switch (PathEntry.KindOf(path))
        {
            case PathEntryKind.Absent:
                return new LockSnapshot(LockState.Absent, null, Array.Empty<string>(), DateTime.MinValue);
            case PathEntryKind.File:
            case PathEntryKind.Link:
                return new LockSnapshot(LockState.Foreign, null, Array.Empty<string>(), PathEntry.LastWriteUtc(path) ?? DateTime.UtcNow);
        }

        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(path);
        }
        catch (DirectoryNotFoundException)
        {
            return new LockSnapshot(LockState.Absent, null, Array.Empty<string>(), DateTime.MinValue);
        }

        if (entries.Length == 0)
        {
            return new LockSnapshot(LockState.Empty, null, Array.Empty<string>(), DateTime.MinValue);
        }

        var names = new List<string>(entries.Length);
        var lastActivity = PathEntry.LastWriteUtc(path) ?? DateTime.MinValue;
        LockOwner? owner = null;
        var holders = 0;
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            names.Add(name);
            var written = PathEntry.LastWriteUtc(entry);
            if (written > lastActivity)
            {
                lastActivity = written.Value;
            }

            if (name.StartsWith("holder-", StringComparison.Ordinal) && PathEntry.KindOf(entry) == PathEntryKind.Directory)
            {
                holders++;
                var candidate = LockOwner.TryRead(Path.Combine(entry, LockOwner.FileName));
                owner = candidate is not null && location.HolderName(candidate.Token) == name ? candidate : null;
            }
        }

        names.Sort(StringComparer.Ordinal);
        return new LockSnapshot(LockState.Held, holders == 1 ? owner : null, names, lastActivity);
    }

    public bool IsStale(DateTime nowUtc, TimeSpan staleAfter) => nowUtc - LastActivityUtc > staleAfter;
}
