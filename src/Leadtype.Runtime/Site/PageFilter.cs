using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Leadtype.Navigation;

namespace Leadtype.Site;

/// <summary>
/// <c>--include</c> / <c>--exclude</c>: which <c>.mdx</c> files of the docs tree are pages this run, by globs over
/// docs-relative paths (mount paths included). With no include every page is in; excludes apply after. Unlike the
/// original, files a page includes need not match: the filter picks pages, and every file stays readable.
/// </summary>
public sealed class PageFilter
{
    public static readonly PageFilter All = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<Regex>(), Array.Empty<Regex>());

    private readonly Regex[] _includes;
    private readonly Regex[] _excludes;

    private PageFilter(IReadOnlyList<string> includes, IReadOnlyList<string> excludes, Regex[] includePatterns, Regex[] excludePatterns)
    {
        Includes = includes;
        Excludes = excludes;
        _includes = includePatterns;
        _excludes = excludePatterns;
    }

    public IReadOnlyList<string> Includes { get; }

    public IReadOnlyList<string> Excludes { get; }

    /// <summary>Whether any glob was given: then curated navigation is not used (it would name pages the run leaves out).</summary>
    public bool IsActive => Includes.Count > 0 || Excludes.Count > 0;

    /// <summary>
    /// Compiles the globs (the navigation include dialect: <c>*</c> within a segment, <c>**</c> anything,
    /// <c>**/</c> any number of folders), or returns a usage error naming the first glob it cannot take.
    /// </summary>
    public static (PageFilter? Filter, string? Error) Create(IReadOnlyList<string> includes, IReadOnlyList<string> excludes)
    {
        if (includes.Count == 0 && excludes.Count == 0)
        {
            return (All, null);
        }

        var include = new List<string>();
        var exclude = new List<string>();
        foreach (var (globs, into, flag) in new[] { (includes, include, "--include"), (excludes, exclude, "--exclude") })
        {
            foreach (var glob in globs)
            {
                var normalized = Normalize(glob);
                if (normalized.Length == 0)
                {
                    return (null, flag + " needs a glob, for example \"guides/**\".");
                }

                var unsupported = normalized.IndexOfAny(new[] { '?', '[', ']', '{', '}' });
                if (unsupported >= 0)
                {
                    return (null, flag + " \"" + glob + "\": '" + normalized[unsupported] + "' is not supported; globs take *, ** and **/ only (repeat the option for alternatives).");
                }

                into.Add(normalized);
            }
        }

        return (new PageFilter(include, exclude, include.ConvertAll(NavPath.GlobToRegex).ToArray(), exclude.ConvertAll(NavPath.GlobToRegex).ToArray()), null);
    }

    /// <summary>Whether the page at <paramref name="docsPath"/> (docs-relative, <c>/</c>-separated) is in this run.</summary>
    public bool Matches(string docsPath)
    {
        if (_includes.Length > 0 && !AnyMatch(_includes, docsPath))
        {
            return false;
        }

        return !AnyMatch(_excludes, docsPath);
    }

    /// <summary>The filter as the LT0117 message shows it, with a hint when an include names a folder without a glob.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        foreach (var include in Includes)
        {
            parts.Add("--include \"" + include + "\"");
        }

        foreach (var exclude in Excludes)
        {
            parts.Add("--exclude \"" + exclude + "\"");
        }

        var text = "that match " + string.Join(" ", parts);
        foreach (var include in Includes)
        {
            if (include.IndexOf('*') < 0 && !include.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
            {
                return text + " (globs match files: \"" + include + "/**\" takes a whole folder)";
            }
        }

        return text;
    }

    private static bool AnyMatch(Regex[] patterns, string path)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.IsMatch(path))
            {
                return true;
            }
        }

        return false;
    }

    // Docs-relative either way: "./guides/**", "/guides/**" and "guides\**" mean "guides/**".
    private static string Normalize(string glob)
    {
        var normalized = glob.Trim().Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        return normalized.TrimStart('/');
    }
}
