using System;
using System.Collections.Generic;

namespace Leadtype.Paths;

/// <summary>
/// The one normaliser for docs-relative paths. Everything downstream (URLs, navigation, includes,
/// generator hint names) sees paths as <c>/</c>-separated, relative, without <c>.</c> or <c>..</c>
/// segments, whatever the host OS wrote. The generator runs on Windows too, so <c>\</c> is a separator.
/// </summary>
public static class DocsPath
{
    /// <summary>
    /// Normalises <paramref name="path"/> (either separator) into a relative <c>a/b/c.mdx</c> form.
    /// Returns <c>null</c> when <c>..</c> segments climb above the start (the path escapes its root).
    /// </summary>
    public static string? Normalize(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var segments = new List<string>();
        foreach (var raw in path.Replace('\\', '/').Split('/'))
        {
            if (raw.Length == 0 || raw == ".")
            {
                continue;
            }

            if (raw == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(raw);
        }

        return string.Join("/", segments);
    }

    /// <summary>Resolves <paramref name="relative"/> against the directory of the docs-relative file <paramref name="fromFile"/>; <c>null</c> when it escapes the root.</summary>
    public static string? ResolveFrom(string fromFile, string relative)
    {
        var rel = relative.Replace('\\', '/');
        if (rel.StartsWith("/", StringComparison.Ordinal))
        {
            return Normalize(rel);
        }

        var dir = GetDirectory(fromFile);
        return Normalize(dir.Length == 0 ? rel : dir + "/" + rel);
    }

    /// <summary>The directory part of a normalised path (<c>""</c> for a root file).</summary>
    public static string GetDirectory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    /// <summary>The last segment of a path.</summary>
    public static string GetFileName(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }

    /// <summary>The path without its last extension (<c>guides/install.mdx</c> → <c>guides/install</c>).</summary>
    public static string WithoutExtension(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        var dot = normalized.LastIndexOf('.');
        return dot > slash + 1 ? normalized.Substring(0, dot) : normalized;
    }

    /// <summary>
    /// Makes <paramref name="fullPath"/> relative to <paramref name="rootPath"/> (both absolute, either separator),
    /// or returns <c>null</c> when it is not under the root. Comparison is ordinal; pass case-folded paths on
    /// case-insensitive file systems.
    /// </summary>
    public static string? RelativeTo(string rootPath, string fullPath)
    {
        var root = rootPath.Replace('\\', '/').TrimEnd('/');
        var full = fullPath.Replace('\\', '/');
        if (!full.StartsWith(root + "/", StringComparison.Ordinal))
        {
            return null;
        }

        return Normalize(full.Substring(root.Length + 1));
    }
}
