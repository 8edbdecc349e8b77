using System;
using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Leadtype.Templates;

/// <summary>
/// The encoding a <see cref="RenderMemo"/> key hashes: a template's identity, then a model written value by
/// value (every value tagged with its type, strings and lists length-prefixed). <see cref="RenderMemo.Key"/>
/// writes a built <c>ScriptObject</c> through it; a renderer can also describe its model straight from the site
/// (the same values in the same order), so a reused render never builds the model at all. The two must give
/// the same bytes, which the renderers' tests check against the built model.
/// </summary>
internal sealed class RenderKey : IDisposable
{
    private const byte NullTag = 0;
    private const byte StringTag = 1;
    private const byte TrueTag = 2;
    private const byte FalseTag = 3;
    private const byte IntTag = 4;
    private const byte LongTag = 5;
    private const byte DoubleTag = 6;
    private const byte ObjectTag = 7;
    private const byte ArrayTag = 8;

    private byte[] _buffer;
    private int _length;

    public RenderKey(string templateId)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        Text(templateId);
    }

    /// <summary>An object of <paramref name="count"/> entries follows, each a <see cref="Name"/> and a value.</summary>
    public void BeginObject(int count)
    {
        Tag(ObjectTag);
        Int64(count);
    }

    /// <summary>An array of <paramref name="count"/> values follows.</summary>
    public void BeginArray(int count)
    {
        Tag(ArrayTag);
        Int64(count);
    }

    /// <summary>An object entry's name (its value follows).</summary>
    public void Name(string name) => Text(name);

    public void Null() => Tag(NullTag);

    public void Value(string? value)
    {
        if (value is null)
        {
            Tag(NullTag);
            return;
        }

        Tag(StringTag);
        Text(value);
    }

    public void Value(bool value) => Tag(value ? TrueTag : FalseTag);

    public void Value(int value)
    {
        Tag(IntTag);
        Int64(value);
    }

    public void Value(long value)
    {
        Tag(LongTag);
        Int64(value);
    }

    public void Value(double value)
    {
        Tag(DoubleTag);
        Int64(BitConverter.DoubleToInt64Bits(value));
    }

    /// <summary>The 128-bit hash of everything written.</summary>
    public UInt128 Hash() => XxHash128.HashToUInt128(_buffer.AsSpan(0, _length));

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Tag(byte tag) => Reserve(1)[0] = tag;

    private void Int64(long value) => MemoryMarshal.Write(Reserve(sizeof(long)), in value);

    private void Text(string text)
    {
        Int64(text.Length);
        MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(Reserve(text.Length * sizeof(char)));
    }

    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.AsSpan(0, _length).CopyTo(grown);
            if (_buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }

            _buffer = grown;
        }

        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}
