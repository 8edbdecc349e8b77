using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Leadtype.Search;

/// <summary>
/// XXH64 (seed 0), the checksum of the binary index: fast enough to verify a multi-megabyte index at
/// load time, so a flipped byte is reported instead of producing different results.
/// </summary>
internal static class XxHash64
{
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime3 = 1609587929392839161UL;
    private const ulong Prime4 = 9650029242287828579UL;
    private const ulong Prime5 = 2870177450012600261UL;

    public static ulong Hash(ReadOnlySpan<byte> data)
    {
        var length = data.Length;
        var offset = 0;
        ulong hash;
        if (length >= 32)
        {
            var v1 = unchecked(Prime1 + Prime2);
            var v2 = Prime2;
            ulong v3 = 0;
            var v4 = unchecked(0UL - Prime1);
            var stripes = length / 32;
            if (BitConverter.IsLittleEndian)
            {
                // Whole 32-byte stripes read as ulongs in place: the hot loop of opening a large index.
                var words = MemoryMarshal.Cast<byte, ulong>(data.Slice(0, stripes * 32));
                for (var w = 0; w < words.Length; w += 4)
                {
                    v1 = Round(v1, words[w]);
                    v2 = Round(v2, words[w + 1]);
                    v3 = Round(v3, words[w + 2]);
                    v4 = Round(v4, words[w + 3]);
                }

                offset = stripes * 32;
            }
            else
            {
                while (offset + 32 <= length)
                {
                    v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(offset)));
                    v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(offset + 8)));
                    v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(offset + 16)));
                    v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(offset + 24)));
                    offset += 32;
                }
            }

            hash = unchecked(RotateLeft(v1, 1) + RotateLeft(v2, 7) + RotateLeft(v3, 12) + RotateLeft(v4, 18));
            hash = MergeRound(hash, v1);
            hash = MergeRound(hash, v2);
            hash = MergeRound(hash, v3);
            hash = MergeRound(hash, v4);
        }
        else
        {
            hash = Prime5;
        }

        unchecked
        {
            hash += (ulong)length;
            while (offset + 8 <= length)
            {
                hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(offset)));
                hash = (RotateLeft(hash, 27) * Prime1) + Prime4;
                offset += 8;
            }

            if (offset + 4 <= length)
            {
                hash ^= BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(offset)) * Prime1;
                hash = (RotateLeft(hash, 23) * Prime2) + Prime3;
                offset += 4;
            }

            while (offset < length)
            {
                hash ^= data[offset] * Prime5;
                hash = RotateLeft(hash, 11) * Prime1;
                offset++;
            }

            hash ^= hash >> 33;
            hash *= Prime2;
            hash ^= hash >> 29;
            hash *= Prime3;
            hash ^= hash >> 32;
        }

        return hash;
    }

    private static ulong Round(ulong accumulator, ulong input)
    {
        unchecked
        {
            accumulator += input * Prime2;
            accumulator = RotateLeft(accumulator, 31);
            return accumulator * Prime1;
        }
    }

    private static ulong MergeRound(ulong accumulator, ulong value)
    {
        unchecked
        {
            accumulator ^= Round(0, value);
            return (accumulator * Prime1) + Prime4;
        }
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
