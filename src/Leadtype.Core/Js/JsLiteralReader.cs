using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Leadtype.Js;

/// <summary>The outcome of reading a JavaScript literal: a value, or an error with its offset in the source.</summary>
public readonly struct JsReadResult
{
    private JsReadResult(JsValue? value, string? error, int errorOffset)
    {
        Value = value;
        Error = error;
        ErrorOffset = errorOffset;
    }

    public JsValue? Value { get; }

    /// <summary>Why the source is not a literal, phrased for a docs author; null on success.</summary>
    public string? Error { get; }

    /// <summary>Offset in the source where reading failed.</summary>
    public int ErrorOffset { get; }

    public bool Success => Value is not null;

    internal static JsReadResult Ok(JsValue value) => new(value, null, 0);

    internal static JsReadResult Fail(string error, int offset) => new(null, error, offset);
}

/// <summary>
/// Reads the JavaScript literal of an attribute expression, the JSON5-like subset docs authors write:
/// objects (unquoted, quoted or numeric keys), arrays, single/double-quoted strings, template literals
/// (<c>${…}</c> kept as written), numbers (hex, octal, binary, <c>Infinity</c>, <c>NaN</c>, separators),
/// <c>true</c>/<c>false</c>/<c>null</c>/<c>undefined</c>, trailing commas, line and block comments.
/// Never throws: anything else (identifiers, calls, spreads) is an error with its position.
/// </summary>
public static class JsLiteralReader
{
    private const int MaxDepth = 200;

    public static JsReadResult Read(string source)
    {
        var reader = new Reader(source);
        try
        {
            reader.SkipTrivia();
            if (reader.AtEnd)
            {
                return JsReadResult.Fail("the expression is empty", 0);
            }

            var value = reader.ReadValue(0);
            reader.SkipTrivia();
            if (!reader.AtEnd)
            {
                return JsReadResult.Fail("unexpected " + reader.DescribeCurrent() + " after the value", reader.Position);
            }

            return JsReadResult.Ok(value);
        }
        catch (JsSyntaxError error)
        {
            return JsReadResult.Fail(error.Message, error.Offset);
        }
    }

    private sealed class JsSyntaxError : Exception
    {
        public JsSyntaxError(string message, int offset)
            : base(message) => Offset = offset;

        public int Offset { get; }
    }

    private sealed class Reader
    {
        private readonly string _text;
        private int _pos;

        public Reader(string text) => _text = text;

        public int Position => _pos;

        public bool AtEnd => _pos >= _text.Length;

        private char Current => _pos < _text.Length ? _text[_pos] : '\0';

        public string DescribeCurrent() => AtEnd ? "end of input" : Describe(_text[_pos]);

        private static string Describe(char c) => c switch
        {
            '`' => "character '`'",
            '\n' => "line break",
            _ => "character `" + c + "`",
        };

        private JsSyntaxError Error(string message) => new(message, _pos);

