using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>What sits at a path, looked at without following a symbolic link or junction.</summary>
internal enum PathEntryKind
{
    Absent,
    File,
    Directory,
    Link,
}

/// <summary>
/// Inspects and removes directory entries without ever following links: a link is reported and
/// removed as itself, so no operation of the writer or the lock reaches outside the tree it was given.
/// </summary>
internal static class PathEntry
{
    public static PathEntryKind KindOf(string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            // A dangling link has no target to report attributes for, but it is still an entry.
            return IsLink(path) ? PathEntryKind.Link : PathEntryKind.Absent;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return IsLink(path) ? PathEntryKind.Link : PathEntryKind.File;
        }

        if ((attributes & FileAttributes.ReparsePoint) != 0)
        {
            return PathEntryKind.Link;
        }

        return (attributes & FileAttributes.Directory) != 0 ? PathEntryKind.Directory : PathEntryKind.File;
    }

    /// <summary>Last write time of the entry itself, or null when it is gone.</summary>
    public static DateTime? LastWriteUtc(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null && !info.Exists && !Directory.Exists(path))
            {
                return null;
            }

            return info.LastWriteTimeUtc;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes a file, a link (the link only) or a directory tree (links inside it removed as links,
    /// never followed). Returns false when nothing was there.
    /// </summary>
    public static bool Remove(string path)
    {
        switch (KindOf(path))
        {
            case PathEntryKind.Absent:
                return false;
            case PathEntryKind.Directory:
                // Directory.Delete(recursive) removes reparse points inside the tree as entries
                // (on Unix it unlinks them, on Windows it removes the link), it does not descend them.
                Directory.Delete(path, recursive: true);
                return true;
            case PathEntryKind.Link when OperatingSystem.IsWindows() && Directory.Exists(path):
                Directory.Delete(path, recursive: false);
                return true;
            default:
                File.Delete(path);
                return true;
        }
    }

    /// <summary>Removes <paramref name="path"/> only if it is a real, empty directory; never throws.</summary>
    public static bool TryRemoveEmptyDirectory(string path)
    {
        if (KindOf(path) != PathEntryKind.Directory)
        {
            return false;
        }

        try
        {
            // rmdir: fails unless empty, so it cannot remove a lock or output another process just put there.
            Directory.Delete(path, recursive: false);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
