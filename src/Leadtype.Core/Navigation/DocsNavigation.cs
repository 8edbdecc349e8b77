using System;
using System.Collections.Generic;
using Leadtype.Collections;

namespace Leadtype.Navigation;

/// <summary>Which rule built the navigation.</summary>
public enum NavigationMode
{
    /// <summary>Curated <c>navigation</c> in the config.</summary>
    Curated,

    /// <summary>Legacy <c>groups</c> with frontmatter <c>group:</c> membership.</summary>
    Groups,

    /// <summary>No navigation or groups configured: a node per folder.</summary>
    Folders,
}

/// <summary>
/// The resolved navigation (config-cli §5.6): a tree of groups, the ungrouped pages (root entries,
/// then every page nothing referenced) and unknown group references. Value-equatable so the source
/// generator can cache it; shared by docs/llms.txt, llms-full.txt order, the manifest, sitemaps and AGENTS.md.
/// </summary>
public sealed record DocsNavigation(
    EquatableArray<NavGroup> Groups,
    EquatableArray<NavPageView> Ungrouped,
    EquatableArray<UnknownGroupReference> Unknown,
    NavigationMode Mode,
    string? Locale = null)
{
    /// <summary>
    /// Every page in reading order, each once: groups depth-first (a group's own pages before its
    /// children), then the ungrouped pages, then any page of <paramref name="allPages"/> the
    /// navigation does not list (by URL). The order llms-full.txt, the manifest and the sitemaps use.
    /// </summary>
    public IReadOnlyList<NavPageView> PagesInReadingOrder(IEnumerable<NavPageView>? allPages = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<NavPageView>();
        void Add(NavPageView page)
        {
            if (seen.Add(page.UrlPath))
            {
                ordered.Add(page);
            }
        }

        void Walk(NavGroup group)
        {
            foreach (var page in group.Pages)
            {
                Add(page);
            }

            foreach (var child in group.Children)
            {
                Walk(child);
            }
        }

        foreach (var group in Groups)
        {
            Walk(group);
        }

        foreach (var page in Ungrouped)
        {
            Add(page);
        }

        if (allPages is not null)
        {
            var rest = new List<NavPageView>();
            foreach (var page in allPages)
            {
                if (!seen.Contains(page.UrlPath))
                {
                    rest.Add(page);
                }
            }

            rest.Sort((a, b) => NavOrder.Compare(a.UrlPath, b.UrlPath));
            foreach (var page in rest)
            {
                Add(page);
            }
        }

        return ordered;
    }
}

/// <summary>A navigation group (a curated node, a legacy group or a folder).</summary>
/// <param name="Slug">URL-safe id, unique among siblings.</param>
/// <param name="SegmentPath">The slugs from the root group down to this one.</param>
/// <param name="Optional">Lower-priority content: docs/llms.txt moves it to a trailing "Optional" section.</param>
public sealed record NavGroup(
    string Slug,
    EquatableArray<string> SegmentPath,
    string Title,
    string? Description,
    bool Optional,
    EquatableArray<NavPageView> Pages,
    EquatableArray<NavGroup> Children);

/// <summary>A page as navigation presents it.</summary>
/// <param name="UrlPath">The route (<c>/docs/guides/install</c>).</param>
/// <param name="RelativePath">Docs-relative path without extension (<c>guides/install</c>, <c>guides/index</c>).</param>
/// <param name="Title">Frontmatter title, or one derived from the file name.</param>
/// <param name="Description">Frontmatter description, whitespace collapsed (empty when none).</param>
/// <param name="MarkdownUrlPath">URL of the Markdown mirror (<c>/docs/guides/install.md</c>, <c>/docs/guides/index.md</c>).</param>
/// <param name="Groups">Frontmatter <c>group</c> values.</param>
/// <param name="Order">Frontmatter <c>order</c>.</param>
/// <param name="Toc">Headings (h2–h3 by default) when the caller computed them.</param>
public sealed record NavPageView(
    string UrlPath,
    string RelativePath,
    string Title,
    string Description,
    string MarkdownUrlPath,
    EquatableArray<string> Groups,
    double? Order,
    EquatableArray<TocItem> Toc);

/// <summary>A page that names a group <c>groups</c> does not declare.</summary>
public sealed record UnknownGroupReference(string UrlPath, string Slug);

/// <summary>A heading in a page's table of contents.</summary>
public sealed record TocItem(
    string Id,
    string Title,
    int Level,
    string UrlPath,
    string UrlWithHash,
    string AbsoluteUrlWithHash,
    EquatableArray<TocItem> Children);
