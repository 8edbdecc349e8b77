using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>LEB128 unsigned integers for the binary index: 7 bits per byte, low bits first.</summary>
internal static class VarInt
{
    public static void Write(List<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }

    /// <summary>Reads at <paramref name="position"/> and advances it; throws on truncation or overflow.</summary>
    public static uint Read(ReadOnlySpan<byte> data, ref int position)
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if ((uint)position >= (uint)data.Length)
            {
                throw new SearchIndexFormatException("Binary search index is truncated inside a variable-length integer.");
            }

            var b = data[position++];
            if (shift == 28 && b > 0x0F)
            {
                throw new SearchIndexFormatException("Binary search index holds a variable-length integer larger than 32 bits.");
            }

            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new SearchIndexFormatException("Binary search index holds a variable-length integer larger than 32 bits.");
    }
}
