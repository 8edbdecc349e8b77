using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// How a component degrades when its data attribute cannot be read: the attribute's source is written as a
/// <c>js</c> code block, so the content stays readable (the original drops such components).
/// </summary>
public static class UnreadableProps
{
    public static IReadOnlyList<MdNode> AsCode(MdxAttribute attribute) =>
        new MdNode[] { MdNodes.Code((attribute.Value ?? string.Empty).Trim(), "js") };
}
