using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using JsonIndenter = Leadtype.Json.JsonIndenter;

namespace Leadtype.Core.Tests.Artifacts;

public sealed class JsonIndenterTests
{
    [Fact]
    public void Indents_like_json_stringify_with_two_spaces_and_keeps_empty_containers_compact()
    {
        const string compact = "{\"a\":1,\"b\":[1,{\"c\":null}],\"d\":{},\"e\":[],\"f\":\"x\"}";

        var indented = Encoding.UTF8.GetString(JsonIndenter.IndentWithNewline(Encoding.UTF8.GetBytes(compact)));

        Assert.Equal("{\n  \"a\": 1,\n  \"b\": [\n    1,\n    {\n      \"c\": null\n    }\n  ],\n  \"d\": {},\n  \"e\": [],\n  \"f\": \"x\"\n}\n", indented);
    }

    [Fact]
    public void Structural_characters_and_escapes_inside_strings_are_left_alone()
    {
        const string compact = "[\"{a:[1,2]}\",\"quote \\\" , : [\",\"back\\\\\"]";

        var indented = Encoding.UTF8.GetString(JsonIndenter.IndentWithNewline(Encoding.UTF8.GetBytes(compact)));

        Assert.Equal("[\n  \"{a:[1,2]}\",\n  \"quote \\\" , : [\",\n  \"back\\\\\"\n]\n", indented);
    }

    [Fact]
    public void Indented_output_parses_to_the_same_value_for_any_document()
    {
        var leaf = Gen.OneOf(
            Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            Gen.Const((JsonNode?)null));
        var node = leaf.SelectMany(l => Gen.Int[0, 3].SelectMany(shape => Gen.String[0, 5].Array[0, 4].Select(keys =>
        {
            if (shape == 0)
            {
                return l;
            }

            if (shape == 1)
            {
                var array = new JsonArray();
                foreach (var key in keys)
                {
                    array.Add(JsonValue.Create(key));
                }

                array.Add(l?.DeepClone());
                return array;
            }

            var obj = new JsonObject();
            foreach (var key in keys)
            {
                obj[key] = new JsonArray(JsonValue.Create(key), new JsonObject());
            }

            obj["leaf"] = l?.DeepClone();
            return (JsonNode?)obj;
        })));

        node.Sample(value =>
        {
            var compact = value?.ToJsonString() ?? "null";
            var indented = JsonIndenter.IndentWithNewline(Encoding.UTF8.GetBytes(compact));
            var reparsed = JsonNode.Parse(indented);
            return JsonNode.DeepEquals(value, reparsed) && indented[^1] == (byte)'\n';
        });
    }
}
