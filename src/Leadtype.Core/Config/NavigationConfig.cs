using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>An entry of <c>navigation</c> (or of a node's <c>pages</c>).</summary>
public abstract record NavEntry(ConfigLocation Location);

/// <summary>
/// A page string such as <c>"quickstart"</c>: an extension-less path relative to the nearest
/// <c>base</c>; a leading <c>/</c> escapes to the docs root; <c>"index"</c> and <c>""</c> name index pages.
/// </summary>
public sealed record NavPageEntry(string Path, ConfigLocation Location = default) : NavEntry(Location);

/// <summary>How an include glob orders the pages it matches.</summary>
public enum NavSortKey
{
    Order,
    Path,
    Title,
}

/// <summary>
/// <c>{"include": "reference/**", "exclude"?, "sort"?, "required"?}</c>: every page whose path
/// matches the glob (<c>*</c>, <c>**</c>, <c>**/</c>), relative to the nearest base. An empty match
/// is a warning, or an error when <see cref="Required"/>.
/// </summary>
public sealed record NavIncludeEntry(
    string Include,
    EquatableArray<string> Exclude = default,
    EquatableArray<NavSortKey> Sort = default,
    bool Required = false,
    ConfigLocation Location = default) : NavEntry(Location);

/// <summary>A titled navigation node: a section with its own pages and child nodes.</summary>
public sealed record NavNodeEntry(
    string Title,
    string? Slug = null,
    string? Description = null,
    string? Base = null,
    EquatableArray<NavEntry> Pages = default,
    EquatableArray<NavNodeEntry> Children = default,
    bool Optional = false,
    ConfigLocation Location = default) : NavEntry(Location);

/// <summary>A legacy <c>groups</c> entry; pages join it with frontmatter <c>group: slug</c>.</summary>
public sealed record GroupConfig(
    string Slug,
    string Title,
    string? Description = null,
    EquatableArray<GroupConfig> Children = default,
    ConfigLocation Location = default);

/// <summary><c>mounts</c> entry: the docs subtree <see cref="PathPrefix"/> is served under <see cref="UrlPrefix"/>.</summary>
public sealed record MountConfig(string PathPrefix, string UrlPrefix, ConfigLocation Location = default);
