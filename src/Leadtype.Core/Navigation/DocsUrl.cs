using System;

namespace Leadtype.Navigation;

/// <summary>
/// The URL and path model every artifact shares (config-cli §4, artifacts §2.1): docs-relative
/// path → route, route → Markdown mirror URL, and the normalisers. Mirrors the reference exactly,
/// except for one deliberate fix: a nested index page (<c>guides/index.mdx</c>) advertises
/// <c>/docs/guides/index.md</c>, the file that actually exists on static hosting, instead of the
/// reference's <c>/docs/guides.md</c>, which 404s.
/// </summary>
public static class DocsUrl
{
    public const string DefaultUrlPrefix = "/docs";


    /// <summary><c>\</c> → <c>/</c>; nothing else.</summary>
    public static string NormalizePath(string path) => path.Replace('\\', '/');

    /// <summary>Normalises, then drops a trailing <c>.md</c> or <c>.mdx</c>.</summary>
    public static string StripExtension(string path)
    {
        var p = NormalizePath(path);
        if (p.EndsWith(".mdx", StringComparison.Ordinal))
        {
            return p.Substring(0, p.Length - 4);
        }

        return p.EndsWith(".md", StringComparison.Ordinal) ? p.Substring(0, p.Length - 3) : p;
    }

    public static string StripTrailingSlashes(string value) => value.TrimEnd('/');

    /// <summary>Collapses runs of whitespace to one space and trims (every description goes through this).</summary>
    public static string NormalizeWhitespace(string? value) => value is null ? string.Empty : Leadtype.Text.EcmaText.CollapseWhitespace(value);

    /// <summary><c>docs/</c> → <c>/docs</c>, <c>//x//</c> → <c>/x</c>, empty → <c>/</c>.</summary>
    public static string NormalizeUrlPrefix(string prefix)
    {
        var trimmed = StripTrailingSlashes("/" + NormalizePath(prefix).TrimStart('/'));
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    /// <summary>Cuts at the first <c>?</c> or <c>#</c> and strips trailing slashes; empty (including <c>/</c>) → <c>/docs</c>.</summary>
    public static string NormalizeDocsUrl(string url)
    {
        var cut = url.IndexOfAny(new[] { '?', '#' });
        var path = StripTrailingSlashes(cut < 0 ? url : url.Substring(0, cut));
        return path.Length == 0 ? DefaultUrlPrefix : path;
    }

    /// <summary><paramref name="value"/> equals <paramref name="prefix"/> or is below it (<c>/</c> matches every root-relative URL).</summary>
    public static bool MatchesUrlPrefix(string value, string prefix) =>
        prefix == "/"
            ? value.StartsWith("/", StringComparison.Ordinal)
            : value == prefix || value.StartsWith(prefix + "/", StringComparison.Ordinal);

    /// <summary>The route of a docs-relative source file: <c>guides/install.mdx</c> → <c>/docs/guides/install</c>, <c>guides/index.mdx</c> → <c>/docs/guides</c>.</summary>
    public static string ToDocsUrlPath(string relativePath, MountTable? mounts = null)
    {
        var (mount, remainder) = (mounts ?? MountTable.Default).Resolve(NormalizePath(relativePath));
        var rest = StripIndex(StripExtension(remainder));
        return Join(mount.UrlPrefix, rest);
    }

    /// <summary>
    /// The URL of the page's Markdown mirror: <c>urlPath + ".md"</c>, and <c>…/index.md</c> for every
    /// index page — the mount root (<c>/docs/index.md</c>, <c>/changelog/index.md</c>) as in the
    /// reference, and nested ones too (<c>guides/index.mdx</c> → <c>/docs/guides/index.md</c>), where
    /// the reference's <c>/docs/guides.md</c> names no file.
    /// </summary>
    public static string ToMarkdownUrlPath(string relativePath, MountTable? mounts = null)
    {
        var (mount, remainder) = (mounts ?? MountTable.Default).Resolve(NormalizePath(relativePath));
        var withoutExtension = StripExtension(remainder);
        var rest = StripIndex(withoutExtension);
        var urlPath = Join(mount.UrlPrefix, rest);
        if (rest.Length == 0 || rest.Length != withoutExtension.Length)
        {
            return urlPath == "/" ? "/index.md" : urlPath + "/index.md";
        }

        return urlPath + ".md";
    }

    /// <summary>The Markdown URL for a route with no known source page (curated links): <c>/docs</c> → <c>/docs/index.md</c>, else <c>urlPath + ".md"</c>.</summary>
    public static string ToMarkdownUrlPathFromRoute(string urlPath) => urlPath == DefaultUrlPrefix ? DefaultUrlPrefix + "/index.md" : urlPath + ".md";

    /// <summary>Where the Markdown mirror of a source file is written, relative to the output's <c>docs/</c> folder (the source layout, <c>.md</c> extension).</summary>
    public static string ToMirrorFilePath(string relativePath) => StripExtension(relativePath) + ".md";

    /// <summary>Absolute http(s) URLs pass through; otherwise the base URL (trailing slashes stripped) + the path.</summary>
    public static string ToAbsoluteUrl(string urlPath, string baseUrl)
    {
        if (urlPath.StartsWith("http://", StringComparison.Ordinal) || urlPath.StartsWith("https://", StringComparison.Ordinal))
        {
            return urlPath;
        }

        return StripTrailingSlashes(baseUrl) + urlPath;
    }

    /// <summary>Drops a trailing <c>/index</c> segment, or a bare <c>index</c>.</summary>
    internal static string StripIndex(string path)
    {
        if (path == "index")
        {
            return string.Empty;
        }

        return path.EndsWith("/index", StringComparison.Ordinal) ? path.Substring(0, path.Length - 6) : path;
    }

    private static string Join(string urlPrefix, string rest) =>
        rest.Length == 0 ? urlPrefix : urlPrefix == "/" ? "/" + rest : urlPrefix + "/" + rest;
}
