namespace Leadtype.Mdx.Syntax;

public sealed class MdText : MdLiteral
{
    public MdText(string value)
        : base(value)
    {
    }

    public override string Type => "text";
}

public sealed class MdEmphasis : MdParent
{
    public override string Type => "emphasis";
}

public sealed class MdStrong : MdParent
{
    public override string Type => "strong";
}

public sealed class MdDelete : MdParent
{
    public override string Type => "delete";
}

public sealed class MdInlineCode : MdLiteral
{
    public MdInlineCode(string value)
        : base(value)
    {
    }

    public override string Type => "inlineCode";
}

public sealed class MdBreak : MdNode
{
    public override string Type => "break";
}

public sealed class MdLink : MdParent
{
    public MdLink(string url, string? title = null)
    {
        Url = url;
        Title = title;
    }

    public string Url { get; set; }

    public string? Title { get; set; }

    public override string Type => "link";
}

public sealed class MdImage : MdNode
{
    public MdImage(string url, string? title, string alt)
    {
        Url = url;
        Title = title;
        Alt = alt;
    }

    public string Url { get; set; }

    public string? Title { get; set; }

    public string Alt { get; set; }

    public override string Type => "image";
}

public enum MdReferenceType
{
    Full,
    Collapsed,
    Shortcut,
}

public sealed class MdLinkReference : MdParent
{
    public MdLinkReference(string identifier, string label, MdReferenceType referenceType)
    {
        Identifier = identifier;
        Label = label;
        ReferenceType = referenceType;
    }

    public string Identifier { get; set; }

    public string Label { get; set; }

    public MdReferenceType ReferenceType { get; set; }

    public override string Type => "linkReference";
}

public sealed class MdImageReference : MdNode
{
    public MdImageReference(string identifier, string label, MdReferenceType referenceType, string alt)
    {
        Identifier = identifier;
        Label = label;
        ReferenceType = referenceType;
        Alt = alt;
    }

    public string Identifier { get; set; }

    public string Label { get; set; }

    public MdReferenceType ReferenceType { get; set; }

    public string Alt { get; set; }

    public override string Type => "imageReference";
}

public sealed class MdFootnoteReference : MdNode
{
    public MdFootnoteReference(string identifier, string label)
    {
        Identifier = identifier;
        Label = label;
    }

    public string Identifier { get; set; }

    public string Label { get; set; }

    public override string Type => "footnoteReference";
}
