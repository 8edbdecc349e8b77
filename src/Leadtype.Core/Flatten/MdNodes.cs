using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>Small constructors for the nodes flatteners emit (no source range: they are synthesized).</summary>
public static class MdNodes
{
    public static MdText Text(string value) => new(value);

    public static MdParagraph Paragraph(params MdNode[] children)
    {
        var paragraph = new MdParagraph();
        paragraph.Children.AddRange(children);
        return paragraph;
    }

    public static MdParagraph Paragraph(IEnumerable<MdNode> children)
    {
        var paragraph = new MdParagraph();
        paragraph.Children.AddRange(children);
        return paragraph;
    }

    public static MdParagraph TextParagraph(string text) => Paragraph(Text(text));

    public static MdStrong Strong(string text)
    {
        var strong = new MdStrong();
        strong.Children.Add(Text(text));
        return strong;
    }

    public static MdStrong Strong(IEnumerable<MdNode> children)
    {
        var strong = new MdStrong();
        strong.Children.AddRange(children);
        return strong;
    }

    /// <summary>A paragraph holding one bold text: how most flatteners title a section.</summary>
    public static MdParagraph StrongParagraph(string text) => Paragraph(Strong(text));

    public static MdHeading Heading(int depth, string text)
    {
        var heading = new MdHeading(depth);
        heading.Children.Add(Text(text));
        return heading;
    }

    public static MdLink Link(string url, string text)
    {
        var link = new MdLink(url);
        link.Children.Add(Text(text));
        return link;
    }

    public static MdInlineCode InlineCode(string value) => new(value);

    public static MdCode Code(string value, string? lang, string? meta = null) => new(value, lang, meta);

    public static MdBlockquote Blockquote(IEnumerable<MdNode> children)
    {
        var quote = new MdBlockquote();
        quote.Children.AddRange(children);
        return quote;
    }

    public static MdList List(bool ordered, bool spread, IEnumerable<IEnumerable<MdNode>> items)
    {
        var list = new MdList { Ordered = ordered, Spread = spread, Start = ordered ? 1 : null };
        foreach (var item in items)
        {
            var listItem = new MdListItem { Spread = spread };
            listItem.Children.AddRange(item);
            list.Children.Add(listItem);
        }

        return list;
    }

    /// <summary>A table: one header row then the body rows; each cell a list of inline nodes.</summary>
    public static MdTable Table(IReadOnlyList<MdAlign> align, IReadOnlyList<MdNode[]> header, IEnumerable<IReadOnlyList<MdNode[]>> rows)
    {
        var table = new MdTable();
        table.Align.AddRange(align);
        table.Children.Add(Row(header));
        foreach (var row in rows)
        {
            table.Children.Add(Row(row));
        }

        return table;
    }

    /// <summary>One cell holding the given inline nodes.</summary>
    public static MdNode[] Cell(params MdNode[] inlines) => inlines;

    public static MdNode[] Cell(string text) => text.Length == 0 ? new MdNode[0] : new MdNode[] { Text(text) };

    private static MdTableRow Row(IReadOnlyList<MdNode[]> cells)
    {
        var row = new MdTableRow();
        foreach (var cell in cells)
        {
            var tableCell = new MdTableCell();
            tableCell.Children.AddRange(cell);
            row.Children.Add(tableCell);
        }

        return row;
    }
}
