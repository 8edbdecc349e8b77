using Leadtype.Headings;

namespace Leadtype.Core.Tests.Headings;

public class HeadingSlugTests
{
    [Theory]
    [InlineData("Café API: Quick Start!", "cafe-api-quick-start")]
    [InlineData("Hello World!", "hello-world")]
    [InlineData("C++ & C#", "c-c")]
    [InlineData("API v2.0", "api-v2-0")]
    [InlineData("snake_case_name", "snake-case-name")]
    [InlineData("快速开始", "快速开始")]
    [InlineData("Über Straße", "uber-straße")]
    [InlineData("Émoji 🎉 party", "emoji-party")]
    [InlineData("ﬁle ligature", "file-ligature")]
    [InlineData("½ half", "1-2-half")]
    [InlineData("x²", "x2")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("𠀋 rare", "𠀋-rare")]
    [InlineData("Ｆｕｌｌｗｉｄｔｈ", "fullwidth")]
    [InlineData("v1.2 — notes", "v1-2-notes")]
    public void Slug_matches_the_originals_algorithm(string heading, string expected)
    {
        Assert.Equal(expected, HeadingSlug.Slugify(heading));
    }

    [Fact]
    public void Heading_with_a_lone_surrogate_slugs_without_throwing()
    {
        // string.Normalize throws on lone surrogates; a damaged page must still convert.
        Assert.Equal("cafe-x", HeadingSlug.Slugify("Caf\u0065\u0301 \uD800 x"));
        Assert.Equal("a-b", HeadingSlug.Slugify("A\uDC00B"));
    }

    [Fact]
    public void Slugger_numbers_repeats_across_the_page()
    {
        var slugger = new HeadingSlugger();

        Assert.Equal("install", slugger.Next("Install"));
        Assert.Equal("install-1", slugger.Next("Install"));
        Assert.Equal("setup", slugger.Next("Setup"));
        Assert.Equal("install-2", slugger.Next("install"));
        Assert.Equal(string.Empty, slugger.Next("!!"));
        Assert.Equal("-1", slugger.Next("??"));
    }

    [Fact]
    public void Search_anchor_uses_the_last_heading_without_a_counter()
    {
        Assert.Equal("configure-it", SearchAnchor.For(new[] { "Install", "Configure it" }));
        Assert.Equal(string.Empty, SearchAnchor.For(new string[0]));
    }
}
