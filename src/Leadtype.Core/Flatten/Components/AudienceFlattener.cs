using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Audience target="human"&gt;</c> is removed with its content; any other target (<c>agent</c>, missing)
/// is replaced by its content (§7.2). Agents read the agent view of the page.
/// </summary>
public sealed class AudienceFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Audience" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var target = ComponentProps.Normalized(element, "target").ToLowerInvariant();
        return string.Equals(target, "human", StringComparison.Ordinal)
            ? Array.Empty<MdNode>()
            : BlockContent.Unwrapped(element);
    }
}
