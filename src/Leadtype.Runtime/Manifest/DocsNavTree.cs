using System;
using System.Collections.Generic;

namespace Leadtype;

/// <summary>The navigation tree: top-level groups, and the pages outside every group.</summary>
public sealed class DocsNavTree
{
    public DocsNavTree(DocsNavTreeGroup[] groups, DocPage[] ungrouped)
    {
        Groups = groups ?? throw new ArgumentNullException(nameof(groups));
        Ungrouped = ungrouped ?? throw new ArgumentNullException(nameof(ungrouped));
    }

    public static DocsNavTree Empty { get; } = new(Array.Empty<DocsNavTreeGroup>(), Array.Empty<DocPage>());

    public IReadOnlyList<DocsNavTreeGroup> Groups { get; }

    /// <summary>Root pages listed in the navigation, then every page no group references.</summary>
    public IReadOnlyList<DocPage> Ungrouped { get; }
}
