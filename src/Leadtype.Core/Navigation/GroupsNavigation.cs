using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Text;

namespace Leadtype.Navigation;

/// <summary>
/// Legacy groups mode (config-cli §5.5): the group tree comes from <c>groups</c>, membership from
/// each page's frontmatter <c>group:</c> (case-insensitive; a page may join several groups). A slug
/// no group declares is LT0103, located at the page's <c>group:</c> line; such a page without any
/// known group is ungrouped.
/// </summary>
internal static class GroupsNavigation
{
    public static DocsNavigation Build(NavigationInput input, List<ResolvedPage> pages, List<DocsDiagnostic> diagnostics)
    {
        var members = new Dictionary<string, List<NavPageView>>(StringComparer.OrdinalIgnoreCase);
        ValidateTree(input.Groups, "root", input.ConfigFile, diagnostics, members);

        var unknown = FindUnknownGroups(input, pages, diagnostics, out var ordered);
        var ungrouped = new List<NavPageView>();
        foreach (var page in ordered)
        {
            var joined = false;
            foreach (var slug in page.View.Groups)
            {
                if (members.TryGetValue(slug, out var list))
                {
                    list.Add(page.View);
                    joined = true;
                }
            }

            if (!joined)
            {
                ungrouped.Add(page.View);
            }
        }

        var groups = BuildTree(input.Groups, EquatableArray<string>.Empty, members);
        return new DocsNavigation(groups, ungrouped.ToEquatableArray(), unknown, NavigationMode.Groups);
    }

    /// <summary>
    /// Pages naming a group slug that <c>groups</c> does not declare (LT0103 each). Also returns the
    /// pages in membership order: by <c>order</c> (missing last), then by URL.
    /// </summary>
    public static EquatableArray<UnknownGroupReference> FindUnknownGroups(NavigationInput input, List<ResolvedPage> pages, List<DocsDiagnostic> diagnostics, out List<ResolvedPage> ordered)
    {
        var declared = new List<string>();
        Collect(input.Groups, declared);
        var known = new HashSet<string>(declared, StringComparer.OrdinalIgnoreCase);
        ordered = pages.OrderBy(p => p.View.Order ?? double.PositiveInfinity).ThenBy(p => p.View.UrlPath, Comparer<string>.Create(NavOrder.Compare)).ToList();
        var unknown = new List<UnknownGroupReference>();
        foreach (var page in ordered)
        {
            foreach (var slug in page.View.Groups)
            {
                if (known.Contains(slug))
                {
                    continue;
                }

                unknown.Add(new UnknownGroupReference(page.View.UrlPath, slug));
                var suggestion = NearestName.Find(slug, declared);
                var hint = suggestion is not null
                    ? ". Did you mean \"" + suggestion + "\"?"
                    : ". Declared groups: " + string.Join(", ", declared.Take(12)) + (declared.Count > 12 ? ", …" : string.Empty) + ".";
                var span = page.Source.GroupSpan;
                diagnostics.Add(span.IsEmpty
                    ? DocsDiagnostic.Create(DiagnosticCatalog.UnknownGroup, page.SourceFile, 0, 0, page.View.UrlPath, slug, hint)
                    : DocsDiagnostic.Create(DiagnosticCatalog.UnknownGroup, page.SourceFile, span, page.View.UrlPath, slug, hint));
            }
        }

        return unknown.ToEquatableArray();
    }

    private static void ValidateTree(EquatableArray<GroupConfig> groups, string scope, string configFile, List<DocsDiagnostic> diagnostics, Dictionary<string, List<NavPageView>> members)
    {
        var siblings = new Dictionary<string, GroupConfig>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (!NavPath.IsValidSlug(group.Slug))
            {
                diagnostics.Add(ConfigError(configFile, group.Location,
                    "Invalid group slug \"" + group.Slug + "\" under \"" + scope + "\". Slugs must be URL-safe (alphanumerics and dashes). Try \"" + NavPath.InferSlug(group.Slug) + "\"."));
            }
            else if (siblings.ContainsKey(group.Slug))
            {
                diagnostics.Add(ConfigError(configFile, group.Location,
                    "Duplicate group slug \"" + group.Slug + "\" under \"" + scope + "\". Group slugs must be unique among siblings."));
            }

            siblings[group.Slug] = group;

            // Same-slug groups in different subtrees share one member list, as in the reference.
            if (!members.ContainsKey(group.Slug))
            {
                members[group.Slug] = new List<NavPageView>();
            }

            ValidateTree(group.Children, scope == "root" ? group.Slug : scope + "/" + group.Slug, configFile, diagnostics, members);
        }
    }

    private static EquatableArray<NavGroup> BuildTree(EquatableArray<GroupConfig> groups, EquatableArray<string> parentPath, Dictionary<string, List<NavPageView>> members)
    {
        var result = new List<NavGroup>();
        foreach (var group in groups)
        {
            var segmentPath = parentPath.Concat(new[] { group.Slug }).ToEquatableArray();
            result.Add(new NavGroup(
                group.Slug,
                segmentPath,
                group.Title,
                group.Description,
                false,
                members[group.Slug].ToEquatableArray(),
                BuildTree(group.Children, segmentPath, members)));
        }

        return result.ToEquatableArray();
    }

    private static void Collect(EquatableArray<GroupConfig> groups, List<string> into)
    {
        foreach (var group in groups)
        {
            into.Add(group.Slug);
            Collect(group.Children, into);
        }
    }

    private static DocsDiagnostic ConfigError(string configFile, ConfigLocation location, string message)
    {
        var diagnostic = DocsDiagnostic.Create(DiagnosticCatalog.InvalidConfig, configFile, location.Line, location.Column, message);
        return location.JsonPath is null ? diagnostic : diagnostic with { Message = diagnostic.Message + " [" + location.JsonPath + "]" };
    }
}
