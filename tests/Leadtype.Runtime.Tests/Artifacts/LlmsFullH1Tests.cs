using System.Text.RegularExpressions;
using CsCheck;
using Leadtype.Templates;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>
/// llms-full.txt drops a page body's first line when it is an H1; the check is written by hand (it runs three
/// times per page on every run) and must accept exactly the lines the reference's pattern accepts.
/// </summary>
public sealed class LlmsFullH1Tests
{
    private static readonly Regex Reference = new("^[ \\t]*#[ \\t]+\\S", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("# Title", true)]
    [InlineData("  \t#\t Title", true)]
    [InlineData("#Title", false)]
    [InlineData("## Title", false)]
    [InlineData("# ", false)]
    [InlineData("#  \u00A0x", false)]
    [InlineData("# \u00A0", false)]
    [InlineData("# \u2028", false)]
    [InlineData("# \v", false)]
    [InlineData("# \U0001F389", true)]
    [InlineData("", false)]
    [InlineData("x # Title", false)]
    public void An_h1_line_is_what_the_reference_pattern_matches(string line, bool expected)
    {
        Assert.Equal(expected, LlmsFullTxtRenderer.IsH1Line(line));
        Assert.Equal(Reference.IsMatch(line), LlmsFullTxtRenderer.IsH1Line(line));
    }

    [Fact]
    public void Any_line_of_spaces_tabs_marks_and_other_whitespace_is_judged_like_the_reference_pattern()
    {
        var alphabet = new[] { ' ', '\t', '#', 'a', '\u00A0', '\v', '\f', '\r', '\u2028', '\u0085', '\u3000', '\uD83C', '\uDF89' };
        Gen.Int[0, alphabet.Length - 1].Array[0, 10].Select(indexes => new string(System.Array.ConvertAll(indexes, i => alphabet[i])))
            .Sample(line => Reference.IsMatch(line) == LlmsFullTxtRenderer.IsH1Line(line), iter: 20_000);
    }
}
