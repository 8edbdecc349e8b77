using System;
using System.Collections.Generic;
using System.Linq;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

public class FrontmatterParserTests
{
    private static YamlMap ParseMap(string yaml)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var map = FrontmatterParser.ParseMap(yaml, "docs/page.mdx", 2, diagnostics);
        Assert.Empty(diagnostics);
        return Assert.IsType<YamlMap>(map);
    }

    [Fact]
    public void Plain_scalars_resolve_with_the_core_schema()
    {
        var map = ParseMap("a: yes\nb: on\nc: 0o17\nd: ~\ne: null\nf: 1.50\ng: true\nh: 0x1F\ni: 42\nj: -3\nk: .inf\nl: 1e3\nm: 12:30");

        Assert.Equal(new YamlString("yes"), map["a"]);
        Assert.Equal(new YamlString("on"), map["b"]);
        Assert.Equal(new YamlNumber(15), map["c"]);
        Assert.Equal(YamlNull.Instance, map["d"]);
        Assert.Equal(YamlNull.Instance, map["e"]);
        Assert.Equal(new YamlNumber(1.5), map["f"]);
        Assert.Equal(YamlBoolean.True, map["g"]);
        Assert.Equal(new YamlNumber(31), map["h"]);
        Assert.Equal(new YamlNumber(42), map["i"]);
        Assert.Equal(new YamlNumber(-3), map["j"]);
        Assert.Equal(new YamlNumber(double.PositiveInfinity), map["k"]);
        Assert.Equal(new YamlNumber(1000), map["l"]);
        Assert.Equal(new YamlString("12:30"), map["m"]);
    }

    [Fact]
    public void Unquoted_timestamps_become_dates_in_utc_and_quoted_ones_stay_strings()
    {
        var map = ParseMap("a: 2024-01-01\nb: 2026-04-19T12:00:00Z\nc: 2026-04-19T12:00:00+02:00\nd: \"2024-01-01\"\ne: 2024-01-01 10:30:00.5\nf: 2024-1-2");

        Assert.Equal(new YamlDate(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)), map["a"]);
        Assert.Equal(new YamlDate(new DateTime(2026, 4, 19, 12, 0, 0, DateTimeKind.Utc)), map["b"]);
        Assert.Equal(new YamlDate(new DateTime(2026, 4, 19, 10, 0, 0, DateTimeKind.Utc)), map["c"]);
        Assert.Equal(new YamlString("2024-01-01"), map["d"]);
        Assert.Equal(new YamlDate(new DateTime(2024, 1, 1, 10, 30, 0, 500, DateTimeKind.Utc)), map["e"]);
        Assert.Equal(new YamlDate(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)), map["f"]);
    }

    [Fact]
    public void Quoted_and_block_scalars_are_strings()
    {
        var map = ParseMap("a: 'true'\nb: \"42\"\nc: |\n  line one\n  line two\nd: >-\n  folded\n  text\n");

        Assert.Equal(new YamlString("true"), map["a"]);
        Assert.Equal(new YamlString("42"), map["b"]);
        Assert.Equal(new YamlString("line one\nline two\n"), map["c"]);
        Assert.Equal(new YamlString("folded text"), map["d"]);
    }

    [Fact]
    public void Nested_maps_and_sequences_keep_document_order()
    {
        var map = ParseMap("title: T\ntags: [a, b]\nvariants:\n  - value: next\n    href: /x\nobj: {z: 1, a: 2}");

        Assert.Equal(new[] { "title", "tags", "variants", "obj" }, map.Entries.Select(e => e.Key));
        var tags = Assert.IsType<YamlSequence>(map["tags"]);
        Assert.Equal(new YamlValue[] { new YamlString("a"), new YamlString("b") }, tags.Items);
        var variant = Assert.IsType<YamlMap>(Assert.IsType<YamlSequence>(map["variants"]).Items[0]);
        Assert.Equal(new YamlString("/x"), variant["href"]);
        Assert.Equal(new[] { "z", "a" }, Assert.IsType<YamlMap>(map["obj"]).Entries.Select(e => e.Key));
    }

    [Fact]
    public void Comments_are_dropped()
    {
        var map = ParseMap("# comment\ndescription: only desc # trailing\n");

        Assert.Single(map.Entries);
        Assert.Equal(new YamlString("only desc"), map["description"]);
    }

    [Fact]
    public void Anchors_and_aliases_are_resolved()
    {
        var map = ParseMap("base: &b\n  x: 1\ncopy: *b\n");

        Assert.Equal(map["base"], map["copy"]);
    }

    [Fact]
    public void Malformed_yaml_reports_LT0001_at_the_file_line_of_the_problem()
    {
        var diagnostics = new List<DocsDiagnostic>();

        var value = FrontmatterParser.ParseMap("title: [unclosed", "docs/bad.mdx", 2, diagnostics);

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0001", diagnostic.Id);
        Assert.Equal(DocsDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("docs/bad.mdx", diagnostic.FilePath);
        Assert.Equal(2, diagnostic.Line);
        Assert.True(diagnostic.Column >= 1);
        Assert.StartsWith("Frontmatter is not valid YAML: ", diagnostic.Message);
        Assert.DoesNotContain("(Line:", diagnostic.Message);
    }

    [Fact]
    public void Bad_indentation_on_the_third_yaml_line_is_located_on_that_file_line()
    {
        var diagnostics = new List<DocsDiagnostic>();

        FrontmatterParser.ParseMap("title: A\ndescription: B\n  bad: indent: here\n", "p.mdx", 2, diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Line);
    }

    [Fact]
    public void Duplicate_keys_report_LT0001_at_the_repeated_key()
    {
        var diagnostics = new List<DocsDiagnostic>();

        FrontmatterParser.ParseMap("title: A\nother: x\ntitle: B\n", "p.mdx", 2, diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0001", diagnostic.Id);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
        Assert.Contains("`title`", diagnostic.Message);
    }

    [Theory]
    [InlineData("just text", "a string")]
    [InlineData("- a\n- b", "a sequence")]
    [InlineData("42", "a number")]
    public void Block_that_is_not_a_mapping_reports_LT0002(string yaml, string kind)
    {
        var diagnostics = new List<DocsDiagnostic>();

        var value = FrontmatterParser.ParseMap(yaml, "p.mdx", 2, diagnostics);

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0002", diagnostic.Id);
        Assert.Equal(DocsDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal(1, diagnostic.Column);
        Assert.Contains(kind, diagnostic.Message);
    }

    [Fact]
    public void Unknown_alias_reports_LT0001()
    {
        var diagnostics = new List<DocsDiagnostic>();

        FrontmatterParser.ParseMap("a: *missing\n", "p.mdx", 2, diagnostics);

        Assert.Equal("LT0001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Tabs_as_indentation_report_a_located_error_without_throwing()
    {
        var diagnostics = new List<DocsDiagnostic>();

        FrontmatterParser.ParseMap("a:\n\t- b\n", "p.mdx", 2, diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0001", diagnostic.Id);
        Assert.True(diagnostic.Line >= 3, diagnostic.ToString());
    }
}
