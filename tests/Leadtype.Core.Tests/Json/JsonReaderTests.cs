using System.Linq;
using Leadtype.Json;

namespace Leadtype.Core.Tests.Json;

public class JsonReaderTests
{
    private static JsonValue ParseOk(string text, JsonReaderOptions? options = null)
    {
        var result = JsonReader.Parse(text, options);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Value!;
    }

    private static JsonSyntaxError ParseError(string text, JsonReaderOptions? options = null)
    {
        var result = JsonReader.Parse(text, options);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        return result.Error!;
    }

    [Fact]
    public void Object_with_every_value_kind_is_read_in_source_order()
    {
        var root = Assert.IsType<JsonObject>(ParseOk("{\"s\":\"x\",\"n\":-1.5e2,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,{}],\"o\":{\"k\":\"v\"}}"));

        Assert.Equal(new[] { "s", "n", "t", "f", "z", "a", "o" }, root.Properties.Select(p => p.Name));
        Assert.Equal("x", Assert.IsType<JsonString>(root["s"]).Value);
        Assert.Equal(-150d, Assert.IsType<JsonNumber>(root["n"]).Value);
        Assert.Equal("-1.5e2", ((JsonNumber)root["n"]!).Raw);
        Assert.True(Assert.IsType<JsonBoolean>(root["t"]).Value);
        Assert.False(Assert.IsType<JsonBoolean>(root["f"]).Value);
        Assert.IsType<JsonNull>(root["z"]);
        Assert.Equal(2, Assert.IsType<JsonArray>(root["a"]).Items.Count);
        Assert.Equal("v", ((JsonString)((JsonObject)root["o"]!)["k"]!).Value);
    }

    [Fact]
    public void Every_value_and_property_name_carries_its_line_and_column()
    {
        var text = "{\n  \"product\": {\n    \"name\": \"Acme\"\n  },\n  \"list\": [\n    1,\n      true\n  ]\n}";
        var root = (JsonObject)ParseOk(text);

        Assert.Equal((1, 1), (root.Line, root.Column));
        var product = root.Find("product")!;
        Assert.Equal((2, 3), (product.Line, product.Column));
        Assert.Equal((2, 14), (product.Value.Line, product.Value.Column));
        var name = ((JsonObject)product.Value).Find("name")!;
        Assert.Equal((3, 5), (name.Line, name.Column));
        Assert.Equal((3, 13), (name.Value.Line, name.Value.Column));
        var list = (JsonArray)root["list"]!;
        Assert.Equal((6, 5), (list.Items[0].Line, list.Items[0].Column));
        Assert.Equal((7, 7), (list.Items[1].Line, list.Items[1].Column));
    }

    [Fact]
    public void Crlf_line_endings_count_as_one_line_break()
    {
        var root = (JsonObject)ParseOk("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}");
        Assert.Equal((3, 3), (root.Find("b")!.Line, root.Find("b")!.Column));
    }

    [Fact]
    public void Escapes_decode_to_their_characters()
    {
        var value = (JsonString)ParseOk("\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00\"");
        Assert.Equal("q\" b\\ s/ \b\f\n\r\t é 😀", value.Value);
    }

    [Fact]
    public void Leading_byte_order_mark_is_skipped()
    {
        var root = (JsonObject)ParseOk("\uFEFF{\"a\":1}");
        Assert.Single(root.Properties);
    }

    [Fact]
    public void Line_and_block_comments_are_allowed_in_config_mode()
    {
        var text = "// leading\n{\n  /* block\n     comment */ \"a\": 1, // after\n  \"b\": /* inline */ 2\n}\n// trailing";
        var root = (JsonObject)ParseOk(text);
        Assert.Equal(new[] { "a", "b" }, root.Properties.Select(p => p.Name));
        Assert.Equal((4, 17), (root.Find("a")!.Line, root.Find("a")!.Column));
    }

    [Fact]
    public void Trailing_commas_are_allowed_in_config_mode()
    {
        var root = (JsonObject)ParseOk("{\"a\": [1, 2,], \"b\": {\"c\": 3,},}");
        Assert.Equal(2, ((JsonArray)root["a"]!).Items.Count);
        Assert.Single(((JsonObject)root["b"]!).Properties);
    }

    [Fact]
    public void Strict_mode_rejects_a_comment_with_its_location()
    {
        var error = ParseError("{\n  // no\n  \"a\": 1\n}", JsonReaderOptions.Strict);
        Assert.Equal("Comments are not allowed in strict JSON", error.Message);
        Assert.Equal((2, 3), (error.Line, error.Column));
    }

