using System;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Resolve;

/// <summary>Removes <c>{/* … */}</c> expressions, flow and inline (§5.3). Surrounding text is left as it was.</summary>
public static class JsxCommentRemoval
{
    public static void Apply(MdRoot root) => MdTree.RemoveAll(root, node => node is MdxExpression expression && IsComment(expression.Value));

    internal static bool IsComment(string value)
    {
        var trimmed = value.Trim();
        return trimmed.StartsWith("/*", StringComparison.Ordinal) && trimmed.EndsWith("*/", StringComparison.Ordinal);
    }
}
