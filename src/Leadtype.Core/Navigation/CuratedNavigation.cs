using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Text;

namespace Leadtype.Navigation;

/// <summary>
/// Curated navigation mode (config-cli §5.4): nodes become groups with cascading bases; page
/// strings must match a page (LT0102, located at the entry in leadtype.json); include globs that
/// match nothing warn (LT0110; an error when <c>required</c>); a page appears once per group but may
/// appear in several groups; top-level page entries and every unreferenced page are ungrouped.
/// </summary>
internal static class CuratedNavigation
{
    public static DocsNavigation Build(NavigationInput input, List<ResolvedPage> pages, List<DocsDiagnostic> diagnostics)
    {
        var builder = new Builder(input, pages, diagnostics);
        var groups = new List<NavGroup>();
        var rootEntries = new List<NavEntry>();
        var rootNodes = new List<NavNodeEntry>();
        foreach (var entry in input.Navigation)
        {
            if (entry is NavNodeEntry node)
            {
                rootNodes.Add(node);
            }
            else
            {
                rootEntries.Add(entry);
            }
        }

        var seenSlugs = new Dictionary<string, NavNodeEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in rootNodes)
        {
            if (builder.BuildGroup(node, EquatableArray<string>.Empty, string.Empty, seenSlugs) is { } group)
            {
                groups.Add(group);
            }
        }

        var rootPages = builder.ResolvePages(rootEntries, string.Empty, "root");
        var ungrouped = new List<NavPageView>(rootPages);
        foreach (var page in pages)
        {
            if (!builder.Referenced.Contains(page.View.UrlPath))
            {
                ungrouped.Add(page.View);
            }
        }

