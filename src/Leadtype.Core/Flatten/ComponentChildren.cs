using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>Finding a container's items (<c>Card</c>, <c>Step</c>, <c>Tab</c>, …) the way the original does.</summary>
public static class ComponentChildren
{
    /// <summary>
    /// The elements named <paramref name="name"/> among the direct children, or among the children of a
    /// direct-child paragraph (items written inline get wrapped in one), in document order.
    /// </summary>
    public static List<MdxJsxElement> Items(MdxJsxElement container, string name)
    {
        var items = new List<MdxJsxElement>();
        foreach (var child in container.Children)
        {
            if (child is MdxJsxElement element && element.Name == name)
            {
                items.Add(element);
            }
            else if (child is MdParagraph paragraph)
            {
                foreach (var inline in paragraph.Children)
                {
                    if (inline is MdxJsxElement inner && inner.Name == name)
                    {
                        items.Add(inner);
                    }
                }
            }
        }

        return items;
    }
}
