using System;
using System.Collections.Generic;
using System.Text;

namespace Leadtype.Search;

/// <summary>
/// UTF-8 that also round-trips lone surrogates (as the 3-byte sequences generalized UTF-8 uses). Chunk
/// texts can contain them — the reference cuts long text at a character count, which may split a
/// surrogate pair — and the JSON files keep them as <c>\udxxx</c>, so the binary form must too.
/// </summary>
internal static class Wtf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static byte[] Encode(string value)
    {
        if (!HasLoneSurrogate(value))
        {
            return Strict.GetBytes(value);
        }

        var bytes = new List<byte>(value.Length * 3);
        for (var i = 0; i < value.Length; i++)
        {
            int codePoint = value[i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                codePoint = char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }

            if (codePoint < 0x80)
            {
                bytes.Add((byte)codePoint);
            }
            else if (codePoint < 0x800)
            {
                bytes.Add((byte)(0xC0 | (codePoint >> 6)));
                bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
            }
            else if (codePoint < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (codePoint >> 12)));
                bytes.Add((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (codePoint >> 18)));
                bytes.Add((byte)(0x80 | ((codePoint >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (codePoint & 0x3F)));
            }
        }

        return bytes.ToArray();
    }

    public static string Decode(byte[] array, int offset, int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        var span = new ReadOnlySpan<byte>(array, offset, count);
        if (!MayHoldSurrogate(span))
        {
            return Strict.GetString(array, offset, count);
        }

        var builder = new StringBuilder(count);
        var i = 0;
        while (i < span.Length)
        {
            var b = span[i];
            if (b < 0x80)
            {
                builder.Append((char)b);
                i++;
            }
            else if (b >= 0xC0 && b < 0xE0 && i + 1 < span.Length)
            {
                builder.Append((char)(((b & 0x1F) << 6) | (span[i + 1] & 0x3F)));
                i += 2;
            }
            else if (b >= 0xE0 && b < 0xF0 && i + 2 < span.Length)
            {
                builder.Append((char)(((b & 0x0F) << 12) | ((span[i + 1] & 0x3F) << 6) | (span[i + 2] & 0x3F)));
                i += 3;
            }
            else if (b >= 0xF0 && i + 3 < span.Length)
            {
                var codePoint = ((b & 0x07) << 18) | ((span[i + 1] & 0x3F) << 12) | ((span[i + 2] & 0x3F) << 6) | (span[i + 3] & 0x3F);
                if (codePoint > 0x10FFFF)
                {
                    codePoint = 0xFFFD;
                }

                builder.Append(char.ConvertFromUtf32(codePoint < 0x10000 ? 0xFFFD : codePoint));
                i += 4;
            }
            else
            {
                builder.Append('\uFFFD');
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            return true;
        }

        return false;
    }

    // Surrogates encode as ED A0..BF xx; anything else decodes with the platform's UTF-8 decoder.
    private static bool MayHoldSurrogate(ReadOnlySpan<byte> span)
    {
        var index = span.IndexOf((byte)0xED);
        while (index >= 0)
        {
            if (index + 1 < span.Length && span[index + 1] >= 0xA0)
            {
                return true;
            }

            var next = span.Slice(index + 1).IndexOf((byte)0xED);
            index = next < 0 ? -1 : index + 1 + next;
        }

        return false;
    }
}
