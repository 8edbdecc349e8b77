using System.Collections.Generic;
using System.Text;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Mdx.Jsx;

/// <summary>
/// Scans one JSX tag (MDX flavour, §3.4 of the conversion reference): element and fragment
/// tags, member (<c>a.b</c>) and namespaced (<c>a:b</c>) names, attributes with string, expression
/// or no value, spread attributes, attribute lists spanning lines. Hand-written because it runs on
/// every <c>&lt;</c> of every page: no regex, no allocation until a tag is known to be one.
/// </summary>
internal static class JsxTagScanner
{
    /// <summary>
    /// Scans a tag starting at <paramref name="start"/> (a <c>&lt;</c>), reading no further than
    /// <paramref name="limit"/>. <paramref name="flowContext"/> selects the §3.6 whitespace rule for
    /// multi-line expression values.
    /// </summary>
    public static bool TryScan(string text, int start, int limit, bool flowContext, out JsxTag? tag, out JsxScanError error)
    {
        tag = null;
        error = default;
        var i = start + 1;
        if (i >= limit)
        {
            error = new JsxScanError("Unexpected end of file after `<`, expected a tag name", i);
            return false;
        }

        var kind = JsxTagKind.Open;
        if (text[i] == '/')
        {
            kind = JsxTagKind.Close;
            i++;
            i = SkipSpace(text, i, limit);
        }

        string? name = null;
        if (i < limit && text[i] == '>')
        {
            // Fragment: <> or </>.
            tag = new JsxTag(kind, null, new List<MdxAttribute>(), start, i + 1);
            return true;
        }

        if (i >= limit || !IsNameStart(text[i]))
        {
            error = new JsxScanError(i >= limit
                ? "Unexpected end of file after `<`, expected a tag name"
                : "Unexpected character " + Describe(text[i]) + " after `<`, expected a valid JSX tag name", i);
            return false;
        }

        var nameStart = i;
        i = ScanName(text, i, limit);
        name = text.Substring(nameStart, i - nameStart);

        List<MdxAttribute>? attributes = null;
        while (true)
        {
            i = SkipSpace(text, i, limit);
            if (i >= limit)
            {
                error = new JsxScanError("Unexpected end of file in tag `<" + name + "`, expected `>` to close it", i);
                return false;
            }

            var c = text[i];
            if (c == '>')
            {
                tag = new JsxTag(kind, name, attributes ?? new List<MdxAttribute>(), start, i + 1);
                return true;
            }

            if (c == '/' && kind == JsxTagKind.Open)
            {
                var j = SkipSpace(text, i + 1, limit);
                if (j < limit && text[j] == '>')
                {
                    tag = new JsxTag(JsxTagKind.SelfClosing, name, attributes ?? new List<MdxAttribute>(), start, j + 1);
                    return true;
                }

                error = new JsxScanError("Unexpected character after `/` in tag `<" + name + "`, expected `>`", j);
                return false;
            }

            if (kind == JsxTagKind.Close)
            {
                error = new JsxScanError("Unexpected character " + Describe(c) + " in closing tag `</" + name + "`, expected `>`", i);
                return false;
            }

            if (c == '{')
            {
                var end = ExpressionScanner.FindEnd(text, i, limit);
                if (end < 0)
                {
                    error = new JsxScanError("Unexpected end of file in attribute expression of `<" + name + "`, expected a closing brace for `{`", i);
                    return false;
                }

                var value = text.Substring(i + 1, end - i - 2).Trim();
                attributes ??= new List<MdxAttribute>();
                attributes.Add(new MdxAttribute(string.Empty, MdxAttributeKind.Spread, Dedent(value, flowContext)));
                i = end;
                continue;
            }

            if (!IsNameStart(c))
            {
                error = new JsxScanError("Unexpected character " + Describe(c) + " in tag `<" + name + "`, expected an attribute name, `/>` or `>`", i);
                return false;
            }

            var attrStart = i;
            i = ScanAttributeName(text, i, limit);
            var attrName = text.Substring(attrStart, i - attrStart);
            var afterName = SkipSpace(text, i, limit);
            attributes ??= new List<MdxAttribute>();
            if (afterName >= limit || text[afterName] != '=')
            {
                attributes.Add(new MdxAttribute(attrName, MdxAttributeKind.Boolean, null));
                continue;
            }

            i = SkipSpace(text, afterName + 1, limit);
            if (i >= limit)
            {
                error = new JsxScanError("Unexpected end of file after `" + attrName + "=`, expected a value", i);
                return false;
            }

            c = text[i];
            if (c == '"' || c == '\'')
            {
                var close = text.IndexOf(c, i + 1, limit - i - 1);
                if (close < 0)
                {
                    error = new JsxScanError("Unexpected end of file in the value of `" + attrName + "`, expected a closing " + Describe(c), i);
                    return false;
                }

                var raw = text.Substring(i + 1, close - i - 1);
                attributes.Add(new MdxAttribute(attrName, MdxAttributeKind.String, DecodeStringValue(raw)) { ValueRange = default });
                i = close + 1;
                continue;
            }

            if (c == '{')
            {
                var end = ExpressionScanner.FindEnd(text, i, limit);
                if (end < 0)
                {
                    error = new JsxScanError("Unexpected end of file in the value of `" + attrName + "`, expected a closing brace for `{`", i);
                    return false;
                }

                // The value's place inside the tag (after `{`), so a diagnostic about it can point into it.
                var rawValue = text.Substring(i + 1, end - i - 2);
                attributes.Add(new MdxAttribute(attrName, MdxAttributeKind.Expression, Dedent(rawValue, flowContext))
                {
                    ValueOffset = i + 1 - start,
                    RawValue = rawValue,
                });
                i = end;
                continue;
            }

            error = new JsxScanError("Unexpected character " + Describe(c) + " after `" + attrName + "=`, expected a quoted string or `{`", i);
            return false;
        }
    }

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_' || c == '$';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '-';

