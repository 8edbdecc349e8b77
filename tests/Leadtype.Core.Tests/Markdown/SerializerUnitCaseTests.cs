using Leadtype.Markdown;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Core.Tests.Markdown;

/// <summary>CC-84…CC-87: the reference's serializer unit cases, trees built by hand.</summary>
public sealed class SerializerUnitCaseTests
{
    private static MdText Text(string value) => new(value);

    private static T With<T>(T parent, params MdNode[] children) where T : MdParent
    {
        parent.Children.AddRange(children);
        return parent;
    }

    [Fact]
    public void CC84_heading_and_inline_formatting()
    {
        var root = With(new MdRoot(),
            With(new MdHeading(2), Text("Install")),
            With(new MdParagraph(), Text("Use "), With(new MdStrong(), Text("Bun")), Text(" and "), new MdInlineCode("leadtype"), Text(".")));

        Assert.Equal("## Install\n\nUse **Bun** and `leadtype`.\n", MarkdownSerializer.Serialize(root));
    }

    [Fact]
    public void CC85_table_and_blockquote_without_compaction()
    {
        var table = With(new MdTable(),
            With(new MdTableRow(), With(new MdTableCell(), Text("A")), With(new MdTableCell(), Text("B"))),
            With(new MdTableRow(), With(new MdTableCell(), Text("1")), With(new MdTableCell(), Text("2"))));
        table.Align.Add(MdAlign.Left);
        table.Align.Add(MdAlign.None);
        var root = With(new MdRoot(), table, With(new MdBlockquote(), With(new MdParagraph(), Text("Quoted"))));

        Assert.Equal("| A | B |\n| :--- | --- |\n| 1 | 2 |\n\n> Quoted\n", MarkdownSerializer.Serialize(root));
    }

    [Fact]
    public void CC86_inline_code_delimiters_and_padding()
    {
        var root = With(new MdRoot(), With(new MdParagraph(),
            Text("Run "), new MdInlineCode("pnpm  add  pkg"), Text(", then inspect "), new MdInlineCode("value with `tick`"),
            Text(" and "), new MdInlineCode(" leading and trailing "), Text(" plus "), new MdInlineCode(" a \n b "), Text(".")));

        Assert.Equal("Run `pnpm  add  pkg`, then inspect `` value with `tick` `` and `  leading and trailing  ` plus `  a   b  `.\n", MarkdownSerializer.Serialize(root));
    }

    [Fact]
    public void CC87_inline_jsx_text_element()
    {
        var badge = With(new MdxJsxElement("Badge", isFlow: false), Text("New"));
        badge.Attributes.Add(new MdxAttribute("variant", MdxAttributeKind.String, "info"));
        var root = With(new MdRoot(), With(new MdParagraph(), Text("Status: "), badge, Text(".")));

        Assert.Equal("Status: <Badge variant=\"info\">New</Badge>.\n", MarkdownSerializer.Serialize(root));
    }
}
