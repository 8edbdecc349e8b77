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
    /// <summary>The length of <see cref="Encode"/>'s text for a binary index of <paramref name="binaryLength"/> bytes, without encoding it.</summary>
    public static long EncodedLength(long binaryLength, SearchIndexAsciiEncoding encoding = SearchIndexAsciiEncoding.Base64)
    {
        if (binaryLength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(binaryLength));
        }

        return encoding == SearchIndexAsciiEncoding.Base64
            ? 4 + ((binaryLength + 2) / 3 * 4)
            : 4 + ((binaryLength + 3) / 4 * 5) + 1;
    }

    public static byte[] Decode(ReadOnlySpan<byte> ascii)
    {
        var bytes = new byte[DecodedLength(ascii)];
        DecodeInto(ascii, bytes);
        return bytes;
    }

    /// <summary>The number of bytes <paramref name="ascii"/> decodes to (so a caller can allocate the buffer itself).</summary>
    public static int DecodedLength(ReadOnlySpan<byte> ascii)
    {
        var payload = Payload(ascii, out var z85);
        if (!z85)
        {
            var padding = payload.Length >= 4 && payload.Length % 4 == 0 ? (payload[payload.Length - 1] == (byte)'=' ? 1 : 0) + (payload[payload.Length - 2] == (byte)'=' ? 1 : 0) : 0;
            return (payload.Length / 4 * 3) - padding;
        }

        if (payload.Length % 5 != 1)
        {
            throw new SearchIndexFormatException("Embedded search index text is not valid Z85 (wrong length).");
        }

        var z85Padding = payload[payload.Length - 1] - '0';
        var blocks = payload.Length / 5;
        if (z85Padding < 0 || z85Padding > 3 || (blocks == 0 && z85Padding != 0))
        {
            throw new SearchIndexFormatException("Embedded search index text is not valid Z85 (bad padding marker).");
        }

        return (blocks * 4) - z85Padding;
    }

    /// <summary>Decodes into <paramref name="destination"/>, which must be exactly <see cref="DecodedLength"/> long.</summary>
    public static void DecodeInto(ReadOnlySpan<byte> ascii, Span<byte> destination)
    {
        var payload = Payload(ascii, out var z85);
        if (destination.Length != DecodedLength(ascii))
        {
            throw new ArgumentException("The destination does not have the decoded length.", nameof(destination));
        }

        if (!z85)
        {
            var status = System.Buffers.Text.Base64.DecodeFromUtf8(payload, destination, out var consumed, out var written);
            if (status != System.Buffers.OperationStatus.Done || consumed != payload.Length || written != destination.Length)
            {
                throw new SearchIndexFormatException("Embedded search index text is not valid base64.");
            }

            return;
        }

        DecodeZ85(payload, destination);
    }

    private static ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> ascii, out bool z85)
    {
        if (ascii.Length >= 4 && ascii[3] == (byte)':')
        {
            if (ascii[0] == (byte)'b' && ascii[1] == (byte)'6' && ascii[2] == (byte)'4')
            {
                z85 = false;
                return ascii.Slice(4);
            }

            if (ascii[0] == (byte)'z' && ascii[1] == (byte)'8' && ascii[2] == (byte)'5')
            {
                z85 = true;
                return ascii.Slice(4);
            }
        }

        throw new SearchIndexFormatException("Embedded search index text must start with \"b64:\" or \"z85:\".");
    }

    private static void DecodeZ85(ReadOnlySpan<byte> payload, Span<byte> output)
    {
        var blocks = payload.Length / 5;
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
