using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>
/// Validates the relative paths callers write to, so nothing lands outside the output directory:
/// no rooted paths, no <c>..</c>, no empty or <c>.</c> segments, no names that look like the writer's
/// own temp files (the sweep would delete them). Either separator is accepted; the canonical form
/// uses <c>/</c>.
/// </summary>
internal static class OutputPath
{
    /// <summary>The canonical <c>a/b/c.md</c> form of <paramref name="relativePath"/>; throws <see cref="OutputException"/> when it is not acceptable.</summary>
    public static string Normalize(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath))
        {
            throw new OutputException("an output path is empty.");
        }

        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            throw new OutputException($"the output path \"{relativePath.Replace("\0", "\\0", StringComparison.Ordinal)}\" contains a NUL character.");
        }

        var unified = relativePath.Replace('\\', '/');
        if (unified.StartsWith('/') || Path.IsPathRooted(relativePath) || (unified.Length >= 2 && unified[1] == ':'))
        {
            throw new OutputException($"the output path \"{relativePath}\" is absolute; output paths are relative to the output directory.");
        }

        var segments = unified.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment == ".")
            {
                throw new OutputException($"the output path \"{relativePath}\" has an empty or \".\" segment.");
            }

            if (segment == "..")
            {
                throw new OutputException($"the output path \"{relativePath}\" contains \"..\"; output paths may not leave the output directory.");
            }
        }

        if (AtomicTempName.IsMatch(segments[^1]))
        {
            throw new OutputException(
                $"the output path \"{relativePath}\" has the name pattern of the writer's temp files (.<name>.<pid>-<12 hex>.tmp); " +
                "such files are deleted by the next run's sweep.");
        }

        return unified;
    }

    /// <summary>The full path of a canonical relative path under <paramref name="root"/>.</summary>
    public static string Combine(string root, string normalizedRelative) =>
        Path.Join(root, Path.DirectorySeparatorChar == '/' ? normalizedRelative : normalizedRelative.Replace('/', Path.DirectorySeparatorChar));
}
