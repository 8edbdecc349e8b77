using System;
using System.Collections.Generic;
using System.Text;

namespace Leadtype.Mdx.Syntax;

/// <summary>Small tree operations the transforms share.</summary>
public static class MdTree
{
    /// <summary>Visits every node under <paramref name="root"/> (itself included), parents before children.</summary>
    public static void Visit(MdNode root, Action<MdNode> visit)
    {
        visit(root);
        if (root is MdParent parent)
        {
            // Index loop: a visitor may append to the list being walked.
            for (var i = 0; i < parent.Children.Count; i++)
            {
                Visit(parent.Children[i], visit);
            }
        }
    }

    /// <summary>Removes every node matching <paramref name="match"/> anywhere under <paramref name="root"/>; returns how many.</summary>
    public static int RemoveAll(MdParent root, Predicate<MdNode> match)
    {
        var removed = root.Children.RemoveAll(match);
        foreach (var child in root.Children)
        {
            if (child is MdParent parent)
            {
                removed += RemoveAll(parent, match);
            }
        }

        return removed;
    }

    /// <summary>
    /// mdast-util-to-string (§7.1): the concatenated <c>value</c> of every literal, an image's alt,
    /// the children of everything else; no separator between blocks.
    /// </summary>
    public static string ToPlainText(MdNode node)
    {
        var builder = new StringBuilder();
        AppendPlainText(node, builder);
        return builder.ToString();
    }

    public static void AppendPlainText(MdNode node, StringBuilder builder)
    {
        switch (node)
        {
            case MdLiteral literal:
                builder.Append(literal.Value);
                break;
            case MdImage image:
                builder.Append(image.Alt);
                break;
            case MdImageReference imageReference:
                builder.Append(imageReference.Alt);
                break;
            case MdParent parent:
                foreach (var child in parent.Children)
                {
                    AppendPlainText(child, builder);
                }

                break;
        }
    }

    /// <summary>The JSX elements named <paramref name="name"/> anywhere under <paramref name="root"/>, in document order.</summary>
    public static List<MdxJsxElement> FindElements(MdNode root, string name)
    {
        var found = new List<MdxJsxElement>();
        Visit(root, node =>
        {
            if (node is MdxJsxElement element && element.Name == name)
            {
                found.Add(element);
            }
        });
        return found;
    }
}
