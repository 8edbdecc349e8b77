using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

/// <summary>
/// The flat frontmatter reader is a shortcut past YamlDotNet: whatever it accepts must read exactly as
/// the full parser reads it, and whatever YAML it cannot be sure of it must leave to the full parser.
/// </summary>
public sealed class FlatFrontmatterReaderTests
{
    private static readonly string[] Keys = { "title", "description", "draft", "order", "date", "on", "yes", "null", "true", "x-y", "a_1", "Title" };

    private static readonly string[] Values =
    {
        string.Empty, "Getting started", "42", "-1", "0x1F", "0o17", "1e3", ".inf", ".NaN", "3.14", "2024-01-02", "2024-01-02T10:00:00Z",
        "true", "True", "yes", "off", "~", "null", "Null", "\"quoted\"", "'single'", "\"\"", "''", "\"with \\\"escape\\\"\"", "'it''s'",
        "a: b", "a:b", "http://x.y/z", "a #b", "a#b", "#comment", "- item", "-x", "[a, b]", "a [b]", "{a: b}", "&anchor v", "*alias", "!tag v",
        "|", ">", "%x", "@x", "`x`", "a\tb", "é — ü", "a\u0085b", "a\u2028b", "\uFEFFa", "say \"hi\"", "x:", "trailing ", "?", ":", "a, b",
        "\"unterminated", "'a' b", "\"a\" # c", "...", "---",
    };

    [Fact]
    public void Typical_page_frontmatter_is_read_without_the_full_parser_and_matches_it()
    {
        const string yaml = "title: \"Bundle JSON-LD graph 0107\"\ndescription: Release notes for 0.4 - linting, watch mode\n\ndate: 2024-05-01\ndraft: false\norder: 3\nicon: 'rocket'";

        var flat = FlatFrontmatterReader.TryRead(yaml);

        Assert.NotNull(flat);
        Assert.Equal(FullParse(yaml), flat);
        Assert.Equal(new YamlString("Release notes for 0.4 - linting, watch mode"), flat!["description"]);
        Assert.Equal(YamlBoolean.Of(false), flat["draft"]);
        Assert.Equal(new YamlNumber(3), flat["order"]);
        Assert.IsType<YamlDate>(flat["date"]);
    }

    [Theory]
    [InlineData("title: x\ntags:\n  - a")]
    [InlineData("title: x\ntags:\n- a")]
    [InlineData("title: |\n  block")]
    [InlineData("# comment\ntitle: x")]
    [InlineData("title: x # comment")]
    [InlineData("title: &a x\nother: *a")]
    [InlineData("title: x\ntitle: y")]
    [InlineData("title: x\r\ndescription: y")]
    [InlineData("title:\tx")]
    [InlineData("title: \"a\\tb\"")]
    [InlineData("title: 'it''s'")]
    [InlineData("title: a: b")]
    [InlineData("title : x")]
    [InlineData("  title: x")]
    [InlineData("\"title\": x")]
    [InlineData("title: [a, b]")]
    [InlineData("title: x\n  continued")]
    [InlineData("")]
    public void Anything_beyond_flat_single_line_entries_is_left_to_the_full_parser(string yaml)
    {
        Assert.Null(FlatFrontmatterReader.TryRead(yaml));
    }

    [Fact]
    public void Whatever_the_flat_reader_accepts_reads_the_same_as_the_full_parser()
    {
        var line = Gen.Select(Gen.Int[0, Keys.Length - 1], Gen.Int[0, Values.Length - 1], Gen.Int[0, 9])
            .Select((key, value, shape) => shape switch
            {
                0 => string.Empty,
                1 => Keys[key] + ":" + Values[value],
                2 => Keys[key] + ":  " + Values[value],
                _ => Keys[key] + ": " + Values[value],
            });
        var accepted = 0;
        line.Array[1, 6].Select(lines => string.Join("\n", lines)).Sample(yaml =>
        {
            var flat = FlatFrontmatterReader.TryRead(yaml);
            if (flat is null)
            {
                return;
            }

            accepted++;
            Assert.Equal(FullParse(yaml), flat);
        }, iter: 3000);

        Assert.True(accepted > 100, "the flat reader accepted only " + accepted + " blocks");
    }

    private static YamlValue? FullParse(string yaml)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var value = FrontmatterParser.ParseValue(yaml, "page.mdx", 2, diagnostics);
        Assert.Empty(diagnostics.Select(d => d.Message));
        return value;
    }
}
