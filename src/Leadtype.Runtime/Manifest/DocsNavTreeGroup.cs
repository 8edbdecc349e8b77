using System;
using System.Collections.Generic;

namespace Leadtype;

/// <summary>A titled node of the navigation tree: its own pages, then its child groups.</summary>
public sealed class DocsNavTreeGroup
{
    public DocsNavTreeGroup(string slug, string title, string? description, bool isOptional, DocPage[] pages, DocsNavTreeGroup[] children)
    {
        Slug = slug ?? throw new ArgumentNullException(nameof(slug));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description;
        IsOptional = isOptional;
        Pages = pages ?? throw new ArgumentNullException(nameof(pages));
        Children = children ?? throw new ArgumentNullException(nameof(children));
        foreach (var child in children)
        {
            child.Parent = this;
        }
    }

    /// <summary>URL-safe slug, unique among siblings (<c>docs-pipeline</c>).</summary>
    public string Slug { get; }

    public string Title { get; }

    public string? Description { get; }

    /// <summary>Marked <c>optional</c> in the navigation config (lower priority for agents).</summary>
    public bool IsOptional { get; }

    /// <summary>The pages directly in this group, in navigation order.</summary>
    public IReadOnlyList<DocPage> Pages { get; }

    public IReadOnlyList<DocsNavTreeGroup> Children { get; }

    /// <summary>The enclosing group, or <c>null</c> for a top-level group.</summary>
    public DocsNavTreeGroup? Parent { get; private set; }

    public override string ToString() => Title;
}
