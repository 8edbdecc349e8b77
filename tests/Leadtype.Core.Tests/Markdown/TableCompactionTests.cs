using Leadtype.Markdown;

namespace Leadtype.Core.Tests.Markdown;

public sealed class TableCompactionTests
{
    [Fact]
    public void Table_rows_lose_cell_padding_and_dividers_shrink()
    {
        Assert.Equal("|A|B|\n|:--|--:|\n|1|2|\n", TableCompaction.Compact("| A | B |\n| :--- | ---: |\n| 1 | 2 |\n"));
    }

    [Fact]
    public void Single_column_rows_and_prose_without_pipes_are_untouched()
    {
        const string text = "| Single |\n| --- |\n\nplain a | b\n";
        Assert.Equal(text, TableCompaction.Compact(text));
    }

    [Fact]
    public void Text_without_a_table_row_is_returned_as_is()
    {
        const string text = "# Title\n\na | b\n\n```\n|x|\n```\n";
        Assert.Same(text, TableCompaction.Compact(text));
    }

    [Fact]
    public void Lines_inside_a_longer_fence_are_never_compacted()
    {
        const string text = "````md\n```\n| a | b |\n```\n| c | d |\n````\n| e | f |\n";
        Assert.Equal("````md\n```\n| a | b |\n```\n| c | d |\n````\n|e|f|\n", TableCompaction.Compact(text));
    }

    [Fact]
    public void Indented_table_rows_keep_their_indent()
    {
        Assert.Equal("   |A|B|\n", TableCompaction.Compact("   | A | B |\n"));
    }
}
