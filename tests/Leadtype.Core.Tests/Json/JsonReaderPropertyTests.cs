using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Leadtype.Json;
using JsonReaderOptions = Leadtype.Json.JsonReaderOptions;

namespace Leadtype.Core.Tests.Json;

/// <summary>Differential checks against System.Text.Json (allowed in tests, not in Core).</summary>
public class JsonReaderPropertyTests
{
    private static readonly Gen<string> JsonText = GenJson(3).Select(e => JsonSerializer.Serialize(e));

    private static Gen<JsonElement> GenJson(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.String.Select(s => JsonSerializer.SerializeToElement(s)),
            Gen.Double.Where(d => !double.IsNaN(d) && !double.IsInfinity(d)).Select(d => JsonSerializer.SerializeToElement(d)),
            Gen.Int.Select(i => JsonSerializer.SerializeToElement(i)),
            Gen.Bool.Select(b => JsonSerializer.SerializeToElement(b)),
            Gen.Const(JsonSerializer.SerializeToElement<object?>(null)));
        if (depth == 0)
        {
            return scalar;
        }

        var child = GenJson(depth - 1);
        return Gen.Frequency(
            (3, scalar),
            (1, child.Array[0, 4].Select(items => JsonSerializer.SerializeToElement(items))),
            (1, Gen.Select(Gen.String[0, 4], child.Array[4]).Select((keys, values) =>
                JsonSerializer.SerializeToElement(keys.Distinct().Select((k, i) => (k, values[i])).ToDictionary(p => p.k, p => p.Item2)))));
    }

    [Fact]
    public void Reader_agrees_with_System_Text_Json_on_generated_documents()
    {
        JsonText.Sample(text =>
        {
            var ours = JsonReader.Parse(text, JsonReaderOptions.Strict);
            Assert.True(ours.Success, ours.Error?.ToString());
            using var theirs = JsonDocument.Parse(text);
            AssertSame(theirs.RootElement, ours.Value!);
        }, iter: 500);
    }

    [Fact]
    public void Arbitrary_text_never_throws()
    {
        Gen.String.Sample(text =>
        {
            var result = JsonReader.Parse(text);
            Assert.True(result.Success ^ (result.Error is not null));
            if (result.Error is { } error)
            {
                Assert.InRange(error.Line, 1, text.Length + 1);
                Assert.InRange(error.Column, 1, text.Length + 1);
            }
        }, iter: 2000);
    }

    [Fact]
    public void Truncated_documents_always_fail_with_a_location_inside_the_text()
    {
        JsonText.Where(t => t.Length > 2 && (t[0] == '{' || t[0] == '[')).Sample(text =>
        {
            var truncated = text.Substring(0, text.Length - 1);
            var result = JsonReader.Parse(truncated, JsonReaderOptions.Strict);
            Assert.False(result.Success);
            Assert.InRange(result.Error!.Offset, 0, truncated.Length);
        }, iter: 300);
    }

    private static void AssertSame(JsonElement expected, JsonValue actual)
    {
        switch (expected.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                var obj = Assert.IsType<JsonObject>(actual);
                var props = expected.EnumerateObject().ToArray();
                Assert.Equal(props.Length, obj.Properties.Count);
                for (var i = 0; i < props.Length; i++)
                {
                    Assert.Equal(props[i].Name, obj.Properties[i].Name);
                    AssertSame(props[i].Value, obj.Properties[i].Value);
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                var arr = Assert.IsType<JsonArray>(actual);
                var items = expected.EnumerateArray().ToArray();
                Assert.Equal(items.Length, arr.Items.Count);
                for (var i = 0; i < items.Length; i++)
                {
                    AssertSame(items[i], arr.Items[i]);
                }

                break;
            case System.Text.Json.JsonValueKind.String:
                Assert.Equal(expected.GetString(), Assert.IsType<JsonString>(actual).Value);
                break;
            case System.Text.Json.JsonValueKind.Number:
                Assert.Equal(expected.GetDouble(), Assert.IsType<JsonNumber>(actual).Value);
                break;
            case System.Text.Json.JsonValueKind.True:
            case System.Text.Json.JsonValueKind.False:
                Assert.Equal(expected.GetBoolean(), Assert.IsType<JsonBoolean>(actual).Value);
                break;
            default:
                Assert.IsType<JsonNull>(actual);
                break;
        }
    }
}
