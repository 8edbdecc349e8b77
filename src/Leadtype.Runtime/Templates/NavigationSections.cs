using System;
using System.Collections.Generic;
using Leadtype.Navigation;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// Turns the navigation tree into the flat, depth-tagged section list the link-list templates
/// render (docs/llms.txt, AGENTS.md, sitemap.md, and llms.txt when no blocks are configured).
/// Each artifact differs only in how a page becomes a link and in which of the reference's layout
/// rules apply (artifacts §3.3, §3.8, §3.13.2).
/// </summary>
internal static class NavigationSections
{
    public const string OptionalDescription = "Lower-priority pages — safe to skip for a shorter context.";

    /// <summary>How the sections are laid out.</summary>
    public sealed class Options
    {
        /// <summary>Curated/folder navigation: nested groups become deeper headings. False (legacy groups): one section per top-level group with every descendant's pages, empty groups skipped.</summary>
        public bool Nested { get; init; } = true;

        /// <summary>Collect <c>optional</c> groups into a trailing <c>## Optional</c> section (docs/llms.txt only).</summary>
        public bool CollectOptional { get; init; }

        /// <summary>Apply the legacy flat layout when the navigation came from <c>groups</c>.</summary>
        public bool FlattenLegacyGroups { get; init; } = true;
    }

    public static ScriptArray Build(DocsNavigation navigation, Func<NavPageView, ScriptObject?> link, Options options)
    {
        var sections = new List<ScriptObject>();
        var optional = new List<NavPageView>();
        var nested = options.Nested && !(options.FlattenLegacyGroups && navigation.Mode == NavigationMode.Groups);
        foreach (var group in navigation.Groups)
        {
            if (nested)
            {
                if (options.CollectOptional && group.Optional)
                {
                    CollectPages(group, optional);
                    continue;
                }

                AddNested(sections, group, 2, link, options, optional);
            }
            else
            {
                var pages = new List<NavPageView>();
                CollectPages(group, pages);
                var links = Links(Distinct(pages), link);
                if (links.Count > 0)
                {
                    sections.Add(TemplateModel.Section(2, group.Title, group.Description, links));
                }
            }
        }

        var other = Links(navigation.Ungrouped, link);
        if (other.Count > 0)
        {
            sections.Add(TemplateModel.Section(2, "Other", null, other));
        }

        if (optional.Count > 0)
        {
            sections.Add(TemplateModel.Section(2, "Optional", OptionalDescription, Links(Distinct(optional), link)));
        }

        return TemplateModel.Array(sections);
    }

    private static void AddNested(List<ScriptObject> sections, NavGroup group, int depth, Func<NavPageView, ScriptObject?> link, Options options, List<NavPageView> optional)
    {
        sections.Add(TemplateModel.Section(depth, group.Title, group.Description, Links(group.Pages, link)));
        foreach (var child in group.Children)
        {
            if (options.CollectOptional && child.Optional)
            {
                CollectPages(child, optional);
                continue;
            }

            AddNested(sections, child, depth + 1, link, options, optional);
        }
    }

    /// <summary>A group's own pages, then its descendants' depth-first.</summary>
    private static void CollectPages(NavGroup group, List<NavPageView> into)
    {
        into.AddRange(group.Pages);
        foreach (var child in group.Children)
        {
            CollectPages(child, into);
        }
    }

    private static IEnumerable<NavPageView> Distinct(IEnumerable<NavPageView> pages)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (seen.Add(page.UrlPath))
            {
                yield return page;
            }
        }
    }

    private static List<ScriptObject> Links(IEnumerable<NavPageView> pages, Func<NavPageView, ScriptObject?> link)
    {
        var links = new List<ScriptObject>();
        foreach (var page in pages)
        {
            if (link(page) is { } item)
            {
                links.Add(item);
            }
        }

        return links;
    }
}
