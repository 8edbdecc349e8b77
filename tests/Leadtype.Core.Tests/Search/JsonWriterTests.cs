using System.Text;
using Leadtype.Json;

namespace Leadtype.Core.Tests.Search;

/// <summary>The JSON writer matches JavaScript's JSON.stringify byte for byte.</summary>
public sealed class JsonWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" backslash \\", "\"quote \\\" backslash \\\\\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"")]
    [InlineData("\u007f \u2028 \u2029 é 🎉 </script>", "\"\u007f \u2028 \u2029 é 🎉 </script>\"")]
    public void Strings_are_escaped_like_json_stringify(string value, string expected)
    {
        var json = new JsonWriter();
        json.String(value);

        Assert.Equal(expected, Encoding.UTF8.GetString(json.ToArray()));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_are_written_as_utf8()
    {
        var json = new JsonWriter();
        json.String("lone " + '\ud83c' + " high, " + '\udf89' + " low, pair \ud83c\udf89");

        Assert.Equal("\"lone \\ud83c high, \\udf89 low, pair 🎉\"", Encoding.UTF8.GetString(json.ToArray()));
    }

    [Theory]
    [InlineData(8.0, "8")]
    [InlineData(0.0, "0")]
    [InlineData(22.0 / 3.0, "7.333333333333333")]
    [InlineData(0.1, "0.1")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "null")]
    public void Numbers_are_formatted_like_javascript(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.Format(value));
    }

    [Fact]
    public void Negative_zero_is_written_as_zero()
    {
        Assert.Equal("0", JsNumber.Format(-0.0));
    }

    [Fact]
    public void Commas_are_placed_between_members_and_elements()
    {
        var json = new JsonWriter();
        json.StartObject();
        json.PropertyName("a");
        json.StartArray();
        json.Number(1);
        json.Null();
        json.Boolean(true);
        json.StartArray();
        json.EndArray();
        json.EndArray();
        json.PropertyName("b");
        json.StartObject();
        json.EndObject();
        json.EndObject();

        Assert.Equal("{\"a\":[1,null,true,[]],\"b\":{}}", Encoding.UTF8.GetString(json.ToArray()));
    }
}
