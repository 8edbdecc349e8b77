using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;

namespace Leadtype.Navigation;

/// <summary>
/// The fallback when the config has no <c>navigation</c> and no <c>groups</c> (or there is no
/// config): a group per folder, titled from the folder's index page or the folder name; pages
/// (index first) and sub-folders ordered by frontmatter <c>order</c>, then title. Root-level pages
/// are ungrouped. This gives llms.txt, docs/llms.txt and sitemap.md a useful structure where the
/// reference lists nothing.
/// </summary>
internal static class FolderNavigation
{
    public static DocsNavigation Build(List<ResolvedPage> pages)
    {
        var root = new Folder(string.Empty, string.Empty);
        foreach (var page in pages)
        {
            var segments = page.View.RelativePath.Split('/');
            var folder = root;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                folder = folder.Child(segments[i]);
            }

            if (segments[segments.Length - 1] == "index")
            {
                folder.Index = page.View;
            }
            else
            {
                folder.Pages.Add(page.View);
            }
        }

        var groups = BuildChildren(root, EquatableArray<string>.Empty);
        return new DocsNavigation(groups, OrderedPages(root), default, NavigationMode.Folders);
    }

    private static EquatableArray<NavGroup> BuildChildren(Folder folder, EquatableArray<string> parentPath)
    {
        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = new List<NavGroup>();
        foreach (var child in folder.Children.Values.OrderBy(c => c.Index?.Order ?? double.PositiveInfinity).ThenBy(c => c.Title, Comparer<string>.Create(NavOrder.Compare)).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var slug = UniqueSlug(NavPath.InferSlug(child.Name), slugs);
            var segmentPath = parentPath.Concat(new[] { slug }).ToEquatableArray();
            var description = child.Index is { Description.Length: > 0 } index ? index.Description : null;
            groups.Add(new NavGroup(slug, segmentPath, child.Title, description, false, OrderedPages(child), BuildChildren(child, segmentPath)));
        }

        return groups.ToEquatableArray();
    }

    private static EquatableArray<NavPageView> OrderedPages(Folder folder)
    {
        var ordered = new List<NavPageView>();
        if (folder.Index is not null)
        {
            ordered.Add(folder.Index);
        }

        ordered.AddRange(folder.Pages
            .OrderBy(p => p.Order ?? double.PositiveInfinity)
            .ThenBy(p => p.Title, Comparer<string>.Create(NavOrder.Compare))
            .ThenBy(p => p.RelativePath, StringComparer.Ordinal));
        return ordered.ToEquatableArray();
    }

    private static string UniqueSlug(string slug, HashSet<string> taken)
    {
        var baseSlug = slug.Length == 0 ? "section" : slug;
        var candidate = baseSlug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = baseSlug + "-" + n;
        }

        return candidate;
    }

    private sealed class Folder
    {
        public Folder(string name, string path)
        {
            Name = name;
            Path = path;
        }

        public string Name { get; }

        public string Path { get; }

        public NavPageView? Index { get; set; }

        public List<NavPageView> Pages { get; } = new();

        public SortedDictionary<string, Folder> Children { get; } = new(StringComparer.Ordinal);

        /// <summary>The index page's title when there is one (it already falls back to the folder name), else the folder name titleized.</summary>
        public string Title => Index?.Title ?? PageTitle.FromPath(Path + "/index");

        public Folder Child(string name)
        {
            if (!Children.TryGetValue(name, out var child))
            {
                child = new Folder(name, Path.Length == 0 ? name : Path + "/" + name);
                Children[name] = child;
            }

            return child;
        }
    }
}
