using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;

namespace Leadtype.Core.Tests.Frontmatter;

public class FrontmatterRoundTripTests
{
    private static readonly Gen<char> TextChar = Gen.OneOf(
        Gen.Char['a', 'z'],
        Gen.Char['0', '9'],
        Gen.OneOfConst(' ', ' ', ' ', '\n', '\t', ':', '#', '-', '"', '\'', '`', '%', '@', '*', '&', '!', '|', '>', '[', ']', '{', '}', ',', '?', '.', '\\', '/', 'é', '快', '\u0007', '~'));

    private static readonly Gen<string> Text = Gen.OneOf(
        TextChar.Array[0, 12].Select(chars => new string(chars)),
        TextChar.Array[60, 200].Select(chars => new string(chars)),
        Gen.OneOfConst("true", "null", "42", "1.5", "2024-01-01", "0o17", ".inf", "- x", "--- x", "...", "a: b", "#c", "x:", "", " ", "\n", "a\n\nb\n", "a\n "),
        Gen.Const("word").Array[5, 40].Select(words => string.Join(" ", words)));

    private static readonly Gen<YamlValue> Scalar = Gen.OneOf<YamlValue>(
        Text.Select(s => (YamlValue)new YamlString(s)),
        Gen.Int[-100000, 100000].Select(i => (YamlValue)new YamlNumber(i)),
        Gen.Double[-1e6, 1e6].Select(d => (YamlValue)new YamlNumber(d)),
        Gen.Bool.Select(b => (YamlValue)YamlBoolean.Of(b)),
        Gen.Const((YamlValue)YamlNull.Instance),
        Gen.Long[0, 4_000_000_000_000L].Select(ms => (YamlValue)new YamlDate(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(ms))));

    private static Gen<YamlValue> Value(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (4, Scalar),
            (1, Value(depth - 1).Array[0, 4].Select(items => (YamlValue)new YamlSequence(items))),
            (1, Map(depth - 1).Select(m => (YamlValue)m)));

    // Keys are realistic frontmatter keys (YamlDotNet misreads some exotic plain keys such as `a *b`); values stay adversarial.
    private static readonly Gen<string> Key = Gen.OneOf(
        Gen.Char['a', 'z'].Array[1, 10].Select(chars => new string(chars)),
        Gen.OneOfConst("title", "description", "last-modified", "og_image", "42", "true", "null", "2024-01-01", "with space", "--c15t-primary", "a.b", "é"));

    private static Gen<YamlMap> Map(int depth) =>
        Gen.Select(Key.Array[0, 5], Value(depth).Array[5], (keys, values) =>
        {
            var entries = new List<KeyValuePair<string, YamlValue>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Length; i++)
            {
                if (seen.Add(keys[i]))
                {
                    entries.Add(new KeyValuePair<string, YamlValue>(keys[i], values[i]));
                }
            }

            return new YamlMap(entries);
        });

    private static string Dump(YamlValue value) => value switch
    {
        YamlString s => "\"" + s.Value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\t", "\\t").Replace("\a", "\\a") + "\"",
        YamlSequence q => "[" + string.Join(", ", q.Items.Select(Dump)) + "]",
        YamlMap m => "{" + string.Join(", ", m.Entries.Select(e => Dump(new YamlString(e.Key)) + ": " + Dump(e.Value))) + "}",
        _ => value.ToString() ?? string.Empty,
    };

    // Found by the property below (seed 77lewc8Ehw_4): a multi-line string whose first line is only blanks.
    [Theory]
    [InlineData("  \n1>")]
    [InlineData("\t\nx")]
    [InlineData("      \n    1>\n")]
    [InlineData(" \n \n")]
    public void A_string_whose_first_line_is_blank_round_trips(string text)
    {
        foreach (var value in new YamlValue[] { new YamlString(text), new YamlSequence(new YamlValue[] { new YamlString(text) }) })
        {
            var map = new YamlMap(new[] { new KeyValuePair<string, YamlValue>("k", value) });
            var yaml = FrontmatterEmitter.Emit(map);
            var diagnostics = new List<DocsDiagnostic>();
            var parsed = FrontmatterParser.ParseValue(yaml + "\n", "p.mdx", 2, diagnostics);
            Assert.True(diagnostics.Count == 0, yaml + "\n=> " + string.Join("; ", diagnostics));
            Assert.Equal(map, parsed);
        }
    }

    [Fact]
    public void Emitted_frontmatter_parses_back_to_equal_data()
    {
        Map(2).Sample(map =>
        {
            var yaml = FrontmatterEmitter.Emit(map);
            var diagnostics = new List<DocsDiagnostic>();
            // In a page the closing fence follows on the next line, so the block ends with a line break.
            var parsed = FrontmatterParser.ParseValue(yaml + "\n", "p.mdx", 2, diagnostics);
            Assert.True(diagnostics.Count == 0, yaml + "\n=> " + string.Join("; ", diagnostics));
            Assert.True(map.Equals(parsed ?? YamlMap.Empty) || (map.Count == 0 && parsed is YamlMap { Count: 0 }), "emitted:\n" + yaml + "\nexpected: " + Dump(map) + "\nactual:   " + (parsed is null ? "null" : Dump(parsed)));
        }, iter: 3000);
    }
}
