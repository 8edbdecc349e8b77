using System;
using System.Linq;
using CsCheck;
using Leadtype.Js;

namespace Leadtype.Core.Tests.Js;

public class JsLiteralReaderTests
{
    private static JsValue Read(string source)
    {
        var result = JsLiteralReader.Read(source);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    [Fact]
    public void Array_of_mixed_quote_strings_with_trailing_comma_reads_in_order()
    {
        var array = Assert.IsType<JsArray>(Read("[\"npm\", 'pnpm',]"));

        Assert.Equal(new[] { "npm", "pnpm" }, array.Items.Select(i => i.AsString()));
    }

    [Fact]
    public void Object_with_unquoted_keys_comments_and_trailing_commas_reads_nested_values()
    {
        var value = Read("{ a: { type: \"string\", description: 'x', }, /* c */ 'b-c': { type: 'number', required: true } // end\n }");

        var obj = Assert.IsType<JsObject>(value);
        Assert.Equal(new[] { "a", "b-c" }, obj.Properties.Select(p => p.Key));
        var a = Assert.IsType<JsObject>(obj["a"]);
        Assert.Equal("string", a.GetString("type"));
        Assert.Equal("x", a.GetString("description"));
        Assert.Same(JsBoolean.True, Assert.IsType<JsObject>(obj["b-c"])["required"]);
    }

    [Fact]
    public void Template_literal_keeps_line_breaks_and_interpolations_as_written()
    {
        var value = Assert.IsType<JsString>(Read("`line one\n  ${name} two\\n`"));

        Assert.True(value.IsTemplate);
        Assert.Equal("line one\n  ${name} two\n", value.Value);
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-1.5", -1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("1e3", 1000)]
    [InlineData("0x1F", 31)]
    [InlineData("0o17", 15)]
    [InlineData("0b101", 5)]
    [InlineData("1_000", 1000)]
    [InlineData("+7", 7)]
    public void Numbers_read_in_every_literal_form(string source, double expected)
    {
        Assert.Equal(expected, Assert.IsType<JsNumber>(Read(source)).Value);
    }

    [Fact]
    public void Keywords_read_as_their_values()
    {
        Assert.Same(JsBoolean.True, Read("true"));
        Assert.Same(JsBoolean.False, Read("false"));
        Assert.Same(JsNull.Instance, Read("null"));
        Assert.Same(JsUndefined.Instance, Read("undefined"));
        Assert.True(double.IsPositiveInfinity(Assert.IsType<JsNumber>(Read("Infinity")).Value));
        Assert.True(double.IsNegativeInfinity(Assert.IsType<JsNumber>(Read("-Infinity")).Value));
        Assert.True(double.IsNaN(Assert.IsType<JsNumber>(Read("NaN")).Value));
    }

    [Fact]
    public void String_escapes_decode_like_javascript()
    {
        Assert.Equal("a\nb\t\"c'\\ A é 😀 q", Read("\"a\\nb\\t\\\"c\\'\\\\ \\x41 \\u00e9 \\u{1F600} \\q\"").AsString());
        Assert.Equal("joined", Read("'joi\\\nned'").AsString());
    }

    [Fact]
    public void Integer_like_keys_come_first_like_javascript_objects()
    {
        var obj = Assert.IsType<JsObject>(Read("{ b: 1, 2: 'x', 1: 'y', a: 2 }"));

        Assert.Equal(new[] { "1", "2", "b", "a" }, obj.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Repeated_key_keeps_its_first_position_and_last_value()
    {
        var obj = Assert.IsType<JsObject>(Read("{ a: 1, b: 2, a: 3 }"));

        Assert.Equal(new[] { "a", "b" }, obj.Properties.Select(p => p.Key));
        Assert.Equal(3, Assert.IsType<JsNumber>(obj["a"]).Value);
    }

    [Theory]
    [InlineData("[\"a\", \"b\"", "expected `]`", 0)]
    [InlineData("{ a: 1", "expected `}`", 0)]
    [InlineData("{ a 1 }", "expected `:` after the key `a`", 4)]
    [InlineData("[1,,2]", "empty array element", 3)]
    [InlineData("someVariable", "`someVariable` is a variable or expression", 0)]
    [InlineData("{ a: props.x }", "`props` is a variable or expression", 5)]
    [InlineData("{ ...rest }", "spread", 2)]
    [InlineData("'unterminated", "unterminated string", 0)]
    [InlineData("\"line\nbreak\"", "unterminated string", 0)]
    [InlineData("`never closed", "unterminated template literal", 0)]
    [InlineData("/* open", "unterminated block comment", 0)]
    [InlineData("", "empty", 0)]
    [InlineData("[1] extra", "after the value", 4)]
    [InlineData("12px", "invalid number", 0)]
    [InlineData("{ [k]: 1 }", "computed keys", 2)]
    [InlineData("\"\\u12\"", "invalid escape", 1)]
    public void Malformed_input_is_an_error_with_its_offset(string source, string message, int offset)
    {
        var result = JsLiteralReader.Read(source);

        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Contains(message, result.Error);
        Assert.Equal(offset, result.ErrorOffset);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var result = JsLiteralReader.Read(new string('[', 100_000) + new string(']', 100_000));

        Assert.False(result.Success);
        Assert.Contains("nested too deeply", result.Error);
    }

    [Fact]
    public void Json_output_matches_json_stringify_with_two_space_indent()
    {
        var value = Read("{ name: 'Rex', tags: ['a'], empty: {}, none: [], n: 1.5, u: undefined, z: null }");

        Assert.Equal("{\n  \"name\": \"Rex\",\n  \"tags\": [\n    \"a\"\n  ],\n  \"empty\": {},\n  \"none\": [],\n  \"n\": 1.5,\n  \"z\": null\n}", value.ToJson());
    }

    [Fact]
    public void Reading_arbitrary_text_never_throws()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 40]
            .SelectMany(_ => Gen.OneOf(
                Gen.String,
                Gen.Char["{}[]()'\"`:,./*\\ \n0123456789abcxe+-$_"].Array[0, 60].Select(c => new string(c))))
            .Sample(text =>
            {
                var result = JsLiteralReader.Read(text);
                Assert.True(result.Success || (result.Error is not null && result.ErrorOffset >= 0 && result.ErrorOffset <= text.Length));
            }, iter: 20000);
    }
}
