using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace Leadtype.Site;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian numbers, 7-bit length-prefixed UTF-8
/// strings) from a byte array in memory: the cache's page section is read in one piece and its pages are
/// decoded from it in parallel, each string in one vectorised UTF-8 decode. Out-of-range reads throw
/// <see cref="InvalidDataException"/>, which the cache treats as "no cache".
/// </summary>
internal struct CacheBlobReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _data;
    private readonly int _end;
    private int _position;

    public CacheBlobReader(byte[] data, int start, int end)
    {
        if (start < 0 || end > data.Length || start > end)
        {
            throw new InvalidDataException("A cache record lies outside the cache file.");
        }

        _data = data;
        _position = start;
        _end = end;
    }

    public int Position => _position;

    public bool AtEnd => _position == _end;

    public bool ReadBoolean() => Take(1)[0] != 0;

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public int Read7BitEncodedInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            if (shift == 28 && b > 0x0F)
            {
                break;
            }

            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)result;
            }
        }

        throw new InvalidDataException("A cache record holds a malformed 7-bit integer.");
    }

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0)
        {
            throw new InvalidDataException("A cache record holds a negative string length.");
        }

        return length == 0 ? string.Empty : Utf8.GetString(Take(length));
    }

    public byte[] ReadBytes(int count) => Take(count).ToArray();

    /// <summary>The next <paramref name="count"/> bytes as a slice of the array (not copied).</summary>
    public ReadOnlyMemory<byte> ReadMemory(int count)
    {
        var start = _position;
        Take(count);
        return new ReadOnlyMemory<byte>(_data, start, count);
    }

    /// <summary>Moves past <paramref name="count"/> bytes without reading them.</summary>
    public void Skip(int count) => Take(count);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _end - _position)
        {
            throw new InvalidDataException("A cache record is cut short.");
        }

        var span = new ReadOnlySpan<byte>(_data, _position, count);
        _position += count;
        return span;
    }
}