    [Fact]
    public void Strict_mode_rejects_a_trailing_comma_with_its_location()
    {
        var error = ParseError("[1,\n 2,\n]", JsonReaderOptions.Strict);
        Assert.Equal("Trailing comma before `]` is not allowed", error.Message);
        Assert.Equal((3, 1), (error.Line, error.Column));

        var objectError = ParseError("{\"a\": 1, }", JsonReaderOptions.Strict);
        Assert.Equal("Trailing comma before `}` is not allowed", objectError.Message);
        Assert.Equal((1, 10), (objectError.Line, objectError.Column));
    }

    [Fact]
    public void Duplicate_property_names_are_kept_and_lookup_returns_the_last()
    {
        var root = (JsonObject)ParseOk("{\"a\": 1, \"a\": 2}");
        Assert.Equal(2, root.Properties.Count);
        Assert.Equal(2d, ((JsonNumber)root["a"]!).Value);
    }

    [Fact]
    public void Whole_number_forms_convert_to_int()
    {
        Assert.True(((JsonNumber)ParseOk("2e1")).TryGetInt32(out var twenty));
        Assert.Equal(20, twenty);
        Assert.False(((JsonNumber)ParseOk("2.5")).TryGetInt32(out _));
        Assert.False(((JsonNumber)ParseOk("1e12")).TryGetInt32(out _));
    }

    [Theory]
    [InlineData("", 1, 1, "The file is empty")]
    [InlineData("   \n  // only a comment\n", 3, 1, "The file is empty")]
    [InlineData("{", 1, 2, "the object opened at line 1 is not closed with `}`")]
    [InlineData("{\n  \"a\": 1\n", 3, 1, "the object opened at line 1 is not closed with `}`")]
    [InlineData("[1, 2", 1, 6, "the array opened at line 1 is not closed with `]`")]
    [InlineData("{\"a\" 1}", 1, 6, "Expected `:` after property name \"a\", found `1`")]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "Expected `,` or `}` after the value of \"a\", found `\"`")]
    [InlineData("[1 2]", 1, 4, "Expected `,` or `]` after an array item, found `2`")]
    [InlineData("{a: 1}", 1, 2, "Property names must be strings in double quotes; found `a`")]
    [InlineData("{'a': 1}", 1, 2, "Property names must use double quotes")]
    [InlineData("{\"a\": 'x'}", 1, 7, "Strings must use double quotes")]
    [InlineData("{\"a\": \"x}", 1, 7, "Unterminated string")]
    [InlineData("{\"a\": \"line\nbreak\"}", 1, 12, "a line break cannot appear inside a string")]
    [InlineData("\"tab\there\"", 1, 5, "Control character U+0009 must be escaped")]
    [InlineData("\"bad \\x escape\"", 1, 6, "Invalid escape sequence `\\x`")]
    [InlineData("\"\\u12G4\"", 1, 2, "Invalid \\u escape")]
    [InlineData("01", 1, 1, "leading zeros are not allowed")]
    [InlineData("1.", 1, 3, "expected a digit after the decimal point")]
    [InlineData("1e+", 1, 4, "expected a digit in the exponent")]
    [InlineData("-", 1, 2, "expected a digit after `-`")]
    [InlineData("[NaN]", 1, 2, "`NaN` is not valid JSON")]
    [InlineData("True", 1, 1, "JSON booleans are lower-case")]
    [InlineData("{\"a\": yes}", 1, 7, "Unexpected `yes`; expected a value")]
    [InlineData("[1,,2]", 1, 4, "Unexpected `,`; expected a value")]
    [InlineData("{,}", 1, 2, "Unexpected `,`; expected a property name")]
    [InlineData("{\"a\": 1,,}", 1, 9, "Unexpected `,`; expected a property name")]
    [InlineData("{} {}", 1, 4, "Unexpected `{` after the end of the JSON value")]
    [InlineData("{\"a\": 1 /* open", 1, 9, "Unterminated block comment")]
    [InlineData("{\"a\": }", 1, 7, "Unexpected `}`; expected a value")]
    [InlineData("1e400", 1, 1, "is too large")]
    [InlineData("{\"a\":\u00A01}", 1, 6, "invisible character U+00A0")]
    public void Malformed_input_yields_a_located_error(string text, int line, int column, string messagePart)
    {
        var error = ParseError(text);
        Assert.Contains(messagePart, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Deep_nesting_is_rejected_instead_of_overflowing_the_stack()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);
        var error = ParseError(text);
        Assert.Contains("Nesting is deeper than 256 levels", error.Message);
        Assert.Equal((1, 257), (error.Line, error.Column));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var text = new string('[', 256) + new string(']', 256);
        Assert.IsType<JsonArray>(ParseOk(text));
    }
}
