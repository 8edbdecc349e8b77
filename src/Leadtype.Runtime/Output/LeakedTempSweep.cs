using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;

namespace Leadtype.Output;

/// <summary>
/// Removes temp files that hard-killed runs left in the output tree. Only names with the exact
/// <see cref="AtomicTempName"/> pattern are candidates, never this process's own, and only when the
/// writing process is gone or the file is older than the stale window (a live writer's temp exists
/// for milliseconds; a live pid on an old temp is a reused pid). Links are neither followed nor removed.
/// Runs only under the lock: without it, another run's temps in flight could be taken.
/// </summary>
public static class LeakedTempSweep
{
    /// <summary>Sweeps <paramref name="directory"/>; returns the removed files relative to it (<c>/</c>-separated, ordinal order).</summary>
    public static IReadOnlyList<string> Sweep(string directory, TimeSpan staleAfter)
    {
        var removed = new List<string>();
        if (PathEntry.KindOf(directory) != PathEntryKind.Directory)
        {
            return removed;
        }

        var root = Path.GetFullPath(directory);
        // Paths only (a reference type: a ReadyToRun tool shares the framework's compiled enumerator instead of
        // compiling one for a tuple at start-up); the rare candidate's time is read below.
        var candidates = new FileSystemEnumerable<string>(
            root,
            (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                !entry.IsDirectory
                && (entry.Attributes & FileAttributes.ReparsePoint) == 0
                && entry.FileName.Length > 0 && entry.FileName[0] == '.'
                && entry.FileName.EndsWith(".tmp", StringComparison.Ordinal),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

        var now = DateTime.UtcNow;
        var liveness = new Dictionary<int, bool>();
        foreach (var path in candidates)
        {
            if (!AtomicTempName.TryParseProcessId(Path.GetFileName(path), out var processId) || processId == Environment.ProcessId)
            {
                continue;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                continue;
            }

            var written = info.LastWriteTimeUtc;

            if (!liveness.TryGetValue(processId, out var alive))
            {
                alive = ProcessProbe.Exists(processId);
                liveness[processId] = alive;
            }

            if (alive && now - written <= staleAfter)
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Gone already or not ours to delete; the next sweep tries again.
            }
        }

        removed.Sort(StringComparer.Ordinal);
        return removed;
    }
}
