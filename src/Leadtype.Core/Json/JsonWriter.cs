using System;
using System.Globalization;
using System.IO;

namespace Leadtype.Json;

/// <summary>
/// A forward-only JSON writer with exact layout control, producing UTF-8 the way JavaScript's
/// <c>JSON.stringify(value)</c> does (no indentation): the same string escapes (only <c>"</c>, <c>\</c>
/// and control characters; lone surrogates as <c>\udxxx</c>; everything else literal) and the same number
/// formatting (shortest round-trip digits, JavaScript's exponent rules). Commas are inserted automatically.
/// With <c>indented: true</c> it writes <c>JSON.stringify(value, null, 2)</c>'s layout directly (what
/// <see cref="JsonIndenter"/> makes of the compact form). Given a <see cref="Stream"/>, it writes through
/// a fixed buffer, so a file of any size needs no more memory than that buffer.
/// Core cannot use System.Text.Json (it is loaded into the compiler), hence this small writer.
/// </summary>
public sealed class JsonWriter
{
    private const int StreamBufferSize = 64 * 1024;

    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream? _output;
    private readonly bool _indented;

    // Per open container: whether it has an item yet. Depth is the number of open containers.
    private bool[] _hasItems = new bool[16];
    private int _depth;
    private byte[] _buffer;
    private int _length;
    private long _flushed;
    private bool _afterPropertyName;

    public JsonWriter(int initialCapacity = 4096)
    {
        _buffer = new byte[Math.Max(initialCapacity, 16)];
    }

    /// <param name="initialCapacity">The first buffer size; it grows as needed.</param>
    /// <param name="indented">Two-space indentation, <c>": "</c> after names, empty containers as <c>{}</c>/<c>[]</c>.</param>
    public JsonWriter(int initialCapacity, bool indented)
        : this(initialCapacity)
    {
        _indented = indented;
    }

