using System.Collections.Generic;

namespace Leadtype.Mdx.Syntax;

/// <summary>
/// A node of the mdast-like tree every conversion rule is phrased over
/// (../shared/reference/leadtype-conversion.md §3.2). The MDX layer builds it from Markdig's AST,
/// the resolve transforms and flatteners rewrite it, and the serializer prints it.
/// Mutable on purpose: transforms replace children in place, as the original's do.
/// </summary>
public abstract class MdNode
{
    /// <summary>Where the node starts and ends in the page source (1-based, file coordinates; empty for synthesized nodes).</summary>
    public SourceRange Range { get; set; }

    /// <summary>The mdast type name (<c>paragraph</c>, <c>mdxJsxFlowElement</c>, …), used in messages and tests.</summary>
    public abstract string Type { get; }
}

/// <summary>A node with children.</summary>
public abstract class MdParent : MdNode
{
    public List<MdNode> Children { get; } = new();

    public T Add<T>(T child) where T : MdNode
    {
        Children.Add(child);
        return child;
    }
}

/// <summary>A node whose content is a string (<c>text</c>, <c>inlineCode</c>, <c>code</c>, expressions, ESM).</summary>
public abstract class MdLiteral : MdNode
{
    protected MdLiteral(string value) => Value = value;

    public string Value { get; set; }
}

/// <summary>1-based start and end positions; <see cref="IsEmpty"/> for nodes flatteners synthesized.</summary>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public bool IsEmpty => StartLine == 0;
}
