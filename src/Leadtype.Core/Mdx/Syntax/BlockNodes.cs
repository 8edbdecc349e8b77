namespace Leadtype.Mdx.Syntax;

public sealed class MdRoot : MdParent
{
    public override string Type => "root";
}

public sealed class MdParagraph : MdParent
{
    public override string Type => "paragraph";
}

public sealed class MdHeading : MdParent
{
    public MdHeading(int depth) => Depth = depth;

    public int Depth { get; set; }

    public override string Type => "heading";
}

public sealed class MdThematicBreak : MdNode
{
    public override string Type => "thematicBreak";
}

public sealed class MdBlockquote : MdParent
{
    public override string Type => "blockquote";
}

public sealed class MdList : MdParent
{
    public bool Ordered { get; set; }

    /// <summary>First number of an ordered list (null for bullet lists).</summary>
    public int? Start { get; set; }

    /// <summary>True when a blank line separates two sibling items (§9.5), not Markdig's loose flag.</summary>
    public bool Spread { get; set; }

    public override string Type => "list";
}

public sealed class MdListItem : MdParent
{
    /// <summary>Task-list state: null when the item is not a task.</summary>
    public bool? Checked { get; set; }

    public bool Spread { get; set; }

    public override string Type => "listItem";
}

public sealed class MdCode : MdLiteral
{
    public MdCode(string value, string? lang = null, string? meta = null)
        : base(value)
    {
        Lang = lang;
        Meta = meta;
    }

    public string? Lang { get; set; }

    public string? Meta { get; set; }

    public override string Type => "code";
}

public enum MdAlign
{
    None,
    Left,
    Center,
    Right,
}

public sealed class MdTable : MdParent
{
    public System.Collections.Generic.List<MdAlign> Align { get; } = new();

    public override string Type => "table";
}

public sealed class MdTableRow : MdParent
{
    public override string Type => "tableRow";
}

public sealed class MdTableCell : MdParent
{
    public override string Type => "tableCell";
}

public sealed class MdDefinition : MdNode
{
    public MdDefinition(string identifier, string label, string url, string? title)
    {
        Identifier = identifier;
        Label = label;
        Url = url;
        Title = title;
    }

    public string Identifier { get; set; }

    public string Label { get; set; }

    public string Url { get; set; }

    public string? Title { get; set; }

    public override string Type => "definition";
}

public sealed class MdFootnoteDefinition : MdParent
{
    public MdFootnoteDefinition(string identifier, string label)
    {
        Identifier = identifier;
        Label = label;
    }

    public string Identifier { get; set; }

    public string Label { get; set; }

    public override string Type => "footnoteDefinition";
}
