using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;

namespace Leadtype.Navigation;

/// <summary>
/// Maps the docs subtree <see cref="PathPrefix"/> (docs-relative, no leading or trailing <c>/</c>;
/// empty = the whole docs folder) to the URL prefix <see cref="UrlPrefix"/> (leading <c>/</c>, no
/// trailing <c>/</c>; <c>/</c> for the site root). Create with <see cref="Create"/> to normalise.
/// </summary>
public sealed record Mount(string PathPrefix, string UrlPrefix)
{
    /// <summary>The mount every page falls back to: the docs folder served under <c>/docs</c>.</summary>
    public static Mount Default { get; } = new(string.Empty, DocsUrl.DefaultUrlPrefix);

    /// <summary>Normalises both halves the way the reference does (config-cli §4.2 step 2).</summary>
    public static Mount Create(string pathPrefix, string urlPrefix) =>
        new(DocsUrl.NormalizePath(pathPrefix).Trim('/'), DocsUrl.NormalizeUrlPrefix(urlPrefix));
}

/// <summary>
/// An ordered, normalised mount list: the longest path prefix wins (a stable sort, so among equal
/// lengths the earlier mount wins), and an empty list means the default <c>"" → /docs</c>.
/// </summary>
public sealed class MountTable : IEquatable<MountTable>
{
    private readonly Mount[] _byPrecedence;

    public MountTable(IEnumerable<Mount>? mounts)
    {
        var list = (mounts ?? Enumerable.Empty<Mount>()).Select(m => Mount.Create(m.PathPrefix, m.UrlPrefix)).ToList();
        if (list.Count == 0)
        {
            list.Add(Mount.Default);
        }

        Mounts = list.ToEquatableArray();
        // Longest path prefix first; equal lengths keep the given order. A stable insertion sort over a handful
        // of mounts, rather than LINQ ordering over value tuples, whose generic code a ReadyToRun tool compiles at start-up.
        var byPrecedence = list.ToArray();
        for (var i = 1; i < byPrecedence.Length; i++)
        {
            var mount = byPrecedence[i];
            var j = i - 1;
            for (; j >= 0 && byPrecedence[j].PathPrefix.Length < mount.PathPrefix.Length; j--)
            {
                byPrecedence[j + 1] = byPrecedence[j];
            }

            byPrecedence[j + 1] = mount;
        }

        _byPrecedence = byPrecedence;
    }

    public static MountTable Default { get; } = new(null);

    /// <summary>The normalised mounts in the order given.</summary>
    public EquatableArray<Mount> Mounts { get; }

    /// <summary>The mount serving <paramref name="relativePath"/> (normalised, docs-relative) and the path below it.</summary>
    public (Mount Mount, string Remainder) Resolve(string relativePath)
    {
        foreach (var mount in _byPrecedence)
        {
            if (mount.PathPrefix.Length == 0)
            {
                return (mount, relativePath);
            }

            if (relativePath == mount.PathPrefix)
            {
                return (mount, string.Empty);
            }

            if (relativePath.StartsWith(mount.PathPrefix + "/", StringComparison.Ordinal))
            {
                return (mount, relativePath.Substring(mount.PathPrefix.Length + 1));
            }
        }

        return (Mount.Default, relativePath);
    }

    /// <summary>
    /// True when <paramref name="urlPath"/> is at or below one of the mounts' URL prefixes — or below
    /// <c>/docs</c> when no mount covers the whole docs folder (pages outside every mount land there).
    /// </summary>
    public bool IsUnderDocs(string urlPath) =>
        Mounts.Any(m => DocsUrl.MatchesUrlPrefix(urlPath, m.UrlPrefix))
        || (!Mounts.Any(m => m.PathPrefix.Length == 0) && DocsUrl.MatchesUrlPrefix(urlPath, DocsUrl.DefaultUrlPrefix));

    public bool Equals(MountTable? other) => other is not null && Mounts.Equals(other.Mounts);

    public override bool Equals(object? obj) => Equals(obj as MountTable);

    public override int GetHashCode() => Mounts.GetHashCode();
}