        var unknown = input.Groups.IsEmpty
            ? default
            : GroupsNavigation.FindUnknownGroups(input, pages, diagnostics, out _);
        return new DocsNavigation(groups.ToEquatableArray(), ungrouped.ToEquatableArray(), unknown, NavigationMode.Curated);
    }

    private sealed class Builder
    {
        private readonly NavigationInput _input;
        private readonly List<ResolvedPage> _pages;
        private readonly List<DocsDiagnostic> _diagnostics;
        private readonly Dictionary<string, ResolvedPage> _byKey = new(StringComparer.Ordinal);
        private readonly string[] _keys;

        public Builder(NavigationInput input, List<ResolvedPage> pages, List<DocsDiagnostic> diagnostics)
        {
            _input = input;
            _pages = pages;
            _diagnostics = diagnostics;
            _keys = new string[pages.Count];
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var key = _keys[i] = NavPath.Normalize(page.View.RelativePath);
                if (!_byKey.ContainsKey(key))
                {
                    _byKey[key] = page;
                }
            }
        }

        public HashSet<string> Referenced { get; } = new(StringComparer.Ordinal);

        public NavGroup? BuildGroup(NavNodeEntry node, EquatableArray<string> parentPath, string inheritedBase, Dictionary<string, NavNodeEntry> siblings)
        {
            var scope = parentPath.IsEmpty ? "root" : string.Join("/", parentPath);
            var slug = NavPath.InferSlug(node.Slug ?? node.Title);
            if (!NavPath.IsValidSlug(slug))
            {
                ConfigError(node.Location, "Invalid group slug \"" + slug + "\" under \"" + scope + "\". Slugs must be URL-safe (alphanumerics and dashes)." +
                    " Give the node \"" + node.Title + "\" a `slug`.");
                return null;
            }

            if (siblings.TryGetValue(slug, out var twin))
            {
                ConfigError(node.Location, "Duplicate nav slug \"" + slug + "\" under \"" + scope + "\". Nav slugs must be unique among siblings." +
                    " (\"" + twin.Title + "\" already uses it; set a different `slug`.)");
                return null;
            }

            siblings[slug] = node;
            var @base = node.Base is null ? inheritedBase : NavPath.Join(inheritedBase, node.Base);
            var segmentPath = parentPath.Concat(new[] { slug }).ToEquatableArray();
            var pages = ResolvePages(node.Pages, @base, string.Join("/", segmentPath));
            var children = new List<NavGroup>();
            var childSlugs = new Dictionary<string, NavNodeEntry>(StringComparer.OrdinalIgnoreCase);
            foreach (var child in node.Children)
            {
                if (BuildGroup(child, segmentPath, @base, childSlugs) is { } group)
                {
                    children.Add(group);
                }
            }

            return new NavGroup(slug, segmentPath, node.Title, node.Description, node.Optional, pages.ToEquatableArray(), children.ToEquatableArray());
        }

        /// <summary>Resolves page entries under one base, in entry order, each page once.</summary>
        public List<NavPageView> ResolvePages(IEnumerable<NavEntry> entries, string @base, string scope)
        {
            var result = new List<NavPageView>();
            var inGroup = new HashSet<string>(StringComparer.Ordinal);
            void Add(ResolvedPage page)
            {
                if (inGroup.Add(page.View.UrlPath))
                {
                    result.Add(page.View);
                    Referenced.Add(page.View.UrlPath);
                }
            }

            foreach (var entry in entries)
            {
                switch (entry)
                {
                    case NavPageEntry page:
                        var key = NavPath.Join(@base, page.Path);
                        if (_byKey.TryGetValue(key, out var found))
                        {
                            Add(found);
                        }
                        else
                        {
                            var suggestion = NearestName.Find(key, _byKey.Keys.Where(k => k.Length > 0).OrderBy(k => k, StringComparer.Ordinal));
                            var hint = (key == page.Path.Trim('/') ? string.Empty : " (looked for \"" + (key.Length == 0 ? "index" : key) + "\")") +
                                (suggestion is null ? string.Empty : " Did you mean \"" + Relative(suggestion, @base) + "\"?");
                            Report(DiagnosticCatalog.UnknownNavigationPage, page.Location, page.Path, scope, hint);
                        }

                        break;
                    case NavIncludeEntry include:
                        var matches = MatchInclude(include, @base);
                        if (matches.Count == 0)
                        {
                            var diagnostic = Create(DiagnosticCatalog.NavigationIncludeEmpty, include.Location, include.Include, scope);
                            _diagnostics.Add(include.Required ? diagnostic with { Severity = DocsDiagnosticSeverity.Error } : diagnostic);
                        }

                        foreach (var match in matches)
                        {
                            Add(match);
                        }

                        break;
                }
            }

            return result;
        }

        private List<ResolvedPage> MatchInclude(NavIncludeEntry include, string @base)
        {
            var pattern = NavPath.GlobToRegex(NavPath.Join(@base, include.Include));
            var excludes = include.Exclude.Select(e => NavPath.GlobToRegex(NavPath.Join(@base, e))).ToList();
            var matches = new List<ResolvedPage>();
            for (var i = 0; i < _pages.Count; i++)
            {
                var key = _keys[i];
                if (pattern.IsMatch(key) && !excludes.Any(e => e.IsMatch(key)))
                {
                    matches.Add(_pages[i]);
                }
            }

            var keys = include.Sort.IsEmpty ? new[] { NavSortKey.Order, NavSortKey.Path } : include.Sort.ToArray();
            matches.Sort((a, b) =>
            {
                foreach (var sortKey in keys)
                {
                    var c = sortKey switch
                    {
                        NavSortKey.Order => NavOrder.CompareOrder(a.View.Order, b.View.Order),
                        NavSortKey.Title => NavOrder.Compare(a.View.Title, b.View.Title),
                        _ => NavOrder.Compare(a.View.RelativePath, b.View.RelativePath),
                    };
                    if (c != 0)
                    {
                        return c;
                    }
                }

                return string.CompareOrdinal(a.View.RelativePath, b.View.RelativePath);
            });
            return matches;
        }

        private static string Relative(string key, string @base) =>
            @base.Length > 0 && key.StartsWith(@base + "/", StringComparison.Ordinal) ? key.Substring(@base.Length + 1) : "/" + key;

        private void ConfigError(ConfigLocation location, string message) =>
            _diagnostics.Add(Create(DiagnosticCatalog.InvalidConfig, location, message));

        private void Report(DocsDiagnosticDescriptor descriptor, ConfigLocation location, params object?[] args) =>
            _diagnostics.Add(Create(descriptor, location, args));

        private DocsDiagnostic Create(DocsDiagnosticDescriptor descriptor, ConfigLocation location, params object?[] args)
        {
            var diagnostic = DocsDiagnostic.Create(descriptor, _input.ConfigFile, location.Line, location.Column, args);
            return location.JsonPath is null ? diagnostic : diagnostic with { Message = diagnostic.Message + " [" + location.JsonPath + "]" };
        }
    }
}
