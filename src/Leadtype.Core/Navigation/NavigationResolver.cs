using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Diagnostics;

namespace Leadtype.Navigation;

/// <summary>
/// Resolves the navigation (config-cli §5): curated mode when <c>navigation</c> is non-empty,
/// legacy groups mode when <c>groups</c> is non-empty, otherwise a tree built from the folder
/// structure (new: the reference leaves every page ungrouped and writes no docs/llms.txt).
/// Pure; collects every problem as a located diagnostic instead of stopping at the first.
/// </summary>
public static class NavigationResolver
{
    public static NavigationResult Resolve(NavigationInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        var diagnostics = new List<DocsDiagnostic>();
        var mounts = input.Mounts ?? MountTable.Default;
        var pages = BuildPages(input.Pages, mounts, diagnostics);

        DocsNavigation navigation;
        if (!input.Navigation.IsEmpty)
        {
            navigation = CuratedNavigation.Build(input, pages, diagnostics);
        }
        else if (!input.Groups.IsEmpty)
        {
            navigation = GroupsNavigation.Build(input, pages, diagnostics);
        }
        else
        {
            navigation = FolderNavigation.Build(pages);
        }

        var views = new NavPageView[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            views[i] = pages[i].View;
        }

        return new NavigationResult(navigation, new EquatableArray<NavPageView>(views), diagnostics.ToEquatableArray());
    }

    /// <summary>One entry per route, sorted by URL; a second page on the same route is LT0104 and left out.</summary>
    private static List<ResolvedPage> BuildPages(EquatableArray<NavPage> input, MountTable mounts, List<DocsDiagnostic> diagnostics)
    {
        var all = new List<ResolvedPage>(input.Count);
        foreach (var page in input)
        {
            var path = DocsUrl.NormalizePath(page.Path).TrimStart('/');
            var relativePath = DocsUrl.StripExtension(path);
            var urlPath = DocsUrl.ToDocsUrlPath(path, mounts);
            var view = new NavPageView(
                urlPath,
                relativePath,
                PageTitle.Resolve(page.Title, path),
                DocsUrl.NormalizeWhitespace(page.Description),
                DocsUrl.ToMarkdownUrlPath(path, mounts),
                NormalizeGroups(page.Groups),
                page.Order is { } order && !double.IsNaN(order) && !double.IsInfinity(order) ? order : null,
                page.Toc);
            all.Add(new ResolvedPage(page, path, view));
        }

        // Sort by source path first so "which page is the duplicate" does not depend on input order.
        all.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var byRoute = new Dictionary<string, ResolvedPage>(StringComparer.Ordinal);
        var kept = new List<ResolvedPage>(all.Count);
        foreach (var page in all)
        {
            if (byRoute.TryGetValue(page.View.UrlPath, out var first))
            {
                diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.DuplicateRoute, page.SourceFile, 0, 0, page.View.UrlPath, first.Path, page.Path));
                continue;
            }

            byRoute[page.View.UrlPath] = page;
            kept.Add(page);
        }

        kept.Sort((a, b) => NavOrder.Compare(a.View.UrlPath, b.View.UrlPath));
        return kept;
    }

    private static EquatableArray<string> NormalizeGroups(EquatableArray<string> groups)
    {
        var result = new List<string>(groups.Count);
        foreach (var group in groups)
        {
            var trimmed = group?.Trim();
            if (!string.IsNullOrEmpty(trimmed))
            {
                result.Add(trimmed!);
            }
        }

        return result.ToEquatableArray();
    }
}

/// <summary>A page with its normalised source path and its view.</summary>
internal sealed class ResolvedPage
{
    public ResolvedPage(NavPage source, string path, NavPageView view)
    {
        Source = source;
        Path = path;
        View = view;
    }

    public NavPage Source { get; }

    /// <summary>Docs-relative source path with extension, <c>/</c>-separated.</summary>
    public string Path { get; }

    public NavPageView View { get; }

    public string SourceFile => Source.SourceFile ?? Path;
}
