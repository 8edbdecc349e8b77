using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Text;

namespace Leadtype.Json;

/// <summary>What the reader accepts beyond strict JSON (RFC 8259).</summary>
public readonly record struct JsonReaderOptions(bool AllowComments, bool AllowTrailingCommas, int MaxDepth = 256)
{
    /// <summary>RFC 8259 only.</summary>
    public static JsonReaderOptions Strict => new(false, false);

    /// <summary>What editors accept in config files (VS Code's "JSON with Comments"): <c>//</c> and <c>/* */</c> comments and trailing commas.</summary>
    public static JsonReaderOptions Config => new(true, true);
}

/// <summary>A syntax error with the 1-based position of the offending character.</summary>
public sealed record JsonSyntaxError(string Message, int Line, int Column, int Offset);

/// <summary>Either the parsed value or the first syntax error (never both).</summary>
public sealed class JsonParseResult
{
    private JsonParseResult(JsonValue? value, JsonSyntaxError? error)
    {
        Value = value;
        Error = error;
    }

    public JsonValue? Value { get; }

    public JsonSyntaxError? Error { get; }

    public bool Success => Error is null;

    internal static JsonParseResult Ok(JsonValue value) => new(value, null);

    internal static JsonParseResult Fail(JsonSyntaxError error) => new(null, error);
}

/// <summary>
/// A small recursive-descent JSON reader that keeps the line and column of every value and
/// property name. Core cannot reference System.Text.Json (it is loaded into the compiler), and
/// config errors must point at the exact spot in <c>leadtype.json</c>. Never throws on bad input:
/// the first error comes back located.
/// </summary>
public sealed class JsonReader
{
    private readonly string _text;
    private readonly JsonReaderOptions _options;
    private readonly LineIndex _lines;
    private int _pos;
    private int _depth;

    private JsonReader(string text, JsonReaderOptions options)
    {
        _text = text;
        _options = options;
        _lines = new LineIndex(text);
    }

    /// <summary>Parses <paramref name="text"/> (a leading BOM is skipped) with the given options (default: <see cref="JsonReaderOptions.Config"/>).</summary>
    public static JsonParseResult Parse(string text, JsonReaderOptions? options = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var reader = new JsonReader(text, options ?? JsonReaderOptions.Config);
        try
        {
            return JsonParseResult.Ok(reader.ParseDocument());
        }
        catch (JsonSyntaxException ex)
        {
            return JsonParseResult.Fail(ex.Error);
        }
    }

    private JsonValue ParseDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        SkipTrivia();
        if (_pos >= _text.Length)
        {
            throw Error("The file is empty; expected a JSON value such as { … }", _pos);
        }

        var value = ParseValue();
        SkipTrivia();
        if (_pos < _text.Length)
        {
            throw Error("Unexpected " + DescribeAt(_pos) + " after the end of the JSON value", _pos);
        }

