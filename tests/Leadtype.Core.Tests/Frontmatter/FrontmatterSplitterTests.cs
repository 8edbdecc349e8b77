using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

public class FrontmatterSplitterTests
{
    [Fact]
    public void Block_at_start_is_split_from_the_body()
    {
        var block = FrontmatterSplitter.Split("---\ntitle: A\n---\n# Body\n");

        Assert.True(block.HasBlock);
        Assert.Equal("title: A", block.Yaml);
        Assert.Equal(2, block.YamlFirstLine);
        Assert.Equal("# Body\n", block.Body);
        Assert.Equal(4, block.BodyFirstLine);
        Assert.Equal(3, block.BodyLineOffset);
    }

    [Fact]
    public void Block_after_a_byte_order_mark_is_recognised()
    {
        var block = FrontmatterSplitter.Split("\uFEFF---\ntitle: B\n---\nBody");

        Assert.True(block.HasBlock);
        Assert.Equal("title: B", block.Yaml);
        Assert.Equal("Body", block.Body);
    }

    [Fact]
    public void Byte_order_mark_is_dropped_from_a_page_without_frontmatter()
    {
        var block = FrontmatterSplitter.Split("\uFEFF# Title\n");

        Assert.False(block.HasBlock);
        Assert.Equal("# Title\n", block.Body);
        Assert.Equal(1, block.BodyOffset);
        Assert.Equal(1, block.BodyFirstLine);
    }

    [Fact]
    public void Crlf_fences_are_recognised_and_the_yaml_excludes_the_final_line_break()
    {
        var block = FrontmatterSplitter.Split("---\r\ntitle: CR\r\nx: 1\r\n---\r\n# Head\r\n");

        Assert.True(block.HasBlock);
        Assert.Equal("title: CR\r\nx: 1", block.Yaml);
        Assert.Equal("# Head\r\n", block.Body);
        Assert.Equal(5, block.BodyFirstLine);
    }

    [Fact]
    public void Empty_block_is_recognised_as_blank_frontmatter()
    {
        var block = FrontmatterSplitter.Split("---\n---\n# Heading\n");

        Assert.True(block.HasBlock);
        Assert.True(block.IsBlank);
        Assert.Equal(string.Empty, block.Yaml);
        Assert.Equal("# Heading\n", block.Body);
        Assert.Equal(3, block.BodyFirstLine);
    }

    [Fact]
    public void Closing_fence_at_end_of_file_without_newline_is_recognised()
    {
        var block = FrontmatterSplitter.Split("---\ntitle: X\n---");

        Assert.True(block.HasBlock);
        Assert.Equal("title: X", block.Yaml);
        Assert.Equal(string.Empty, block.Body);
    }

    [Fact]
    public void First_closing_fence_ends_the_block_and_later_rules_stay_in_the_body()
    {
        var block = FrontmatterSplitter.Split("---\na: 1\n---\nBody\n---\n");

        Assert.Equal("a: 1", block.Yaml);
        Assert.Equal("Body\n---\n", block.Body);
    }

    [Fact]
    public void Unclosed_block_is_not_frontmatter()
    {
        var block = FrontmatterSplitter.Split("---\ntitle: X\nno closing fence\n");

        Assert.False(block.HasBlock);
        Assert.Equal("---\ntitle: X\nno closing fence\n", block.Body);
    }

    [Fact]
    public void Fence_must_start_the_file()
    {
        var block = FrontmatterSplitter.Split("\n---\ntitle: X\n---\n");

        Assert.False(block.HasBlock);
    }

    [Fact]
    public void Four_dashes_are_not_a_fence()
    {
        var block = FrontmatterSplitter.Split("----\ntitle: X\n----\n");

        Assert.False(block.HasBlock);
    }

    [Fact]
    public void Whitespace_only_block_is_blank()
    {
        var block = FrontmatterSplitter.Split("---\n  \n---\nBody\n");

        Assert.True(block.HasBlock);
        Assert.True(block.IsBlank);
    }

    [Fact]
    public void Empty_source_has_no_block()
    {
        var block = FrontmatterSplitter.Split(string.Empty);

        Assert.False(block.HasBlock);
        Assert.Equal(string.Empty, block.Body);
    }
}