        public void SkipTrivia()
        {
            while (_pos < _text.Length)
            {
                var c = _text[_pos];
                if (IsWhiteSpace(c))
                {
                    _pos++;
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                {
                    _pos += 2;
                    while (_pos < _text.Length && !IsLineTerminator(_text[_pos]))
                    {
                        _pos++;
                    }
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
                {
                    var start = _pos;
                    var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw new JsSyntaxError("unterminated block comment", start);
                    }

                    _pos = end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        public JsValue ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error("the value is nested too deeply");
            }

            SkipTrivia();
            if (AtEnd)
            {
                throw Error("unexpected end of input, expected a value");
            }

            var c = Current;
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                case '\'':
                    return new JsString(ReadQuoted(c));
                case '`':
                    return new JsString(ReadTemplate(), isTemplate: true);
            }

            if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'))
            {
                return new JsNumber(ReadNumber());
            }

            if (IsIdentifierStart(c))
            {
                var start = _pos;
                var word = ReadIdentifier();
                switch (word)
                {
                    case "true":
                        return JsBoolean.True;
                    case "false":
                        return JsBoolean.False;
                    case "null":
                        return JsNull.Instance;
                    case "undefined":
                        return JsUndefined.Instance;
                    case "Infinity":
                        return new JsNumber(double.PositiveInfinity);
                    case "NaN":
                        return new JsNumber(double.NaN);
                    default:
                        throw new JsSyntaxError("`" + word + "` is a variable or expression, not a literal value; write the value itself", start);
                }
            }

            throw Error("unexpected " + DescribeCurrent() + ", expected a value");
        }

        private JsValue ReadObject(int depth)
        {
            var open = _pos;
            _pos++;
            var properties = new List<KeyValuePair<string, JsValue>>();
            while (true)
            {
                SkipTrivia();
                if (AtEnd)
                {
                    throw new JsSyntaxError("unexpected end of input, expected `}` to close the object opened here", open);
                }

                if (Current == '}')
                {
                    _pos++;
                    return new JsObject(InPropertyOrder(properties));
                }

                if (Current == '.' && _pos + 2 < _text.Length && _text[_pos + 1] == '.' && _text[_pos + 2] == '.')
                {
                    throw Error("spread (`...`) is not a literal value; write the properties out");
                }

                var key = ReadKey();
                SkipTrivia();
                if (Current != ':')
                {
                    throw Error("unexpected " + DescribeCurrent() + ", expected `:` after the key `" + key + "`");
                }

                _pos++;
                var value = ReadValue(depth + 1);
                Set(properties, key, value);
                SkipTrivia();
                if (Current == ',')
                {
                    _pos++;
                    continue;
                }

                if (Current == '}')
                {
                    continue;
                }

                throw AtEnd
                    ? new JsSyntaxError("unexpected end of input, expected `}` to close the object opened here", open)
                    : Error("unexpected " + DescribeCurrent() + ", expected `,` or `}`");
            }
        }

        private JsValue ReadArray(int depth)
        {
            var open = _pos;
            _pos++;
            var items = new List<JsValue>();
            while (true)
            {
                SkipTrivia();
                if (AtEnd)
                {
                    throw new JsSyntaxError("unexpected end of input, expected `]` to close the array opened here", open);
                }

                if (Current == ']')
                {
                    _pos++;
                    return new JsArray(items);
                }

                if (Current == ',')
                {
                    throw Error("empty array element (two commas in a row)");
                }

                items.Add(ReadValue(depth + 1));
                SkipTrivia();
                if (Current == ',')
                {
                    _pos++;
                    continue;
                }

                if (Current == ']')
                {
                    continue;
                }

                throw AtEnd
                    ? new JsSyntaxError("unexpected end of input, expected `]` to close the array opened here", open)
                    : Error("unexpected " + DescribeCurrent() + ", expected `,` or `]`");
            }
        }

        private string ReadKey()
        {
            var c = Current;
            if (c == '"' || c == '\'')
            {
                return ReadQuoted(c);
            }

            if (c >= '0' && c <= '9')
            {
                return JsNumberFormat.Format(ReadNumber());
            }

            if (c == '[')
            {
                throw Error("computed keys (`[…]:`) are not literal values");
            }

            if (IsIdentifierStart(c))
            {
                return ReadIdentifier();
            }

            throw Error("unexpected " + DescribeCurrent() + ", expected a property name");
        }

        private string ReadIdentifier()
        {
            var start = _pos;
            _pos++;
            while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            return _text.Substring(start, _pos - start);
        }

        private string ReadQuoted(char quote)
        {
            var start = _pos;
            _pos++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new JsSyntaxError("unterminated string (missing closing " + quote + ")", start);
                }

                var c = _text[_pos];
                if (c == quote)
                {
                    _pos++;
                    return builder.ToString();
                }

                if (c == '\n' || c == '\r')
                {
                    throw new JsSyntaxError("unterminated string (a line break inside " + quote + "…" + quote + "; use a template literal for multi-line text)", start);
                }

                if (c == '\\')
                {
                    ReadEscape(builder);
                    continue;
                }

                builder.Append(c);
                _pos++;
            }
        }

        private string ReadTemplate()
        {
            var start = _pos;
            _pos++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new JsSyntaxError("unterminated template literal (missing closing '`')", start);
                }

