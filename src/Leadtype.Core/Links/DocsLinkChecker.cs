using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Paths;

namespace Leadtype.Links;

/// <summary>A page as the link checker sees it: where it lives, its URLs and its anchors.</summary>
public sealed record LinkablePage(string SourcePath, string Url, string MarkdownUrl, IReadOnlyCollection<string> Anchors);

/// <summary>What is wrong with a link: the descriptor (LT0030 or LT0031) and its message arguments.</summary>
public sealed record LinkProblem(DocsDiagnosticDescriptor Descriptor, object?[] Arguments)
{
    public string Message => Descriptor.Format(Arguments);
}

/// <summary>
/// Checks internal docs links against the site's routes and heading anchors. Internal means: a
/// fragment on the same page (<c>#setup</c>), a root-relative URL under one of the docs URL prefixes
/// (<c>/docs/guides/install#setup</c>, or its <c>.md</c> mirror), or a relative link to a docs file
/// (<c>../guides/install.mdx</c>). External and unrelated URLs are never reported.
/// </summary>
public sealed class DocsLinkChecker
{
    private readonly Dictionary<string, LinkablePage> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkablePage> _bySource = new(StringComparer.Ordinal);
    private readonly List<string> _urlPrefixes;

    public DocsLinkChecker(IEnumerable<LinkablePage> pages, IEnumerable<string> urlPrefixes)
    {
        foreach (var page in pages)
        {
            _byUrl[page.Url] = page;
            _byUrl[page.MarkdownUrl] = page;
            _bySource[page.SourcePath] = page;
            _bySource[DocsPath.WithoutExtension(page.SourcePath)] = page;
        }

        _urlPrefixes = new List<string>();
        foreach (var prefix in urlPrefixes)
        {
            var normalized = "/" + prefix.Trim('/');
            if (!_urlPrefixes.Contains(normalized))
            {
                _urlPrefixes.Add(normalized);
            }
        }
    }

    /// <summary>The problem with <paramref name="url"/> written in page <paramref name="fromSourcePath"/>, or <c>null</c> when it is fine or not internal.</summary>
    public LinkProblem? Check(string fromSourcePath, string url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        SplitFragment(url, out var path, out var fragment);
        if (path.Length == 0)
        {
            return fragment is null || !_bySource.TryGetValue(fromSourcePath, out var self) ? null : CheckAnchor(self, fragment);
        }

        if (HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        LinkablePage? target;
        if (path.StartsWith("/", StringComparison.Ordinal))
        {
            if (!IsUnderDocs(path))
            {
                return null;
            }

            var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
            if (!_byUrl.TryGetValue(trimmed, out target))
            {
                return new LinkProblem(DiagnosticCatalog.BrokenLink, new object?[] { url });
            }
        }
        else
        {
            if (!path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var resolved = DocsPath.ResolveFrom(fromSourcePath, path);
            if (resolved is null || !_bySource.TryGetValue(DocsPath.WithoutExtension(resolved), out target))
            {
                return new LinkProblem(DiagnosticCatalog.BrokenLink, new object?[] { url });
            }
        }

        return fragment is null ? null : CheckAnchor(target, fragment);
    }

    private static LinkProblem? CheckAnchor(LinkablePage page, string fragment)
    {
        if (fragment.Length == 0)
        {
            return null;
        }

        var anchor = Uri.UnescapeDataString(fragment);
        foreach (var known in page.Anchors)
        {
            if (string.Equals(known, anchor, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new LinkProblem(DiagnosticCatalog.UnknownAnchor, new object?[] { anchor, page.Url });
    }

    private bool IsUnderDocs(string path)
    {
        foreach (var prefix in _urlPrefixes)
        {
            if (prefix == "/" || path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal) || path.StartsWith(prefix + ".md", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void SplitFragment(string url, out string path, out string? fragment)
    {
        var hash = url.IndexOf('#');
        var query = url.IndexOf('?');
        var pathEnd = hash >= 0 && (query < 0 || hash < query) ? hash : query;
        path = pathEnd >= 0 ? url.Substring(0, pathEnd) : url;
        fragment = hash >= 0 ? url.Substring(hash + 1) : null;
        if (fragment is not null)
        {
            var fragmentQuery = fragment.IndexOf('?');
            if (fragmentQuery >= 0)
            {
                fragment = fragment.Substring(0, fragmentQuery);
            }
        }
    }

    private static bool HasScheme(string path)
    {
        var colon = path.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = path[i];
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
