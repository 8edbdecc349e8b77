using System;
using System.Linq;
using System.Text;
using CsCheck;
using Leadtype.Json;

namespace Leadtype.Core.Tests.Json;

/// <summary>String escaping, the pre-escaped pieces a cache keeps, and decoding them back.</summary>
public class JsonWriterEscapeTests
{
    // Text with the characters escaping treats specially, often at the 4,096-character block edges of the fast path.
    private static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.String),
        (2, Gen.Char['\0', '\u00ff'].Array[0, 64].Select(chars => new string(chars))),
        (2, Gen.Select(Gen.Int[4080, 4110], Gen.Char.Array[1, 8]).Select((at, chars) => new string('a', at) + new string(chars) + new string('b', 40))),
        (1, Gen.Char['\ud800', '\udfff'].Array[0, 8].Select(chars => "x" + new string(chars) + "y")));

    [Fact]
    public void Escaped_bytes_decode_back_to_the_string_they_were_made_from()
    {
        Text.Sample(value =>
        {
            var escaped = JsonWriter.EscapeToUtf8(value);
            Assert.Equal(value, JsonWriter.Unescape(escaped));
        });
    }

    [Fact]
    public void A_string_written_from_its_escaped_bytes_equals_the_string_written_directly()
    {
        Text.Sample(value =>
        {
            var direct = new JsonWriter();
            direct.String(value);

            var fromEscaped = new JsonWriter(16);
            fromEscaped.StartString();
            fromEscaped.EscapedStringPart(JsonWriter.EscapeToUtf8(value));
            fromEscaped.EndString();

            Assert.Equal(direct.ToArray(), fromEscaped.ToArray());
        });
    }

    [Fact]
    public void Escaping_matches_JSON_stringify_rules_across_block_edges()
    {
        Text.Sample(value =>
        {
            var writer = new JsonWriter();
            writer.String(value);
            Assert.Equal(Expected(value), Encoding.UTF8.GetString(writer.ToArray()));
        });
    }

    [Fact]
    public void Escaped_pieces_longer_than_the_stream_buffer_are_copied_whole()
    {
        var value = string.Concat(Enumerable.Repeat("line \"one\"\n\t", 20_000));
        using var stream = new System.IO.MemoryStream();
        var writer = new JsonWriter(stream);
        writer.StartString();
        writer.EscapedStringPart(JsonWriter.EscapeToUtf8(value));
        writer.EndString();
        writer.Flush();

        var direct = new JsonWriter();
        direct.String(value);
        Assert.Equal(direct.ToArray(), stream.ToArray());
    }

    [Theory]
    [InlineData("\\x")]
    [InlineData("\\u12")]
    [InlineData("\\u12zz")]
    [InlineData("end\\")]
    [InlineData("raw \" quote")]
    [InlineData("raw \n newline")]
    public void Unescaping_malformed_bytes_is_refused(string escaped)
    {
        Assert.Throws<FormatException>(() => JsonWriter.Unescape(Encoding.UTF8.GetBytes(escaped)));
    }

    [Fact]
    public void Unescaping_invalid_UTF8_is_refused()
    {
        Assert.Throws<FormatException>(() => JsonWriter.Unescape(new byte[] { 0x61, 0xC3 }));
    }

    // JSON.stringify's escaping, written plainly: quote, backslash and controls escaped, lone surrogates as \uXXXX.
    private static string Expected(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4"));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
