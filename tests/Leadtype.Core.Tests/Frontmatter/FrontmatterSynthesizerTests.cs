using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

public class FrontmatterSynthesizerTests
{
    [Theory]
    [InlineData("my-cool_page.mdx", "My Cool Page")]
    [InlineData("frameworks/index.mdx", "Frameworks")]
    [InlineData("api_ref/README.mdx", "Api Ref")]
    [InlineData("getting-started/index.mdx", "Getting Started")]
    [InlineData("guides/Home.mdx", "Guides")]
    [InlineData("quickstart.mdx", "Quickstart")]
    [InlineData("index.mdx", "Index")]
    [InlineData("docs\\guides\\expression-props.mdx", "Expression Props")]
    [InlineData("t.mdx", "T")]
    public void Title_from_path_title_cases_the_file_or_parent_folder_name(string path, string expected)
    {
        Assert.Equal(expected, FrontmatterSynthesizer.TitleFromPath(path));
    }

    [Fact]
    public void First_level_one_heading_becomes_the_title()
    {
        var data = FrontmatterSynthesizer.Synthesize("# Custom Title\n\nIntro paragraph.\n", "page.mdx");

        Assert.Equal("title: Custom Title\ndescription: Intro paragraph.", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Heading_inside_a_code_fence_is_never_the_title()
    {
        // CC-77, fixed: the original took "install deps" from inside the bash fence.
        var markdown = "Intro text.\n\n```bash\n# install deps\nnpm i\n```\n\n# Real Title\n";

        var data = FrontmatterSynthesizer.Synthesize(markdown, "setup.mdx");

        Assert.Equal(new YamlString("Real Title"), data["title"]);
        Assert.Equal(new YamlString("Intro text."), data["description"]);
    }

    [Fact]
    public void Heading_inside_a_longer_fence_holding_a_shorter_fence_is_skipped()
    {
        var markdown = "````md\n```\n# Not a title\n```\n````\n\n# Title\n";

        Assert.Equal("Title", FrontmatterSynthesizer.FindTitle(markdown));
    }

    [Fact]
    public void Without_a_level_one_heading_the_title_comes_from_the_path_and_description_joins_lines()
    {
        // CC-75.
        var data = FrontmatterSynthesizer.Synthesize("## Not h1\n\nSome text\nacross lines.\n\nMore.\n", "my-cool_page.mdx");

        Assert.Equal("title: My Cool Page\ndescription: Some text across lines.", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Description_skips_code_quotes_lists_tables_and_jsx_lines()
    {
        // CC-76.
        var markdown = "```bash\nnpm i\n```\n\n> quote\n\n* item\n\n|a|b|\n|--|--|\n\n<Badge />\n\n1. one\n\nFinally text.\n";

        var data = FrontmatterSynthesizer.Synthesize(markdown, "getting-started/index.mdx");

        Assert.Equal("title: Getting Started\ndescription: Finally text.", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Description_has_no_markdown_backslash_escapes()
    {
        var data = FrontmatterSynthesizer.Synthesize("Use \\*args\\* and \\[brackets] with `code`.\n", "p.mdx");

        Assert.Equal(new YamlString("Use *args* and [brackets] with `code`."), data["description"]);
    }

    [Fact]
    public void Title_has_no_markdown_backslash_escapes()
    {
        Assert.Equal("The *Best* guide_name", FrontmatterSynthesizer.FindTitle("# The \\*Best\\* guide\\_name\n"));
    }

    [Fact]
    public void Empty_body_gets_only_a_title_from_the_path()
    {
        var data = FrontmatterSynthesizer.Synthesize(string.Empty, "guides/empty-page.mdx");

        Assert.Equal("title: Empty Page", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Bold_line_is_a_valid_description()
    {
        // CC-08: the original keeps the strong markers.
        var data = FrontmatterSynthesizer.Synthesize("**Can agents read this?**\n\nYes.\n", "faq.mdx");

        Assert.Equal("title: Faq\ndescription: \"**Can agents read this?**\"", FrontmatterEmitter.Emit(data));
    }
}
