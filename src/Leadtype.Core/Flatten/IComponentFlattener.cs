using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Turns one component element into plain Markdown nodes. The dispatcher has already flattened the
/// element's children for every higher-priority component (§6.2); the nodes returned replace the element
/// (an empty list removes it) and are then flattened for the remaining components.
/// </summary>
public interface IComponentFlattener
{
    /// <summary>The exact, case-sensitive element names this flattener handles.</summary>
    IReadOnlyList<string> Names { get; }

    IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context);
}