                var c = _text[_pos];
                if (c == '`')
                {
                    _pos++;
                    return builder.ToString();
                }

                if (c == '\\')
                {
                    ReadEscape(builder);
                    continue;
                }

                if (c == '$' && _pos + 1 < _text.Length && _text[_pos + 1] == '{')
                {
                    // Interpolations cannot be evaluated; keep them as written.
                    var end = FindInterpolationEnd(_pos + 2);
                    builder.Append(_text, _pos, end - _pos);
                    _pos = end;
                    continue;
                }

                if (c == '\r')
                {
                    // Template literals normalise CRLF and CR to LF.
                    builder.Append('\n');
                    _pos += _pos + 1 < _text.Length && _text[_pos + 1] == '\n' ? 2 : 1;
                    continue;
                }

                builder.Append(c);
                _pos++;
            }
        }

        private int FindInterpolationEnd(int index)
        {
            var depth = 1;
            for (var i = index; i < _text.Length; i++)
            {
                var c = _text[i];
                if (c == '{')
                {
                    depth++;
                }
                else if (c == '}')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }
                else if (c == '"' || c == '\'' || c == '`')
                {
                    var close = _text.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        break;
                    }

                    i = close;
                }
            }

            throw new JsSyntaxError("unterminated `${` in template literal", index - 2);
        }

        private void ReadEscape(StringBuilder builder)
        {
            var start = _pos;
            _pos++;
            if (AtEnd)
            {
                throw new JsSyntaxError("unterminated escape sequence", start);
            }

            var c = _text[_pos];
            _pos++;
            switch (c)
            {
                case 'n': builder.Append('\n'); return;
                case 'r': builder.Append('\r'); return;
                case 't': builder.Append('\t'); return;
                case 'b': builder.Append('\b'); return;
                case 'f': builder.Append('\f'); return;
                case 'v': builder.Append('\v'); return;
                case '0' when !(Current >= '0' && Current <= '9'):
                    builder.Append('\0');
                    return;
                case 'x':
                    builder.Append((char)ReadHex(2, start));
                    return;
                case 'u':
                    if (Current == '{')
                    {
                        _pos++;
                        var close = _text.IndexOf('}', _pos);
                        if (close < 0 || close == _pos || close - _pos > 6 ||
                            !int.TryParse(_text.Substring(_pos, close - _pos), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint) ||
                            codePoint > 0x10FFFF)
                        {
                            throw new JsSyntaxError("invalid \\u{…} escape", start);
                        }

                        _pos = close + 1;
                        builder.Append(char.ConvertFromUtf32(codePoint));
                        return;
                    }

                    builder.Append((char)ReadHex(4, start));
                    return;
                case '\r':
                    if (Current == '\n')
                    {
                        _pos++;
                    }

                    return;
                case '\n':
                case '\u2028':
                case '\u2029':
                    // Line continuation.
                    return;
                default:
                    builder.Append(c);
                    return;
            }
        }

        private int ReadHex(int digits, int escapeStart)
        {
            if (_pos + digits > _text.Length ||
                !int.TryParse(_text.Substring(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new JsSyntaxError("invalid escape sequence", escapeStart);
            }

            _pos += digits;
            return value;
        }

        private double ReadNumber()
        {
            var start = _pos;
            var sign = 1.0;
            if (Current == '+' || Current == '-')
            {
                sign = Current == '-' ? -1 : 1;
                _pos++;
                SkipTrivia();
            }

            if (IsIdentifierStart(Current))
            {
                var wordStart = _pos;
                var word = ReadIdentifier();
                if (word == "Infinity")
                {
                    return sign * double.PositiveInfinity;
                }

                if (word == "NaN")
                {
                    return double.NaN;
                }

                throw new JsSyntaxError("`" + word + "` is a variable or expression, not a literal value; write the value itself", wordStart);
            }

            if (Current == '0' && _pos + 1 < _text.Length && "xXoObB".IndexOf(_text[_pos + 1]) >= 0)
            {
                var radix = char.ToLowerInvariant(_text[_pos + 1]) switch
                {
                    'x' => 16,
                    'o' => 8,
                    _ => 2,
                };
                _pos += 2;
                var digitsStart = _pos;
                double value = 0;
                while (_pos < _text.Length)
                {
                    var c = _text[_pos];
                    if (c == '_')
                    {
                        _pos++;
                        continue;
                    }

                    var digit = DigitValue(c);
                    if (digit < 0 || digit >= radix)
                    {
                        break;
                    }

                    value = (value * radix) + digit;
                    _pos++;
                }

                if (_pos == digitsStart)
                {
                    throw new JsSyntaxError("invalid number", start);
                }

                EnsureNumberEnd(start);
                return sign * value;
            }

            var numberStart = _pos;
            var builder = new StringBuilder();
            var sawDigit = false;
            while (_pos < _text.Length && ((Current >= '0' && Current <= '9') || Current == '_'))
            {
                if (Current != '_')
                {
                    builder.Append(Current);
                    sawDigit = true;
                }

                _pos++;
            }

            if (Current == '.')
            {
                builder.Append('.');
                _pos++;
                while (_pos < _text.Length && ((Current >= '0' && Current <= '9') || Current == '_'))
                {
                    if (Current != '_')
                    {
                        builder.Append(Current);
                        sawDigit = true;
                    }

                    _pos++;
                }
            }

            if (!sawDigit)
            {
                throw new JsSyntaxError("invalid number", numberStart);
            }

            if (Current == 'e' || Current == 'E')
            {
                builder.Append('e');
                _pos++;
                if (Current == '+' || Current == '-')
                {
                    builder.Append(Current);
                    _pos++;
                }

                var expStart = _pos;
                while (_pos < _text.Length && Current >= '0' && Current <= '9')
                {
                    builder.Append(Current);
                    _pos++;
                }

                if (_pos == expStart)
                {
                    throw new JsSyntaxError("invalid number exponent", numberStart);
                }
            }

            EnsureNumberEnd(start);
            var parsed = double.Parse(builder.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return sign * parsed;
        }

        private void EnsureNumberEnd(int start)
        {
            if (IsIdentifierPart(Current) && !AtEnd)
            {
                throw new JsSyntaxError("invalid number (letters right after the digits)", start);
            }
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        /// <summary>JavaScript property order: integer-like keys first in ascending order, then the rest as written; a repeated key keeps its first position and its last value.</summary>
        private static IReadOnlyList<KeyValuePair<string, JsValue>> InPropertyOrder(List<KeyValuePair<string, JsValue>> properties)
        {
            var hasIndexKey = false;
            foreach (var property in properties)
            {
                if (IsArrayIndex(property.Key))
                {
                    hasIndexKey = true;
                    break;
                }
            }

            if (!hasIndexKey)
            {
                return properties;
            }

            var indexed = new List<KeyValuePair<string, JsValue>>();
            var named = new List<KeyValuePair<string, JsValue>>();
            foreach (var property in properties)
            {
                (IsArrayIndex(property.Key) ? indexed : named).Add(property);
            }

            indexed.Sort((a, b) => ulong.Parse(a.Key, CultureInfo.InvariantCulture).CompareTo(ulong.Parse(b.Key, CultureInfo.InvariantCulture)));
            indexed.AddRange(named);
            return indexed;
        }

        private static bool IsArrayIndex(string key)
        {
            if (key.Length == 0 || key.Length > 10 || (key.Length > 1 && key[0] == '0'))
            {
                return false;
            }

            foreach (var c in key)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return ulong.Parse(key, CultureInfo.InvariantCulture) < uint.MaxValue;
        }

        private static void Set(List<KeyValuePair<string, JsValue>> properties, string key, JsValue value)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                if (string.Equals(properties[i].Key, key, StringComparison.Ordinal))
                {
                    properties[i] = new KeyValuePair<string, JsValue>(key, value);
                    return;
                }
            }

            properties.Add(new KeyValuePair<string, JsValue>(key, value));
        }

        private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

        private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '\u200C' || c == '\u200D';

        private static bool IsLineTerminator(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';

        private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\u00A0' || c == '\uFEFF' || c == '\u2028' || c == '\u2029' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;
    }
}
