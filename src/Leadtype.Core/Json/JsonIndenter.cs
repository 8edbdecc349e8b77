using System;

namespace Leadtype.Json;

/// <summary>
/// Re-lays out compact JSON (as <see cref="JsonWriter"/> produces it) the way JavaScript's
/// <c>JSON.stringify(value, null, 2)</c> does: two-space indentation, <c>": "</c> after names, one
/// member per line, and empty containers kept as <c>{}</c> / <c>[]</c>. The reference writes its
/// manifests, api-catalog, skills index and agent/MCP cards in that layout (artifacts §2.9 "JSON(2)").
/// </summary>
public static class JsonIndenter
{
    /// <summary>Indents <paramref name="compact"/> (UTF-8, no insignificant whitespace) and appends a final <c>\n</c>.</summary>
    public static byte[] IndentWithNewline(ReadOnlySpan<byte> compact)
    {
        var output = new ByteBuffer(compact.Length + (compact.Length / 2) + 16);
        var depth = 0;
        var i = 0;
        while (i < compact.Length)
        {
            var b = compact[i];
            switch (b)
            {
                case (byte)'"':
                    i = CopyString(compact, i, ref output);
                    continue;
                case (byte)'{':
                case (byte)'[':
                    var close = b == (byte)'{' ? (byte)'}' : (byte)']';
                    if (i + 1 < compact.Length && compact[i + 1] == close)
                    {
                        output.Add(b);
                        output.Add(close);
                        i += 2;
                        continue;
                    }

                    output.Add(b);
                    depth++;
                    NewLine(ref output, depth);
                    break;
                case (byte)'}':
                case (byte)']':
                    depth--;
                    NewLine(ref output, depth);
                    output.Add(b);
                    break;
                case (byte)',':
                    output.Add(b);
                    NewLine(ref output, depth);
                    break;
                case (byte)':':
                    output.Add(b);
                    output.Add((byte)' ');
                    break;
                default:
                    output.Add(b);
                    break;
            }

            i++;
        }

        output.Add((byte)'\n');
        return output.ToArray();
    }

    private static int CopyString(ReadOnlySpan<byte> compact, int start, ref ByteBuffer output)
    {
        output.Add(compact[start]);
        var i = start + 1;
        while (i < compact.Length)
        {
            var b = compact[i];
            output.Add(b);
            i++;
            if (b == (byte)'\\' && i < compact.Length)
            {
                output.Add(compact[i]);
                i++;
            }
            else if (b == (byte)'"')
            {
                break;
            }
        }

        return i;
    }

    private static void NewLine(ref ByteBuffer output, int depth)
    {
        output.Add((byte)'\n');
        for (var d = 0; d < depth; d++)
        {
            output.Add((byte)' ');
            output.Add((byte)' ');
        }
    }

    private struct ByteBuffer
    {
        private byte[] _bytes;
        private int _length;

        public ByteBuffer(int capacity)
        {
            _bytes = new byte[Math.Max(capacity, 16)];
            _length = 0;
        }

        public void Add(byte b)
        {
            if (_length == _bytes.Length)
            {
                Array.Resize(ref _bytes, _bytes.Length * 2);
            }

            _bytes[_length++] = b;
        }

        public byte[] ToArray()
        {
            var result = new byte[_length];
            Buffer.BlockCopy(_bytes, 0, result, 0, _length);
            return result;
        }
    }
}
