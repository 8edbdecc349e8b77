using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Json;

/// <summary>
/// A forward-only JSON writer with exact layout control, producing UTF-8 the way JavaScript's
/// <c>JSON.stringify(value)</c> does (no indentation): the same string escapes (only <c>"</c>, <c>\</c>
/// and control characters; lone surrogates as <c>\udxxx</c>; everything else literal) and the same number
/// formatting (shortest round-trip digits, JavaScript's exponent rules). Commas are inserted automatically.
/// Core cannot use System.Text.Json (it is loaded into the compiler), hence this small writer.
/// </summary>
public sealed class JsonWriter
{
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    private readonly Stack<bool> _hasItems = new();
    private byte[] _buffer;
    private int _length;
    private bool _afterPropertyName;

    public JsonWriter(int initialCapacity = 4096)
    {
        _buffer = new byte[Math.Max(initialCapacity, 16)];
    }

    public int Length => _length;

    public ReadOnlyMemory<byte> WrittenMemory => new(_buffer, 0, _length);

    public byte[] ToArray()
    {
        var result = new byte[_length];
        Buffer.BlockCopy(_buffer, 0, result, 0, _length);
        return result;
    }

    public void StartObject()
    {
        BeforeValue();
        WriteByte((byte)'{');
        _hasItems.Push(false);
    }

    public void EndObject()
    {
        _hasItems.Pop();
        WriteByte((byte)'}');
    }

    public void StartArray()
    {
        BeforeValue();
        WriteByte((byte)'[');
        _hasItems.Push(false);
    }

    public void EndArray()
    {
        _hasItems.Pop();
        WriteByte((byte)']');
    }

    public void PropertyName(string name)
    {
        BeforeValue();
        WriteEscapedString(name);
        WriteByte((byte)':');
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

    public void Number(long value)
    {
        BeforeValue();
        WriteAscii(value.ToString(CultureInfo.InvariantCulture));
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

    private void BeforeValue()
    {
        if (_afterPropertyName)
        {
            _afterPropertyName = false;
            return;
        }

        if (_hasItems.Count == 0)
        {
            return;
        }

        if (_hasItems.Peek())
        {
            WriteByte((byte)',');
        }
        else
        {
            _hasItems.Pop();
            _hasItems.Push(true);
        }
    }

    private void WriteEscapedString(string value)
    {
        Reserve(value.Length + 2);
        WriteByte((byte)'"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '"':
                        WriteAscii("\\\"");
                        break;
                    case '\\':
                        WriteAscii("\\\\");
                        break;
                    case '\b':
                        WriteAscii("\\b");
                        break;
                    case '\f':
                        WriteAscii("\\f");
                        break;
                    case '\n':
                        WriteAscii("\\n");
                        break;
                    case '\r':
                        WriteAscii("\\r");
                        break;
                    case '\t':
                        WriteAscii("\\t");
                        break;
                    default:
                        if (c < 0x20)
                        {
                            WriteUnicodeEscape(c);
                        }
                        else
                        {
                            WriteByte((byte)c);
                        }

                        break;
                }
            }
            else if (c < 0x800)
            {
                Reserve(2);
                _buffer[_length++] = (byte)(0xC0 | (c >> 6));
                _buffer[_length++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                    Reserve(4);
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
                Reserve(3);
                _buffer[_length++] = (byte)(0xE0 | (c >> 12));
                _buffer[_length++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                _buffer[_length++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        WriteByte((byte)'"');
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
        Reserve(1);
        _buffer[_length++] = b;
    }

    private void Reserve(int count)
    {
        if (_length + count <= _buffer.Length)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _length + count);
        Array.Resize(ref _buffer, size);
    }
}
