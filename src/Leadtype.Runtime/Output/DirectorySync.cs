using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using System.Linq;

namespace Leadtype.Output;

/// <summary>What a prune removed, relative to the pruned directory (<c>/</c>-separated, ordinal order).</summary>
public sealed record PruneResult(IReadOnlyList<string> DeletedFiles, IReadOnlyList<string> RemovedDirectories);

/// <summary>
/// The prune half of write-then-prune: once every current file has been written, files the
/// directory no longer must hold are deleted, then the directories that left empty. A directory
/// therefore never vanishes while a run rebuilds it, and a reader never loses a file that is still
/// current. The prune never leaves the directory it was given: links (symbolic links, junctions) are
/// neither followed nor deleted, temp files of the atomic writer are left to the sweep, and the
/// directory itself is never removed.
/// </summary>
public static class DirectorySync
{
    /// <summary>
    /// Deletes the files under <paramref name="directory"/> whose relative path (<c>/</c>-separated)
    /// is not in <paramref name="keep"/> and, when <paramref name="isPrunable"/> is given, for which it
    /// returns true (for example only <c>*.md</c>); then removes the directories this left empty.
    /// </summary>
    public static PruneResult Prune(string directory, IReadOnlySet<string> keep, Func<string, bool>? isPrunable = null) =>
        Prune(directory, keep, isPrunable, gate: null);

    // The gate lets a terminating holder stop deletions before it gives up the lock.
    internal static PruneResult Prune(string directory, IReadOnlySet<string> keep, Func<string, bool>? isPrunable, WriteGate? gate)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var root = Path.GetFullPath(directory);
        switch (PathEntry.KindOf(root))
        {
            case PathEntryKind.Absent:
                return new PruneResult(Array.Empty<string>(), Array.Empty<string>());
            case PathEntryKind.Link:
                throw new OutputException($"refusing to prune \"{root}\": it is a link, and pruning never follows links out of the output directory.");
            case PathEntryKind.File:
                throw new OutputException($"cannot prune \"{root}\": it is a file, not a directory.");
        }

        var files = new FileSystemEnumerable<string>(
            root,
            (ref FileSystemEntry entry) => entry.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

        var deleted = new List<string>();
        var emptiedCandidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.ToList())
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (keep.Contains(relative)
                || AtomicTempName.IsMatch(Path.GetFileName(file))
                || (isPrunable is not null && !isPrunable(relative)))
            {
                continue;
            }

            gate?.EnterCommit();
            try
            {
                File.Delete(file);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"cannot delete the stale output file \"{file}\": {error.Message}", error);
            }
            finally
            {
                gate?.ExitCommit();
            }

            deleted.Add(relative);
            for (var parent = Path.GetDirectoryName(file); parent is not null && parent.Length > root.Length; parent = Path.GetDirectoryName(parent))
            {
                emptiedCandidates.Add(parent);
            }
        }

        var removedDirectories = new List<string>();
        foreach (var candidate in emptiedCandidates.OrderByDescending(path => path.Length).ThenBy(path => path, StringComparer.Ordinal))
        {
            bool removed;
            gate?.EnterCommit();
            try
            {
                removed = PathEntry.TryRemoveEmptyDirectory(candidate);
            }
            finally
            {
                gate?.ExitCommit();
            }

            if (removed)
            {
                removedDirectories.Add(Path.GetRelativePath(root, candidate).Replace('\\', '/'));
            }
        }

        deleted.Sort(StringComparer.Ordinal);
        removedDirectories.Sort(StringComparer.Ordinal);
        return new PruneResult(deleted, removedDirectories);
    }
}