    /// <summary>Writes to <paramref name="output"/> through a fixed buffer; call <see cref="Flush"/> at the end.</summary>
    public JsonWriter(Stream output, bool indented = false)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _indented = indented;
        _buffer = new byte[StreamBufferSize];
    }

    /// <summary>Bytes written so far (including those already flushed to the stream).</summary>
    public long BytesWritten => _flushed + _length;

    /// <summary>The buffered bytes; with a stream, only those not flushed yet.</summary>
    public int Length => _length;

    public ReadOnlyMemory<byte> WrittenMemory => new(_buffer, 0, _length);

    public byte[] ToArray()
    {
        var result = new byte[_length];
        Buffer.BlockCopy(_buffer, 0, result, 0, _length);
        return result;
    }

    /// <summary>Writes the buffered bytes to the stream (no-op without one).</summary>
    public void Flush()
    {
        if (_output is null || _length == 0)
        {
            return;
        }

        _output.Write(_buffer, 0, _length);
        _flushed += _length;
        _length = 0;
    }

    public void StartObject()
    {
        BeforeValue();
        WriteByte((byte)'{');
        Push();
    }

    public void EndObject() => End((byte)'}');

    public void StartArray()
    {
        BeforeValue();
        WriteByte((byte)'[');
        Push();
    }

    public void EndArray() => End((byte)']');

    public void PropertyName(string name)
    {
        BeforeValue();
        WriteEscapedString(name);
        if (_indented)
        {
            Reserve(2);
            _buffer[_length++] = (byte)':';
            _buffer[_length++] = (byte)' ';
        }
        else
        {
            WriteByte((byte)':');
        }

        _afterPropertyName = true;
    }

    public void String(string value)
    {
        BeforeValue();
        WriteEscapedString(value);
    }

    /// <summary>A string, or <c>null</c> for a null reference (JavaScript's <c>undefined</c> in an array).</summary>
    public void StringOrNull(string? value)
    {
        if (value is null)
        {
            Null();
        }
        else
        {
            String(value);
        }
    }

    /// <summary>
    /// Starts a string value written in pieces (<see cref="StringPart(string)"/>, then <see cref="EndString"/>):
    /// the same bytes as <see cref="String"/> of the pieces joined, provided no surrogate pair is split between pieces.
    /// </summary>
    public void StartString()
    {
        BeforeValue();
        WriteByte((byte)'"');
    }

    public void StringPart(string value) => WriteEscapedChars(value, 0, value.Length);

    public void StringPart(string value, int start, int length)
    {
        if (start < 0 || length < 0 || start + length > value.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        WriteEscapedChars(value, start, length);
    }

    public void EndString() => WriteByte((byte)'"');

    /// <summary>
    /// A piece of a string (after <see cref="StartString"/>) that is already escaped UTF-8, as
    /// <see cref="EscapeToUtf8"/> gives it: copied as it is.
    /// </summary>
    public void EscapedStringPart(ReadOnlySpan<byte> escaped)
    {
        if (_output is null)
        {
            Reserve(escaped.Length);
        }

        while (escaped.Length > 0)
        {
            if (_length == _buffer.Length)
            {
                Flush();
            }

            var count = Math.Min(escaped.Length, _buffer.Length - _length);
            escaped.Slice(0, count).CopyTo(new Span<byte>(_buffer, _length, count));
            _length += count;
            escaped = escaped.Slice(count);
        }
    }

    /// <summary>The bytes <see cref="StringPart(string)"/> writes for <paramref name="value"/> (UTF-8, escaped, no quotes).</summary>
    public static byte[] EscapeToUtf8(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        var writer = new JsonWriter(value.Length + 16);
        writer.WriteEscapedChars(value, 0, value.Length);
        return writer.ToArray();
    }

    /// <summary>The string <see cref="EscapeToUtf8"/> made <paramref name="escaped"/> from.</summary>
    /// <exception cref="FormatException">Not a JSON string body: a bad escape, a raw control character or invalid UTF-8.</exception>
    public static string Unescape(ReadOnlySpan<byte> escaped)
    {
        if (escaped.IsEmpty)
        {
            return string.Empty;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(escaped.ToArray());
        }
        catch (System.Text.DecoderFallbackException error)
        {
            throw new FormatException("An escaped JSON string is not valid UTF-8.", error);
        }

        var backslash = text.IndexOf('\\');
        if (backslash < 0)
        {
            CheckNoControl(text, 0, text.Length);
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        while (backslash >= 0)
        {
            CheckNoControl(text, position, backslash - position);
            builder.Append(text, position, backslash - position);
            if (backslash + 1 >= text.Length)
            {
                throw new FormatException("An escaped JSON string ends inside an escape.");
            }

            var next = text[backslash + 1];
            position = backslash + 2;
            switch (next)
            {
                case '"':
                case '\\':
                case '/':
                    builder.Append(next);
                    break;
                case 'b':
                    builder.Append('\b');
                    break;
                case 'f':
                    builder.Append('\f');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 'r':
                    builder.Append('\r');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case 'u':
                    if (backslash + 6 > text.Length
                        || !int.TryParse(text.Substring(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new FormatException("An escaped JSON string holds a malformed \\u escape.");
                    }

                    builder.Append((char)code);
                    position = backslash + 6;
                    break;
                default:
                    throw new FormatException("An escaped JSON string holds an unknown escape.");
            }

            backslash = text.IndexOf('\\', position);
        }

        CheckNoControl(text, position, text.Length - position);
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static void CheckNoControl(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] < 0x20 || text[i] == '"')
            {
                throw new FormatException("An escaped JSON string holds an unescaped control character or quote.");
            }
        }
    }


    public void Number(long value)
    {
        BeforeValue();
        WriteInteger(value);
    }

    /// <summary>An array of integers, <c>[1,2,3]</c>: the bytes of StartArray, Number for each, EndArray, in one step.</summary>
    public void IntegerArray(ReadOnlySpan<long> values)
    {
        BeforeValue();
        Reserve(2 + (values.Length * 21) + (_indented ? (values.Length + 1) * (1 + (2 * (_depth + 1))) : 0));
        if (_indented && values.Length > 0)
        {
            // The general path keeps the indented layout's newlines right.
            _buffer[_length++] = (byte)'[';
            Push();
            foreach (var value in values)
            {
                Number(value);
            }

            End((byte)']');
            return;
        }

        _buffer[_length++] = (byte)'[';
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                _buffer[_length++] = (byte)',';
            }

            WriteInteger(values[i]);
        }

        _buffer[_length++] = (byte)']';
    }

    /// <summary>
    /// Room for at least <paramref name="count"/> raw bytes of items of the open array, which the caller
    /// formats itself (separators included) and commits with <see cref="CommitRawItems"/>: for arrays of
    /// millions of small items, such as search postings. Compact layout only.
    /// </summary>
    internal Span<byte> RawItemSpace(int count)
    {
        if (_indented || _depth == 0)
        {
            throw new InvalidOperationException("Raw items need an open array in the compact layout.");
        }

        Reserve(count);
        return new Span<byte>(_buffer, _length, _buffer.Length - _length);
    }

    /// <summary>Commits <paramref name="written"/> bytes written into <see cref="RawItemSpace"/>; the open array then has items.</summary>
    internal void CommitRawItems(int written)
    {
        if (written < 0 || _length + written > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(written));
        }

        _length += written;
        if (written > 0)
        {
            _hasItems[_depth - 1] = true;
        }
    }

    public void Number(double value)
    {
        BeforeValue();
        WriteAscii(JsNumber.Format(value));
    }

    public void Boolean(bool value)
    {
        BeforeValue();
        WriteAscii(value ? "true" : "false");
    }

    public void Null()
    {
        BeforeValue();
        WriteAscii("null");
    }

    /// <summary>Raw bytes after the document, such as the trailing newline of the search files.</summary>
    public void RawAscii(string text) => WriteAscii(text);

    private void Push()
    {
        if (_depth == _hasItems.Length)
        {
            Array.Resize(ref _hasItems, _depth * 2);
        }

        _hasItems[_depth++] = false;
    }

    private void End(byte close)
    {
        if (_depth == 0)
        {
            throw new InvalidOperationException("No open object or array to close.");
        }

        var hadItems = _hasItems[--_depth];
        if (_indented && hadItems)
        {
            NewLine(_depth);
        }

        WriteByte(close);
    }

    private void BeforeValue()
    {
        if (_afterPropertyName)
        {
            _afterPropertyName = false;
            return;
        }

        if (_depth == 0)
        {
            return;
        }

        if (_hasItems[_depth - 1])
        {
            WriteByte((byte)',');
        }
        else
        {
            _hasItems[_depth - 1] = true;
        }

        if (_indented)
        {
            NewLine(_depth);
        }
    }

    private void NewLine(int depth)
    {
        Reserve(1 + (2 * depth));
        _buffer[_length++] = (byte)'\n';
        for (var d = 0; d < depth; d++)
        {
            _buffer[_length++] = (byte)' ';
            _buffer[_length++] = (byte)' ';
        }
    }

    private void WriteInteger(long value)
    {
        if ((ulong)value < 10)
        {
            WriteByte((byte)('0' + (int)value));
            return;
        }

        if (value < 0)
        {
            if (value == long.MinValue)
            {
                WriteAscii(value.ToString(CultureInfo.InvariantCulture));
                return;
            }

            WriteByte((byte)'-');
            value = -value;
        }

        var digits = 1;
        for (var rest = value / 10; rest != 0; rest /= 10)
        {
            digits++;
        }

        Reserve(digits);
        var end = _length + digits;
        for (var i = end - 1; i >= _length; i--)
        {
            _buffer[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }

        _length = end;
    }

    private void WriteEscapedString(string value)
    {
        WriteByte((byte)'"');
        WriteEscapedChars(value, 0, value.Length);
        WriteByte((byte)'"');
    }

    private void WriteEscapedChars(string value, int start, int count)
    {
        var end = start + count;
        for (var i = start; i < end; i++)
        {
            // Runs of printable ASCII (most of any docs text) are copied a block at a time, checking room once per block.
            var block = Math.Min(end - i, 4096);
            if (_length + block > _buffer.Length)
            {
                Reserve(block);
            }

            var buffer = _buffer;
            var length = _length;
            var blockEnd = i + block;
            while (i < blockEnd)
            {
                var plain = value[i];
                if (plain >= 0x80 || plain < 0x20 || plain == '"' || plain == '\\')
                {
                    break;
                }

                buffer[length++] = (byte)plain;
                i++;
            }

            _length = length;
            if (i == end)
            {
                break;
            }

            if (i == blockEnd)
            {
                i--;
                continue;
            }

            // Worst case per UTF-16 unit is 6 bytes (\uXXXX); reserving per run of plain ASCII keeps the loop tight.
            if (_length + 6 > _buffer.Length)
            {
                Reserve(6);
            }

            var c = value[i];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    _buffer[_length++] = (byte)c;
                    continue;
                }

                switch (c)
                {
                    case '"':
                        WriteTwo((byte)'"');
                        break;
                    case '\\':
                        WriteTwo((byte)'\\');
                        break;
                    case '\b':
                        WriteTwo((byte)'b');
                        break;
                    case '\f':
                        WriteTwo((byte)'f');
                        break;
                    case '\n':
                        WriteTwo((byte)'n');
                        break;
                    case '\r':
                        WriteTwo((byte)'r');
                        break;
                    case '\t':
                        WriteTwo((byte)'t');
                        break;
                    default:
                        WriteUnicodeEscape(c);
                        break;
                }
            }
            else if (c < 0x800)
            {
                _buffer[_length++] = (byte)(0xC0 | (c >> 6));
                _buffer[_length++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                    _buffer[_length++] = (byte)(0xF0 | (codePoint >> 18));
                    _buffer[_length++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    _buffer[_length++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    _buffer[_length++] = (byte)(0x80 | (codePoint & 0x3F));
                    i++;
                }
                else
                {
                    // Well-formed JSON.stringify escapes lone surrogates instead of writing invalid UTF-8.
                    WriteUnicodeEscape(c);
                }
            }
            else
            {
                _buffer[_length++] = (byte)(0xE0 | (c >> 12));
                _buffer[_length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                _buffer[_length++] = (byte)(0x80 | (c & 0x3F));
            }
        }
    }

    private void WriteTwo(byte escaped)
    {
        _buffer[_length++] = (byte)'\\';
        _buffer[_length++] = escaped;
    }

    private void WriteUnicodeEscape(char c)
    {
        Reserve(6);
        _buffer[_length++] = (byte)'\\';
        _buffer[_length++] = (byte)'u';
        _buffer[_length++] = HexDigits[(c >> 12) & 0xF];
        _buffer[_length++] = HexDigits[(c >> 8) & 0xF];
        _buffer[_length++] = HexDigits[(c >> 4) & 0xF];
        _buffer[_length++] = HexDigits[c & 0xF];
    }

    private void WriteAscii(string text)
    {
        Reserve(text.Length);
        foreach (var c in text)
        {
            _buffer[_length++] = (byte)c;
        }
    }

    private void WriteByte(byte b)
    {
        if (_length == _buffer.Length)
        {
            Reserve(1);
        }

        _buffer[_length++] = b;
    }

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return;
        }

        if (_output is not null)
        {
            Flush();
            if (count <= _buffer.Length)
            {
                return;
            }
        }

        var size = Math.Max(_buffer.Length * 2, _length + count);
        Array.Resize(ref _buffer, size);
    }
}