        return value;
    }

    private JsonValue ParseValue()
    {
        if (_pos >= _text.Length)
        {
            throw Error("Unexpected end of input; expected a value", _pos);
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ParseObject();
            case '[':
                return ParseArray();
            case '"':
                return ParseString();
            case '\'':
                throw Error("Strings must use double quotes (\"…\"), not single quotes", _pos);
            case '-':
                return ParseNumber();
            default:
                if (c >= '0' && c <= '9')
                {
                    return ParseNumber();
                }

                if (IsWordChar(c))
                {
                    return ParseLiteral();
                }

                throw Error("Unexpected " + DescribeAt(_pos) + "; expected a value", _pos);
        }
    }

    private JsonObject ParseObject()
    {
        var start = _pos;
        Enter(start);
        _pos++; // {
        var properties = new List<JsonProperty>();
        SkipTrivia();
        if (TryConsume('}'))
        {
            return Leave(new JsonObject(properties, LineOf(start), ColumnOf(start), start));
        }

        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw Error("Unexpected end of input; the object opened at line " + LineOf(start).ToString(CultureInfo.InvariantCulture) + " is not closed with `}`", _pos);
            }

            var c = _text[_pos];
            if (c != '"')
            {
                if (c == '\'')
                {
                    throw Error("Property names must use double quotes (\"…\"), not single quotes", _pos);
                }

                if (c == ',')
                {
                    throw Error("Unexpected `,`; expected a property name", _pos);
                }

                if (c == '}')
                {
                    throw Error("Unexpected `}`; expected a property name", _pos);
                }

                throw Error(IsWordChar(c)
                    ? "Property names must be strings in double quotes; found " + DescribeAt(_pos)
                    : "Unexpected " + DescribeAt(_pos) + "; expected a property name in double quotes", _pos);
            }

            var nameStart = _pos;
            var name = ReadString();
            SkipTrivia();
            if (!TryConsume(':'))
            {
                throw Error(_pos >= _text.Length
                    ? "Unexpected end of input; expected `:` after property name \"" + name + "\""
                    : "Expected `:` after property name \"" + name + "\", found " + DescribeAt(_pos), _pos);
            }

            SkipTrivia();
            var value = ParseValue();
            properties.Add(new JsonProperty(name, LineOf(nameStart), ColumnOf(nameStart), value));
            SkipTrivia();
            if (TryConsume('}'))
            {
                return Leave(new JsonObject(properties, LineOf(start), ColumnOf(start), start));
            }

            if (!TryConsume(','))
            {
                throw Error(_pos >= _text.Length
                    ? "Unexpected end of input; the object opened at line " + LineOf(start).ToString(CultureInfo.InvariantCulture) + " is not closed with `}`"
                    : "Expected `,` or `}` after the value of \"" + name + "\", found " + DescribeAt(_pos), _pos);
            }

            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == '}')
            {
                if (!_options.AllowTrailingCommas)
                {
                    throw Error("Trailing comma before `}` is not allowed", _pos);
                }

                _pos++;
                return Leave(new JsonObject(properties, LineOf(start), ColumnOf(start), start));
            }
        }
    }

    private JsonArray ParseArray()
    {
        var start = _pos;
        Enter(start);
        _pos++; // [
        var items = new List<JsonValue>();
        SkipTrivia();
        if (TryConsume(']'))
        {
            return Leave(new JsonArray(items, LineOf(start), ColumnOf(start), start));
        }

        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                throw Error("Unexpected end of input; the array opened at line " + LineOf(start).ToString(CultureInfo.InvariantCulture) + " is not closed with `]`", _pos);
            }

            if (_text[_pos] == ',')
            {
                throw Error("Unexpected `,`; expected a value (empty array items are not allowed)", _pos);
            }

            items.Add(ParseValue());
            SkipTrivia();
            if (TryConsume(']'))
            {
                return Leave(new JsonArray(items, LineOf(start), ColumnOf(start), start));
            }

            if (!TryConsume(','))
            {
                throw Error(_pos >= _text.Length
                    ? "Unexpected end of input; the array opened at line " + LineOf(start).ToString(CultureInfo.InvariantCulture) + " is not closed with `]`"
                    : "Expected `,` or `]` after an array item, found " + DescribeAt(_pos), _pos);
            }

            SkipTrivia();
            if (_pos < _text.Length && _text[_pos] == ']')
            {
                if (!_options.AllowTrailingCommas)
                {
                    throw Error("Trailing comma before `]` is not allowed", _pos);
                }

                _pos++;
                return Leave(new JsonArray(items, LineOf(start), ColumnOf(start), start));
            }
        }
    }

    private JsonString ParseString()
    {
        var start = _pos;
        var value = ReadString();
        return new JsonString(value, LineOf(start), ColumnOf(start), start);
    }

    /// <summary>Reads a double-quoted string starting at <see cref="_pos"/> and leaves <see cref="_pos"/> after the closing quote.</summary>
    private string ReadString()
    {
        var start = _pos;
        _pos++; // opening quote
        StringBuilder? builder = null;
        var runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("Unterminated string: no closing `\"` before the end of the file", start);
            }

            var c = _text[_pos];
            if (c == '"')
            {
                string result;
                if (builder is null)
                {
                    result = _text.Substring(runStart, _pos - runStart);
                }
                else
                {
                    builder.Append(_text, runStart, _pos - runStart);
                    result = builder.ToString();
                }

                _pos++;
                return result;
            }

            if (c == '\n' || c == '\r')
            {
                throw Error("Unterminated string: a line break cannot appear inside a string (write \\n)", _pos);
            }

            if (c < 0x20)
            {
                throw Error("Control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " must be escaped inside a string", _pos);
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _pos - runStart);
            var escapeStart = _pos;
            _pos++;
            if (_pos >= _text.Length)
            {
                throw Error("Unterminated string: no closing `\"` before the end of the file", start);
            }

            var e = _text[_pos];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    var code = 0;
                    for (var i = 1; i <= 4; i++)
                    {
                        var h = _pos + i < _text.Length ? HexValue(_text[_pos + i]) : -1;
                        if (h < 0)
                        {
                            throw Error("Invalid \\u escape: expected four hex digits after \\u", escapeStart);
                        }

                        code = (code * 16) + h;
                    }

                    builder.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw Error("Invalid escape sequence `\\" + e + "` in string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", escapeStart);
            }

            _pos++;
            runStart = _pos;
        }
    }

    private JsonNumber ParseNumber()
    {
        var start = _pos;
        if (_text[_pos] == '-')
        {
            _pos++;
        }

        if (_pos >= _text.Length || !IsDigit(_text[_pos]))
        {
            if (_pos < _text.Length && IsWordChar(_text[_pos]))
            {
                throw Error("Invalid number `" + WordAt(start) + "`", start);
            }

            throw Error("Invalid number: expected a digit after `-`", _pos);
        }

        if (_text[_pos] == '0' && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]))
        {
            throw Error("Invalid number `" + WordAt(start) + "`: leading zeros are not allowed", start);
        }

        while (_pos < _text.Length && IsDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] == '.')
        {
            _pos++;
            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                throw Error("Invalid number `" + WordAt(start) + "`: expected a digit after the decimal point", _pos);
            }

            while (_pos < _text.Length && IsDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            _pos++;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
            {
                _pos++;
            }

            if (_pos >= _text.Length || !IsDigit(_text[_pos]))
            {
                throw Error("Invalid number `" + WordAt(start) + "`: expected a digit in the exponent", _pos);
            }

            while (_pos < _text.Length && IsDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        if (_pos < _text.Length && IsWordChar(_text[_pos]))
        {
            throw Error("Invalid number `" + WordAt(start) + "`", start);
        }

        var raw = _text.Substring(start, _pos - start);
        var number = new JsonNumber(raw, LineOf(start), ColumnOf(start), start);
        if (double.IsInfinity(number.Value))
        {
            throw Error("Number `" + raw + "` is too large", start);
        }

        return number;
    }

    private JsonValue ParseLiteral()
    {
        var start = _pos;
        var word = WordAt(start);
        _pos += word.Length;
        switch (word)
        {
            case "true":
                return new JsonBoolean(true, LineOf(start), ColumnOf(start), start);
            case "false":
                return new JsonBoolean(false, LineOf(start), ColumnOf(start), start);
            case "null":
                return new JsonNull(LineOf(start), ColumnOf(start), start);
            case "NaN":
            case "Infinity":
            case "undefined":
                throw Error("`" + word + "` is not valid JSON", start);
            case "True":
            case "False":
            case "TRUE":
            case "FALSE":
                throw Error("Unexpected `" + word + "`; JSON booleans are lower-case `true` and `false`", start);
            default:
                throw Error("Unexpected `" + word + "`; expected a value (strings must be in double quotes)", start);
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                _pos++;
                continue;
            }

            if (c == '/' && _pos + 1 < _text.Length && (_text[_pos + 1] == '/' || _text[_pos + 1] == '*'))
            {
                if (!_options.AllowComments)
                {
                    throw Error("Comments are not allowed in strict JSON", _pos);
                }

                if (_text[_pos + 1] == '/')
                {
                    while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                    {
                        _pos++;
                    }
                }
                else
                {
                    var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Error("Unterminated block comment: no closing `*/`", _pos);
                    }

                    _pos = end + 2;
                }

                continue;
            }

            if (c == '\uFEFF' || c == '\u00A0')
            {
                throw Error("Unexpected invisible character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " (remove it)", _pos);
            }

            return;
        }
    }

    private void Enter(int start)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error("Nesting is deeper than " + _options.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels", start);
        }
    }

    private T Leave<T>(T value)
    {
        _depth--;
        return value;
    }

    private bool TryConsume(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private string WordAt(int start)
    {
        var end = start;
        if (end < _text.Length && (_text[end] == '-' || _text[end] == '+'))
        {
            end++;
        }

        while (end < _text.Length && (IsWordChar(_text[end]) || _text[end] == '.'))
        {
            end++;
        }

        return _text.Substring(start, Math.Max(1, end - start));
    }

    private string DescribeAt(int offset)
    {
        if (offset >= _text.Length)
        {
            return "end of input";
        }

        var c = _text[offset];
        if (IsWordChar(c))
        {
            return "`" + WordAt(offset) + "`";
        }

        if (c < 0x20 || char.IsWhiteSpace(c) || char.IsSurrogate(c))
        {
            return "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }

        return "`" + c + "`";
    }

    private JsonSyntaxException Error(string message, int offset)
    {
        var (line, column) = _lines.GetPosition(offset);
        return new JsonSyntaxException(new JsonSyntaxError(message, line, column, offset));
    }

    private int LineOf(int offset) => _lines.GetPosition(offset).Line;

    private int ColumnOf(int offset) => _lines.GetPosition(offset).Column;

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' :
        c >= 'a' && c <= 'f' ? c - 'a' + 10 :
        c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(JsonSyntaxError error)
            : base(error.Message) => Error = error;

        public JsonSyntaxError Error { get; }
    }
}
