using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary><c>&lt;Section&gt;</c> and <c>&lt;section&gt;</c> are replaced by their content; attributes are dropped (§7.3).</summary>
public sealed class SectionFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Section", "section" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context) => BlockContent.Unwrapped(element);
}
