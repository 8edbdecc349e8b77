using Leadtype.Text;
using System.Linq;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>Tokenizer, folding, heading slug, sectioning and chunk splitting as the reference does them.</summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("The quick brown fox", "quick brown fox")]
    [InlineData("code_thing", "code thing")]
    [InlineData("CAFÉ!!!", "cafe")]
    [InlineData("a b c dd", "dd")]
    [InlineData("how to use it with the API", "api")]
    [InlineData("快速开始 快", "快速开始")]
    [InlineData("ﬁle Ⅻ x²", "file xii x2")]
    [InlineData("ΟΔΟΣ ΟΔΟΣ.", "οδος οδος")]
    [InlineData("v1.2.3 node20", "v1 node20")]
    public void Tokenize_folds_splits_and_drops_stopwords_and_single_characters(string input, string expected)
    {
        Assert.Equal(expected, string.Join(" ", SearchTokenizer.Tokenize(input)));
    }

    [Fact]
    public void Final_capital_sigma_lowers_to_final_sigma_like_javascript()
    {
        Assert.Equal("οδος", SearchText.Fold("ΟΔΟΣ"));
        Assert.Equal("σοφια", SearchText.Fold("ΣΟΦΙΑ"));
    }

    [Theory]
    [InlineData("Café API: Quick Start!", "cafe-api-quick-start")]
    [InlineData("  --Hello,   World--  ", "hello-world")]
    [InlineData("", "")]
    [InlineData("!!!", "")]
    [InlineData("Über façade 2.0", "uber-facade-2-0")]
    public void Heading_anchor_slugs_match_slugify_docs_heading(string heading, string expected)
    {
        Assert.Equal(expected, Leadtype.Headings.HeadingSlug.Slugify(heading));
    }

    [Fact]
    public void Sections_strip_frontmatter_track_heading_paths_and_separate_code()
    {
        var blocks = MarkdownSections.Collect("---\ntitle: X\n---\n\nIntro [link](/x) **bold**.\n\n### Deep\n\nText.\n\n## Sub\n\n```js\nconst a = 1;\n# not a heading\n```\n\n# Top\n\n## Empty\n");

        // `# Top` and `## Empty` have no content of their own, so they produce no block.
        Assert.Equal(3, blocks.Count);
        Assert.Empty(blocks[0].HeadingPath);
        Assert.Equal("Intro link bold .", blocks[0].Text);
        Assert.Equal(new string?[] { null, null, "Deep" }, blocks[1].HeadingPath);
        Assert.Equal(new string?[] { null, "Sub" }, blocks[2].HeadingPath);
        Assert.Equal("```js const a = 1; # not a heading ```", blocks[2].CodeText);
        Assert.Equal(string.Empty, blocks[2].Text);
    }

    [Theory]
    [InlineData("see [the docs](/docs) now", "see the docs now")]
    [InlineData("[a [b](c) d](e)", "a b d e")]
    [InlineData("[](x) [y]() [z] (w)", "x y z w")]
    [InlineData("`code` **bold** > quote | a:b {x}", "code bold quote a b x")]
    public void Markdown_punctuation_and_link_targets_are_removed_like_the_reference(string input, string expected)
    {
        Assert.Equal(expected, MarkdownSections.CleanMarkdown(input));
    }

    [Fact]
    public void Text_full_of_unclosed_brackets_is_cleaned_in_linear_time()
    {
        var text = new string('[', 200_000) + " tail ] (";

        var cleaned = MarkdownSections.CleanMarkdown(text);

        Assert.Equal("tail", cleaned);
    }

    [Theory]
    [InlineData("---\na: 1\n---\nBody", "Body")]
    [InlineData("---\n---\nBody", "---\n---\nBody")]
    [InlineData("--- \n\n---\nBody", "Body")]
    [InlineData("No frontmatter", "No frontmatter")]
    [InlineData("---\nunterminated", "---\nunterminated")]
    public void Frontmatter_is_stripped_like_the_reference_regex(string content, string expected)
    {
        Assert.Equal(expected, MarkdownSections.StripFrontmatter(content));
    }

    [Fact]
    public void Long_text_splits_at_sentence_ends_with_overlap()
    {
        var sentence = "This sentence has exactly some words in it. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60));

        var parts = ChunkSplitter.Split(text, 1200, 160);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length <= 1200));
        Assert.All(parts.Take(parts.Count - 1), p => Assert.EndsWith(".", p));
        var normalized = EcmaText.CollapseWhitespace(text);
        Assert.StartsWith(EcmaText.Trim(normalized.Substring(parts[0].Length - 160, 40)), parts[1]);
    }

    [Fact]
    public void Logarithm_matches_javascript_to_the_last_bit()
    {
        // Values where the platform logarithm and JavaScript's differ in the last bit.
        Assert.Equal(3.0208682468255335, EcmaMath.Log(1 + ((563 - 27 + 0.5) / (27 + 0.5))));
        Assert.Equal(0.20763936477824457, EcmaMath.Log(1 + ((7 - 6 + 0.5) / (6 + 0.5))));
        Assert.Equal(2.3368535498288603, EcmaMath.Log(1 + ((563 - 54 + 0.5) / (54 + 0.5))));
    }
}
