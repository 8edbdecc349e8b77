using System.Globalization;
using System.Text;

namespace Leadtype.Mdx.Syntax;

/// <summary>An indented, one-node-per-line dump of a tree, for tests and debugging.</summary>
public static class MdTreePrinter
{
    public static string Print(MdNode node)
    {
        var builder = new StringBuilder();
        Print(node, 0, builder);
        return builder.ToString();
    }

    private static void Print(MdNode node, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2).Append(node.Type);
        switch (node)
        {
            case MdLiteral literal:
                builder.Append(' ').Append(Quote(literal.Value));
                break;
            case MdHeading heading:
                builder.Append(" depth=").Append(heading.Depth.ToString(CultureInfo.InvariantCulture));
                break;
            case MdList list:
                builder.Append(list.Ordered ? " ordered start=" + list.Start?.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(list.Spread ? " spread" : string.Empty);
                break;
            case MdListItem { Checked: { } isChecked }:
                builder.Append(isChecked ? " [x]" : " [ ]");
                break;
            case MdLink link:
                builder.Append(" url=").Append(Quote(link.Url));
                break;
            case MdImage image:
                builder.Append(" url=").Append(Quote(image.Url)).Append(" alt=").Append(Quote(image.Alt));
                break;
            case MdxJsxElement element:
                builder.Append(" <").Append(element.Name ?? string.Empty).Append('>');
                foreach (var attribute in element.Attributes)
                {
                    builder.Append(' ').Append(attribute.Kind switch
                    {
                        MdxAttributeKind.Boolean => attribute.Name,
                        MdxAttributeKind.String => attribute.Name + "=" + Quote(attribute.Value ?? string.Empty),
                        MdxAttributeKind.Expression => attribute.Name + "={" + attribute.Value + "}",
                        _ => "{" + attribute.Value + "}",
                    });
                }

                break;
        }

        if (!node.Range.IsEmpty)
        {
            builder.Append(" @").Append(node.Range.StartLine.ToString(CultureInfo.InvariantCulture)).Append(':').Append(node.Range.StartColumn.ToString(CultureInfo.InvariantCulture))
                .Append('-').Append(node.Range.EndLine.ToString(CultureInfo.InvariantCulture)).Append(':').Append(node.Range.EndColumn.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append('\n');
        if (node is MdParent parent)
        {
            foreach (var child in parent.Children)
            {
                Print(child, depth + 1, builder);
            }
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\"", "\\\"") + "\"";
}
