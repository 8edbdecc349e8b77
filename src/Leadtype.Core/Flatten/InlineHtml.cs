using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Inline HTML-like tags inside component text turned into Markdown: <c>strong</c>/<c>b</c> → bold,
/// <c>em</c>/<c>i</c> → emphasis, <c>code</c>/<c>kbd</c> → inline code, <c>a href</c> → link, <c>br</c> → line
/// break, <c>del</c>/<c>s</c> → strikethrough; any other inline element is replaced by its content.
/// </summary>
public static class InlineHtml
{
    public static List<MdNode> Convert(IReadOnlyList<MdNode> nodes)
    {
        var result = new List<MdNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node is MdxJsxElement { IsFlow: false } element)
            {
                result.AddRange(ConvertElement(element));
            }
            else
            {
                if (node is MdParagraph paragraph)
                {
                    var converted = Convert(paragraph.Children);
                    paragraph.Children.Clear();
                    paragraph.Children.AddRange(converted);
                }

                result.Add(node);
            }
        }

        return result;
    }

    private static IEnumerable<MdNode> ConvertElement(MdxJsxElement element)
    {
        var children = Convert(element.Children);
        MdParent? wrapper = element.Name switch
        {
            "strong" or "b" => new MdStrong(),
            "em" or "i" => new MdEmphasis(),
            "del" or "s" => new MdDelete(),
            "a" when ComponentProps.String(element, "href") is { Length: > 0 } href => new MdLink(href),
            _ => null,
        };

        switch (element.Name)
        {
            case "code" or "kbd":
                return new MdNode[] { new MdInlineCode(MdTree.ToPlainText(element)) { Range = element.Range } };
            case "br":
                return new MdNode[] { new MdBreak { Range = element.Range } };
        }

        if (wrapper is null)
        {
            return children;
        }

        wrapper.Range = element.Range;
        wrapper.Children.AddRange(children);
        return new MdNode[] { wrapper };
    }
}