    private static int ScanName(string text, int i, int limit)
    {
        while (i < limit)
        {
            var c = text[i];
            if (IsNameChar(c))
            {
                i++;
            }
            else if ((c == '.' || c == ':') && i + 1 < limit && IsNameStart(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanAttributeName(string text, int i, int limit)
    {
        while (i < limit)
        {
            var c = text[i];
            if (IsNameChar(c))
            {
                i++;
            }
            else if (c == ':' && i + 1 < limit && IsNameStart(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit)
        {
            var c = text[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static string Describe(char c) => c switch
    {
        '\n' => "line ending",
        '`' => "`` ` ``",
        _ => "`" + c + "`",
    };

    /// <summary>
    /// Quoted attribute values decode character references, and continuation lines lose all their
    /// leading whitespace (observed in the original's parser, §3.6).
    /// </summary>
    private static string DecodeStringValue(string raw)
    {
        if (raw.IndexOf('\n') >= 0)
        {
            var lines = raw.Split('\n');
            for (var k = 1; k < lines.Length; k++)
            {
                lines[k] = lines[k].TrimStart(' ', '\t');
            }

            raw = string.Join("\n", lines);
        }

        return raw.IndexOf('&') >= 0 ? CharacterReferences.Decode(raw) : raw;
    }

    /// <summary>
    /// The original's parser drops up to two columns of leading whitespace from every continuation
    /// line of an expression in flow context (§3.6, observed quirk kept for parity: CC-09, CC-54).
    /// </summary>
    internal static string Dedent(string value, bool flowContext)
    {
        if (!flowContext || value.IndexOf('\n') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var lineStart = 0;
        var first = true;
        while (lineStart <= value.Length)
        {
            var newline = value.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? value.Length : newline;
            var k = lineStart;
            if (!first)
            {
                var column = 0;
                while (k < lineEnd && column < 2)
                {
                    if (value[k] == ' ')
                    {
                        column++;
                        k++;
                    }
                    else if (value[k] == '\t')
                    {
                        var width = 4 - (column % 4);
                        if (column + width > 2)
                        {
                            // Part of the tab survives as spaces.
                            builder.Append(' ', column + width - 2);
                        }

                        column += width;
                        k++;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            builder.Append(value, k, lineEnd - k);
            if (newline < 0)
            {
                break;
            }

            builder.Append('\n');
            lineStart = newline + 1;
            first = false;
        }

        return builder.ToString();
    }
}
