using System;
using System.Collections.Generic;
using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

public class FrontmatterEmitterTests
{
    private static YamlMap Map(params (string Key, YamlValue Value)[] entries)
    {
        var list = new List<KeyValuePair<string, YamlValue>>();
        foreach (var (key, value) in entries)
        {
            list.Add(new KeyValuePair<string, YamlValue>(key, value));
        }

        return new YamlMap(list);
    }

    private static string EmitString(string value) => FrontmatterEmitter.Emit(Map(("k", new YamlString(value)))).Substring(3);

    [Theory]
    [InlineData("Parity", "Parity")]
    [InlineData("?x", "?x")]
    [InlineData("a, b", "a, b")]
    [InlineData("50%", "50%")]
    [InlineData("it's", "it's")]
    [InlineData("has \"double\" quotes", "has \"double\" quotes")]
    [InlineData("https://leadtype.dev/docs", "https://leadtype.dev/docs")]
    [InlineData("快速开始", "快速开始")]
    [InlineData("yes", "yes")]
    [InlineData("on", "on")]
    [InlineData("12:30", "12:30")]
    [InlineData(":x", ":x")]
    [InlineData("-x", "-x")]
    [InlineData("=x", "=x")]
    [InlineData("<x>", "<x>")]
    [InlineData("a#b", "a#b")]
    [InlineData("C:\\path", "C:\\path")]
    [InlineData("a\tb", "a\tb")]
    [InlineData("a'b\"c", "a'b\"c")]
    public void Strings_that_read_back_as_strings_are_plain(string value, string expected)
    {
        Assert.Equal(expected, EmitString(value));
    }

    [Theory]
    [InlineData("%x", "\"%x\"")]
    [InlineData("#x", "\"#x\"")]
    [InlineData("x: ", "\"x: \"")]
    [InlineData("x:", "\"x:\"")]
    [InlineData("`tick`", "\"`tick`\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("~", "\"~\"")]
    [InlineData("TRUE", "\"TRUE\"")]
    [InlineData("True", "\"True\"")]
    [InlineData("1e3", "\"1e3\"")]
    [InlineData("0x1F", "\"0x1F\"")]
    [InlineData(".5", "\".5\"")]
    [InlineData("+1", "\"+1\"")]
    [InlineData("42", "\"42\"")]
    [InlineData("2024-01-01", "\"2024-01-01\"")]
    [InlineData("2024-02-01T00:00:00Z", "\"2024-02-01T00:00:00Z\"")]
    [InlineData("'quoted'", "\"'quoted'\"")]
    [InlineData("\"dq\"", "'\"dq\"'")]
    [InlineData("", "\"\"")]
    [InlineData("*bold* start", "\"*bold* start\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("@scope/pkg", "\"@scope/pkg\"")]
    [InlineData(" lead", "\" lead\"")]
    [InlineData("trail ", "\"trail \"")]
    [InlineData("- item", "\"- item\"")]
    [InlineData("-", "\"-\"")]
    [InlineData("a # b", "\"a # b\"")]
    public void Strings_that_would_be_ambiguous_are_quoted(string value, string expected)
    {
        Assert.Equal(expected, EmitString(value));
    }

    [Fact]
    public void Control_characters_force_double_quotes_with_yaml_escapes()
    {
        Assert.Equal("\"bell\\a and nul\\0 and esc\\e\"", EmitString("bell\a and nul\0 and esc\u001b"));
    }

    [Fact]
    public void Sequences_and_nested_maps_use_block_style_with_two_space_indent()
    {
        var data = Map(
            ("description", new YamlString("only desc")),
            ("tags", new YamlSequence(new YamlValue[] { new YamlString("a"), new YamlString("b") })),
            ("obj", Map(("a", new YamlNumber(1)))),
            ("list", new YamlSequence(new YamlValue[] { Map(("y", new YamlNumber(1)), ("z", new YamlNumber(2))) })),
            ("empty", YamlSequence.Empty),
            ("none", YamlMap.Empty),
            ("nested", new YamlSequence(new YamlValue[] { new YamlSequence(new YamlValue[] { new YamlString("x"), new YamlString("y") }) })));

        Assert.Equal(
            "description: only desc\ntags:\n  - a\n  - b\nobj:\n  a: 1\nlist:\n  - y: 1\n    z: 2\nempty: []\nnone: {}\nnested:\n  - - x\n    - y",
            FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Scalars_other_than_strings_use_the_originals_forms()
    {
        var data = Map(
            ("n", new YamlNumber(1.5)),
            ("i", new YamlNumber(15)),
            ("big", new YamlNumber(1e21)),
            ("small", new YamlNumber(1.5e-7)),
            ("inf", new YamlNumber(double.NegativeInfinity)),
            ("nan", new YamlNumber(double.NaN)),
            ("t", YamlBoolean.True),
            ("f", YamlBoolean.False),
            ("z", YamlNull.Instance));

        Assert.Equal("n: 1.5\ni: 15\nbig: 1e+21\nsmall: 1.5e-7\ninf: -.inf\nnan: .nan\nt: true\nf: false\nz: null", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Dates_are_written_in_utc_without_zero_milliseconds_and_midnight()
    {
        var data = Map(
            ("day", new YamlDate(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc))),
            ("at", new YamlDate(new DateTime(2026, 4, 19, 12, 0, 0, DateTimeKind.Utc))),
            ("ms", new YamlDate(new DateTime(2026, 4, 19, 12, 0, 0, 250, DateTimeKind.Utc))));

        Assert.Equal("day: 2024-01-01\nat: 2026-04-19T12:00:00\nms: 2026-04-19T12:00:00.250Z", FrontmatterEmitter.Emit(data));
    }

    [Fact]
    public void Long_quoted_description_folds_at_eighty_columns_like_the_original()
    {
        // CC-78.
        var description = "Use `a: b` and \"quoted\" text: word word word word word word word word word word word word word word word word end.";

        var yaml = FrontmatterEmitter.Emit(Map(("title", new YamlString("T")), ("description", new YamlString(description))));

        Assert.Equal(
            "title: T\ndescription: 'Use `a: b` and \"quoted\" text: word word word word word word word\n  word word word word word word word word word end.'",
            yaml);
    }

    [Fact]
    public void Long_plain_scalar_folds_with_continuation_indent()
    {
        var text = string.Join(" ", new string[30]).Replace(" ", "word ").Trim();

        var yaml = FrontmatterEmitter.Emit(Map(("description", new YamlString(text))));

        var lines = yaml.Split('\n');
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.True(line.Length <= 80, line));
        Assert.All(lines[1..], line => Assert.StartsWith("  word", line));
    }

    [Fact]
    public void Multi_line_strings_use_literal_block_style()
    {
        Assert.Equal("k: |-\n  line one\n  line two", FrontmatterEmitter.Emit(Map(("k", new YamlString("line one\nline two")))));
        Assert.Equal("k: |\n  line one\n  line two", FrontmatterEmitter.Emit(Map(("k", new YamlString("line one\nline two\n")))));
        Assert.Equal("k: |2-\n   indented\n  next", FrontmatterEmitter.Emit(Map(("k", new YamlString(" indented\nnext")))));
    }

    [Fact]
    public void Keys_that_would_read_as_other_types_are_quoted()
    {
        Assert.Equal("\"42\": x\n\"true\": y\nplain key: z", FrontmatterEmitter.Emit(Map(("42", new YamlString("x")), ("true", new YamlString("y")), ("plain key", new YamlString("z")))));
    }
}
