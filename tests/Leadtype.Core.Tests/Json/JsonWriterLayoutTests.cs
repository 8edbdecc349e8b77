using System;
using System.Globalization;
using System.IO;
using System.Text;
using CsCheck;
using Leadtype.Json;

namespace Leadtype.Core.Tests.Json;

/// <summary>
/// The writer's indented layout equals <see cref="JsonIndenter"/> applied to its compact output, and writing
/// through a stream (a fixed buffer flushed as it fills) gives the same bytes as writing to memory.
/// </summary>
public sealed class JsonWriterLayoutTests
{
    // A JSON value as a list of writer calls, so the same value can be written by several writers.
    private abstract record Value;

    private sealed record Str(string Text) : Value;

    private sealed record Num(long Integer) : Value;

    private sealed record Dbl(double Real) : Value;

    private sealed record Lit(bool? Flag) : Value;

    private sealed record Arr(Value[] Items) : Value;

    private sealed record Obj((string Name, Value Item)[] Members) : Value;

    private static readonly Gen<string> Text = Gen.OneOfConst("", "a", "name", "quote \" here", "back\\slash", "line\nbreak", "tab\t", "é", "東京", "🎉", "\u0001", "x".PadRight(300, 'y'));

    private static readonly Gen<Value> Scalar = Gen.Frequency(
        (3, Text.Select(t => (Value)new Str(t))),
        (2, Gen.Long.Select(n => (Value)new Num(n))),
        (1, Gen.Int[-1000, 1000].Select(n => (Value)new Dbl(n / 7.0))),
        (1, Gen.OneOfConst<bool?>(true, false, null).Select(f => (Value)new Lit(f))));

    private static Gen<Value> ValueGen(int depth) => depth == 0
        ? Scalar
        : Gen.Frequency(
            (3, Scalar),
            (1, ValueGen(depth - 1).Array[0, 5].Select(items => (Value)new Arr(items))),
            (1, Gen.Select(Text, ValueGen(depth - 1)).Array[0, 5].Select(members => (Value)new Obj(members))));

    [Fact]
    public void Indented_writing_gives_the_indenters_layout_of_the_compact_form()
    {
        ValueGen(4).Sample(value =>
        {
            var compact = new JsonWriter(16);
            Write(compact, value);
            var indented = new JsonWriter(16, indented: true);
            Write(indented, value);
            indented.RawAscii("\n");

            Assert.Equal(Encoding.UTF8.GetString(JsonIndenter.IndentWithNewline(compact.WrittenMemory.Span)), Encoding.UTF8.GetString(indented.ToArray()));
        }, iter: 500);
    }

    [Fact]
    public void Writing_through_a_stream_gives_the_bytes_written_to_memory()
    {
        // Values far larger than the stream buffer, so it is flushed many times, mid-string included.
        ValueGen(3).Array[0, 400].Sample(values =>
        {
            foreach (var indented in new[] { false, true })
            {
                var memory = new JsonWriter(16, indented);
                using var stream = new MemoryStream();
                var streamed = new JsonWriter(stream, indented);
                foreach (var writer in new[] { memory, streamed })
                {
                    writer.StartArray();
                    foreach (var value in values)
                    {
                        Write(writer, value);
                    }

                    writer.EndArray();
                }

                streamed.Flush();
                Assert.Equal(memory.ToArray(), stream.ToArray());
                Assert.Equal(memory.Length, streamed.BytesWritten);
            }
        }, iter: 60);
    }

    [Fact]
    public void A_string_longer_than_the_stream_buffer_is_written_whole()
    {
        var text = new string('é', 100_000) + "\"" + new string('a', 100_000);
        using var stream = new MemoryStream();
        var json = new JsonWriter(stream);
        json.String(text);
        json.Flush();

        var expected = new JsonWriter();
        expected.String(text);
        Assert.Equal(expected.ToArray(), stream.ToArray());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(10L)]
    [InlineData(-1L)]
    [InlineData(-10L)]
    [InlineData(1234567890123L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Integers_are_written_as_invariant_decimal(long value)
    {
        var json = new JsonWriter(16);
        json.Number(value);

        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetString(json.ToArray()));
    }

    [Fact]
    public void A_string_written_in_pieces_equals_the_joined_string()
    {
        Gen.Select(Text, Text, Text).Sample((a, b, c) =>
        {
            var whole = new JsonWriter(16);
            whole.StartArray();
            whole.String(a + b + c);
            whole.EndArray();
            var pieces = new JsonWriter(16);
            pieces.StartArray();
            pieces.StartString();
            pieces.StringPart(a);
            pieces.StringPart("x" + b + "x", 1, b.Length);
            pieces.StringPart(c);
            pieces.EndString();
            pieces.EndArray();

            Assert.Equal(whole.ToArray(), pieces.ToArray());
        });
    }

    [Fact]
    public void Closing_more_containers_than_were_opened_is_refused()
    {
        var json = new JsonWriter();
        json.StartArray();
        json.EndArray();

        Assert.Throws<InvalidOperationException>(() => json.EndArray());
    }

    private static void Write(JsonWriter writer, Value value)
    {
        switch (value)
        {
            case Str s:
                writer.String(s.Text);
                break;
            case Num n:
                writer.Number(n.Integer);
                break;
            case Dbl d:
                writer.Number(d.Real);
                break;
            case Lit { Flag: null }:
                writer.Null();
                break;
            case Lit l:
                writer.Boolean(l.Flag!.Value);
                break;
            case Arr a:
                writer.StartArray();
                foreach (var item in a.Items)
                {
                    Write(writer, item);
                }

                writer.EndArray();
                break;
            case Obj o:
                writer.StartObject();
                foreach (var (name, item) in o.Members)
                {
                    writer.PropertyName(name);
                    Write(writer, item);
                }

                writer.EndObject();
                break;
        }
    }
}
