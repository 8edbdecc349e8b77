using System;
using System.Text;

namespace Leadtype.Search;

/// <summary>How the binary index is spelled in printable ASCII.</summary>
public enum SearchIndexAsciiEncoding
{
    /// <summary>Standard base64 (4 characters per 3 bytes); the fastest to decode.</summary>
    Base64,

    /// <summary>Z85 (5 characters per 4 bytes, ZeroMQ's alphabet, which has no <c>"</c> or <c>\</c>); 6 % smaller.</summary>
    Z85,
}

/// <summary>
/// Carries the binary index in printable ASCII, so the source generator can embed it as a C# <c>"…"u8</c>
/// literal (a u8 literal must be valid UTF-8, which raw index bytes are not). The text starts with
/// <c>b64:</c> or <c>z85:</c>; a Z85 text ends with one digit giving the number of padding bytes.
/// </summary>
public static class SearchIndexAscii
{
    private const string Z85Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";
    private static readonly sbyte[] Z85Values = BuildZ85Values();

    public static string Encode(ReadOnlySpan<byte> binary, SearchIndexAsciiEncoding encoding = SearchIndexAsciiEncoding.Base64)
    {
        if (encoding == SearchIndexAsciiEncoding.Base64)
        {
            return "b64:" + Convert.ToBase64String(binary.ToArray());
        }

        var padding = (4 - (binary.Length % 4)) % 4;
        var builder = new StringBuilder(4 + ((binary.Length + padding) / 4 * 5) + 1);
        builder.Append("z85:");
        Span<char> block = stackalloc char[5];
        for (var i = 0; i < binary.Length; i += 4)
        {
            uint value = 0;
            for (var j = 0; j < 4; j++)
            {
                value = (value << 8) | (i + j < binary.Length ? binary[i + j] : 0u);
            }

            for (var j = 4; j >= 0; j--)
            {
                block[j] = Z85Alphabet[(int)(value % 85)];
                value /= 85;
            }

            foreach (var c in block)
            {
                builder.Append(c);
            }
        }

        builder.Append((char)('0' + padding));
        return builder.ToString();
    }

    /// <summary>Decodes the ASCII text (as UTF-8/ASCII bytes, e.g. a u8 literal) back to the binary index bytes.</summary>
    public static byte[] Decode(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length < 4 || ascii[3] != (byte)':')
        {
            throw new SearchIndexFormatException("Embedded search index text must start with \"b64:\" or \"z85:\".");
        }

        var payload = ascii.Slice(4);
        if (ascii[0] == (byte)'b' && ascii[1] == (byte)'6' && ascii[2] == (byte)'4')
        {
            var padding = payload.Length >= 4 && payload.Length % 4 == 0 ? (payload[payload.Length - 1] == (byte)'=' ? 1 : 0) + (payload[payload.Length - 2] == (byte)'=' ? 1 : 0) : 0;
            var bytes = new byte[(payload.Length / 4 * 3) - padding];
            var status = System.Buffers.Text.Base64.DecodeFromUtf8(payload, bytes, out var consumed, out var written);
            if (status != System.Buffers.OperationStatus.Done || consumed != payload.Length || written != bytes.Length)
            {
                throw new SearchIndexFormatException("Embedded search index text is not valid base64.");
            }

            return bytes;
        }

        if (ascii[0] == (byte)'z' && ascii[1] == (byte)'8' && ascii[2] == (byte)'5')
        {
            return DecodeZ85(payload);
        }

        throw new SearchIndexFormatException("Embedded search index text must start with \"b64:\" or \"z85:\".");
    }

    private static byte[] DecodeZ85(ReadOnlySpan<byte> payload)
    {
        if (payload.Length % 5 != 1)
        {
            throw new SearchIndexFormatException("Embedded search index text is not valid Z85 (wrong length).");
        }

        var padding = payload[payload.Length - 1] - '0';
        var blocks = payload.Length / 5;
        if (padding < 0 || padding > 3 || (blocks == 0 && padding != 0))
        {
            throw new SearchIndexFormatException("Embedded search index text is not valid Z85 (bad padding marker).");
        }

        var output = new byte[(blocks * 4) - padding];
        var o = 0;
        for (var b = 0; b < blocks; b++)
        {
            ulong value = 0;
            for (var j = 0; j < 5; j++)
            {
                var c = payload[(b * 5) + j];
                var digit = c < 128 ? Z85Values[c] : -1;
                if (digit < 0)
                {
                    throw new SearchIndexFormatException($"Embedded search index text is not valid Z85 (unexpected character at {4 + (b * 5) + j}).");
                }

                value = (value * 85) + (ulong)digit;
            }

            if (value > uint.MaxValue)
            {
                throw new SearchIndexFormatException("Embedded search index text is not valid Z85 (a block overflows).");
            }

            for (var j = 3; j >= 0; j--)
            {
                var index = o + (3 - j);
                if (index < output.Length)
                {
                    output[index] = (byte)(value >> (j * 8));
                }
            }

            o += 4;
        }

        return output;
    }

    private static sbyte[] BuildZ85Values()
    {
        var values = new sbyte[128];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -1;
        }

        for (var i = 0; i < Z85Alphabet.Length; i++)
        {
            values[Z85Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
