using System;
using System.Collections.Generic;

namespace Leadtype;

/// <summary>
/// Everything the app knows about its docs at compile time: the pages in navigation order, the
/// navigation tree and the product. The source generator builds one instance (<c>Docs.Manifest</c>);
/// its pages are the same objects as the typed members.
/// </summary>
public sealed class DocsManifest
{
    private readonly DocPage[] _pages;
    private readonly Dictionary<string, DocPage> _byUrl;
    private readonly Dictionary<string, DocPage> _bySourcePath;

    public DocsManifest(DocsProduct product, DocPage[] pages, DocsNavTree navigation, string? baseUrl = null)
    {
        Product = product ?? throw new ArgumentNullException(nameof(product));
        _pages = pages ?? throw new ArgumentNullException(nameof(pages));
        Navigation = navigation ?? throw new ArgumentNullException(nameof(navigation));
        BaseUrl = baseUrl;
        _byUrl = new Dictionary<string, DocPage>(pages.Length, StringComparer.Ordinal);
        _bySourcePath = new Dictionary<string, DocPage>(pages.Length * 2, StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            var page = pages[i];
            page.Attach(this, i);
            _byUrl[page.Url] = page;
            _bySourcePath[page.SourcePath] = page;
            var withoutExtension = WithoutExtension(page.SourcePath);
            if (!_bySourcePath.ContainsKey(withoutExtension))
            {
                _bySourcePath[withoutExtension] = page;
            }
        }

        foreach (var group in navigation.Groups)
        {
            AssignGroups(group);
        }
    }

    public DocsProduct Product { get; }

    /// <summary>Every page once, in navigation order (groups depth-first, then ungrouped pages).</summary>
    public IReadOnlyList<DocPage> Pages => _pages;

    public DocsNavTree Navigation { get; }

    /// <summary>The base URL absolute URLs were built from, or <c>null</c> when none was configured.</summary>
    public string? BaseUrl { get; }

    /// <summary>
    /// The page whose route URL is <paramref name="url"/> (<c>/docs/guides/install</c>); a trailing
    /// <c>/</c>, a query string or a fragment are ignored. <c>null</c> when no page has that route.
    /// </summary>
    public DocPage? FindByUrl(string url)
    {
        if (url is null)
        {
            throw new ArgumentNullException(nameof(url));
        }

        var cut = url.IndexOfAny(QueryOrFragment);
        var path = cut >= 0 ? url.Substring(0, cut) : url;
        if (_byUrl.TryGetValue(path, out var page))
        {
            return page;
        }

        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0)
        {
            trimmed = "/";
        }

        return _byUrl.TryGetValue(trimmed, out page) ? page : null;
    }

    /// <summary>
    /// The page built from the docs-relative source file <paramref name="sourcePath"/>
    /// (<c>guides/install.mdx</c>, <c>guides\install.mdx</c> or <c>guides/install</c>); <c>null</c> when unknown.
    /// </summary>
    public DocPage? FindBySourcePath(string sourcePath)
    {
        if (sourcePath is null)
        {
            throw new ArgumentNullException(nameof(sourcePath));
        }

        var normalized = sourcePath.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(2);
        }

        normalized = normalized.TrimStart('/');
        return _bySourcePath.TryGetValue(normalized, out var page) ? page : null;
    }

    private static readonly char[] QueryOrFragment = { '?', '#' };

    private static string WithoutExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash + 1 ? path.Substring(0, dot) : path;
    }

    private static void AssignGroups(DocsNavTreeGroup group)
    {
        foreach (var page in group.Pages)
        {
            page.AssignGroup(group);
        }

        foreach (var child in group.Children)
        {
            AssignGroups(child);
        }
    }
}
