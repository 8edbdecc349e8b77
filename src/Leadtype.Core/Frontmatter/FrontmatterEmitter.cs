using System;
using System.Text;
using System.Text.RegularExpressions;
using Leadtype.Js;

namespace Leadtype.Frontmatter;

/// <summary>
/// Writes frontmatter data back as YAML exactly as the original's <c>yaml</c> v2 <c>stringify</c> does with
/// its defaults (§2.7): block maps and sequences with 2-space indent, plain strings unless that would be
/// ambiguous (then double quotes, or single quotes for text holding <c>"</c>), 80-column folding, literal
/// blocks for multi-line text, dates as ISO UTC without <c>.000Z</c>. The result has no trailing newline;
/// the caller adds the <c>---</c> fences.
/// </summary>
public static class FrontmatterEmitter
{
    private const string IndentStep = "  ";

    // Folded block scalars: "more-indented lines aren't folded" (a rare path, so a regex is fine here).
    private static readonly Regex MoreIndented = new(@"(?:^|\n)([\t ][^\n\r\u2028\u2029]*)(?:([\n\t ]*)\n(?![\n\t ]))?", RegexOptions.CultureInvariant);
    private static readonly Regex BlockEndNewlines = new(@"\n+(?!\n|\z)", RegexOptions.CultureInvariant);
    private static readonly Regex NewlineRuns = new(@"\n+", RegexOptions.CultureInvariant);

    public static string Emit(YamlValue value)
    {
        var context = new Context(string.Empty, implicitKey: false, indentAtStart: null, forceBlockIndent: false);
        // The original trims the whole document; trimming only line breaks keeps a trailing space that belongs
        // to the last value (yaml v2 would lose it).
        return Stringify(value, context).TrimEnd('\n');
    }

    private readonly struct Context
    {
        public Context(string indent, bool implicitKey, int? indentAtStart, bool forceBlockIndent)
        {
            Indent = indent;
            ImplicitKey = implicitKey;
            IndentAtStart = indentAtStart;
            ForceBlockIndent = forceBlockIndent;
        }

        public string Indent { get; }

        public bool ImplicitKey { get; }

        public int? IndentAtStart { get; }

        public bool ForceBlockIndent { get; }

        public Context With(string? indent = null, bool? implicitKey = null, int? indentAtStart = null, bool clearIndentAtStart = false, bool? forceBlockIndent = null) =>
            new(indent ?? Indent, implicitKey ?? ImplicitKey, clearIndentAtStart ? null : indentAtStart ?? IndentAtStart, forceBlockIndent ?? ForceBlockIndent);
    }

    private static string Stringify(YamlValue value, Context context) => value switch
    {
        YamlMap map => StringifyMap(map, context),
        YamlSequence sequence => StringifySequence(sequence, context),
        YamlString s => StringifyString(s.Value, context),
        YamlNumber n => StringifyNumber(n.Value),
        YamlBoolean b => b.Value ? "true" : "false",
        YamlNull => "null",
        YamlDate d => StringifyDate(d),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    private static string StringifyDate(YamlDate date)
    {
        var iso = date.ToIsoString();
        if (iso.EndsWith("T00:00:00.000Z", StringComparison.Ordinal))
        {
            return iso.Substring(0, iso.Length - "T00:00:00.000Z".Length);
        }

        return iso.EndsWith(".000Z", StringComparison.Ordinal) ? iso.Substring(0, iso.Length - 5) : iso;
    }

    private static string StringifyNumber(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value < 0 ? "-.inf" : ".inf";
        }

        if (value == 0 && BitConverter.DoubleToInt64Bits(value) < 0)
        {
            return "-0";
        }

        return JsNumberFormat.Format(value);
    }

    private static string StringifyMap(YamlMap map, Context context)
    {
        if (map.Count == 0)
        {
            return "{}";
        }

        var builder = new StringBuilder();
        var first = true;
        foreach (var entry in map.Entries)
        {
            if (!first)
            {
                builder.Append('\n').Append(context.Indent);
            }

            first = false;
            builder.Append(StringifyPair(entry.Key, entry.Value, context));
        }

        return builder.ToString();
    }

    private static string StringifySequence(YamlSequence sequence, Context context)
    {
        if (sequence.Count == 0)
        {
            return "[]";
        }

        var itemContext = context.With(indent: context.Indent + IndentStep);
        var builder = new StringBuilder();
        var first = true;
        foreach (var item in sequence.Items)
        {
            if (!first)
            {
                builder.Append('\n').Append(context.Indent);
            }

            first = false;
            builder.Append("- ").Append(Stringify(item, itemContext));
        }

        return builder.ToString();
    }

    private static string StringifyPair(string key, YamlValue value, Context context)
    {
        var keyContext = context.With(indent: context.Indent + IndentStep, implicitKey: true);
        var keyText = StringifyString(key, keyContext) + ":";

        var isCollection = value is YamlMap or YamlSequence;
        var valueContext = isCollection
            ? keyContext.With(implicitKey: false)
            : keyContext.With(implicitKey: false, indentAtStart: keyText.Length + 1);
        var valueText = Stringify(value, valueContext);

        string separator;
        if (isCollection)
        {
            var empty = value is YamlMap { Count: 0 } || value is YamlSequence { Count: 0 };
            separator = valueText.IndexOf('\n') >= 0 || !empty ? "\n" + valueContext.Indent : " ";
        }
        else if (valueText.Length == 0 || valueText[0] == '\n')
        {
            separator = string.Empty;
        }
        else
        {
            separator = " ";
        }

        return keyText + separator + valueText;
    }

    private static string StringifyString(string value, Context context)
    {
        if (HasControlCharacter(value))
        {
            return DoubleQuoted(value, context);
        }

        return Plain(value, context);
    }

    private static string Plain(string value, Context context)
    {
        var hasNewline = value.IndexOf('\n') >= 0;
        if (context.ImplicitKey && hasNewline)
        {
            return Quoted(value, context);
        }

        if (NeedsQuotesAsPlain(value))
        {
            return context.ImplicitKey || !hasNewline ? Quoted(value, context) : BlockString(value, context);
        }

        if (!context.ImplicitKey && hasNewline)
        {
            return BlockString(value, context);
        }

        if (ContainsDocumentMarker(value))
        {
            if (context.Indent.Length == 0)
            {
                return BlockString(value, context.With(forceBlockIndent: true));
            }

            if (context.ImplicitKey && context.Indent == IndentStep)
            {
                return Quoted(value, context);
            }
        }

        if (YamlScalarResolver.ResolvesToNonString(value))
        {
            return Quoted(value, context);
        }

        return context.ImplicitKey
            ? value
            : YamlLineFolder.Fold(value, context.Indent, YamlLineFolder.Mode.Flow, context.IndentAtStart, out _);
    }

    /// <summary>
    /// yaml v2's test for text that cannot be a plain scalar: a leading indicator, a lone or leading
    /// <c>-</c>/<c>?</c>, <c>": "</c>, a blank before a newline or <c>#</c>, or a trailing blank or colon.
    /// </summary>
    private static bool NeedsQuotesAsPlain(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        switch (value[0])
        {
            case '\n':
            case '\t':
            case ' ':
            case ',':
            case '[':
            case ']':
            case '{':
            case '}':
            case '#':
            case '&':
            case '*':
            case '!':
            case '|':
            case '>':
            case '\'':
            case '"':
            case '%':
            case '@':
            case '`':
                return true;
            case '?':
            case '-':
                if (value.Length == 1 || value[1] == ' ' || value[1] == '\t')
                {
                    return true;
                }

                break;
        }

        for (var i = 0; i < value.Length - 1; i++)
        {
            var c = value[i];
            var next = value[i + 1];
            if ((c == '\n' || c == ':') && (next == ' ' || next == '\t'))
            {
                return true;
            }

            if ((c == ' ' || c == '\t') && next == '\n')
            {
                return true;
            }

            if ((c == '\n' || c == '\t' || c == ' ') && next == '#')
            {
                return true;
            }
        }

        var last = value[value.Length - 1];
        return last == '\n' || last == '\t' || last == ' ' || last == ':';
    }

    private static bool HasControlCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c <= '\x08') || (c >= '\x0b' && c <= '\x1f') || (c >= '\x7f' && c <= '\x9f'))
            {
                return true;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return true;
            }

            if (char.IsLowSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line starting with <c>%</c>, <c>---</c> or <c>...</c> would end or direct the document.</summary>
    private static bool ContainsDocumentMarker(string value)
    {
        var lineStart = 0;
        while (lineStart <= value.Length)
        {
            if (lineStart < value.Length && value[lineStart] == '%')
            {
                return true;
            }

            if (string.CompareOrdinal(value, lineStart, "---", 0, 3) == 0 || string.CompareOrdinal(value, lineStart, "...", 0, 3) == 0)
            {
                return true;
            }

            var next = value.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return false;
    }

    private static string Quoted(string value, Context context)
    {
        var hasDouble = value.IndexOf('"') >= 0;
        var hasSingle = value.IndexOf('\'') >= 0;
        return hasDouble && !hasSingle ? SingleQuoted(value, context) : DoubleQuoted(value, context);
    }

    private static string SingleQuoted(string value, Context context)
    {
        if ((context.ImplicitKey && value.IndexOf('\n') >= 0) || HasBlankAroundNewline(value))
        {
            return DoubleQuoted(value, context);
        }

        var indent = context.Indent.Length > 0 ? context.Indent : ContainsDocumentMarker(value) ? IndentStep : string.Empty;
        var body = NewlineRuns.Replace(value.Replace("'", "''"), m => m.Value + "\n" + indent);
        var result = "'" + body + "'";
        return context.ImplicitKey
            ? result
            : YamlLineFolder.Fold(result, indent, YamlLineFolder.Mode.Flow, context.IndentAtStart, out _);
    }

    private static bool HasBlankAroundNewline(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\n')
            {
                continue;
            }

            if (i > 0 && (value[i - 1] == ' ' || value[i - 1] == '\t'))
            {
                return true;
            }

            if (i + 1 < value.Length && (value[i + 1] == ' ' || value[i + 1] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    private static string DoubleQuoted(string value, Context context)
    {
        const int minMultiLineLength = 40;
        var json = JsonQuote(value);
        var indent = context.Indent.Length > 0 ? context.Indent : ContainsDocumentMarker(value) ? IndentStep : string.Empty;
        var builder = new StringBuilder(json.Length + 8);
        var start = 0;
        var spaceEscaped = -1;
        for (var i = 0; i < json.Length; i++)
        {
            var ch = json[i];
            if (ch == ' ' && i + 2 < json.Length && json[i + 1] == '\\' && json[i + 2] == 'n')
            {
                // A space before a newline is escaped so folding does not eat it. When the space right after
                // a newline was already escaped (" " alone on a line), yaml v2 escapes it twice and writes a
                // backslash into the data; escape it once.
                builder.Append(json, start, i - start).Append(spaceEscaped == i ? " " : "\\ ");
                i += 1;
                start = i;
                ch = '\\';
            }

            if (ch != '\\' || i + 1 >= json.Length)
            {
                continue;
            }

            switch (json[i + 1])
            {
                case 'u':
                    builder.Append(json, start, i - start);
                    var code = json.Substring(i + 2, 4);
                    switch (code)
                    {
                        case "0000": builder.Append("\\0"); break;
                        case "0007": builder.Append("\\a"); break;
                        case "000b": builder.Append("\\v"); break;
                        case "001b": builder.Append("\\e"); break;
                        case "0085": builder.Append("\\N"); break;
                        case "00a0": builder.Append("\\_"); break;
                        case "2028": builder.Append("\\L"); break;
                        case "2029": builder.Append("\\P"); break;
                        default:
                            if (code.StartsWith("00", StringComparison.Ordinal))
                            {
                                builder.Append("\\x").Append(code, 2, 2);
                            }
                            else
                            {
                                builder.Append(json, i, 6);
                            }

                            break;
                    }

                    i += 5;
                    start = i + 1;
                    break;
                case 'n':
                    if (context.ImplicitKey || (i + 2 < json.Length && json[i + 2] == '"') || json.Length < minMultiLineLength)
                    {
                        i += 1;
                    }
                    else
                    {
                        // Folding eats the first newline, so write two.
                        builder.Append(json, start, i - start).Append("\n\n");
                        while (i + 4 < json.Length && json[i + 2] == '\\' && json[i + 3] == 'n' && json[i + 4] != '"')
                        {
                            builder.Append('\n');
                            i += 2;
                        }

                        builder.Append(indent);
                        if (i + 2 < json.Length && json[i + 2] == ' ')
                        {
                            builder.Append('\\');
                            spaceEscaped = i + 2;
                        }

                        i += 1;
                        start = i + 1;
                    }

                    break;
                default:
                    i += 1;
                    break;
            }
        }

        var text = start > 0 ? builder.Append(json, start, json.Length - start).ToString() : json;
        return context.ImplicitKey
            ? text
            : YamlLineFolder.Fold(text, indent, YamlLineFolder.Mode.Quoted, context.IndentAtStart, out _);
    }

    /// <summary>JavaScript's <c>JSON.stringify</c> for a string.</summary>
    private static string JsonQuote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var loneSurrogate = (char.IsHighSurrogate(c) && !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                        || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1])));
                    if (c < ' ' || loneSurrogate)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string BlockString(string value, Context context)
    {
        // A block cannot end in blank space after its last newline, and whitespace-only text reads better quoted.
        if (EndsWithNewlineThenBlanks(value) || StartsWithBlankLine(value))
        {
            return Quoted(value, context);
        }

        var indent = context.Indent.Length > 0
            ? context.Indent
            : context.ForceBlockIndent || ContainsDocumentMarker(value) ? IndentStep : string.Empty;
        // yaml v2 folds long text with '>', but its folder mistakes a line starting with one blank for an
        // ordinary line and folds it, changing the text; such values stay literal here.
        var literal = !LineLengthOverLimit(value, YamlLineFolder.LineWidth, indent.Length) || HasLineStartingWithBlank(value);
        if (value.Length == 0)
        {
            return literal ? "|\n" : ">\n";
        }

        // Chomping from the trailing whitespace.
        var endStart = value.Length;
        while (endStart > 0)
        {
            var ch = value[endStart - 1];
            if (ch != '\n' && ch != '\t' && ch != ' ')
            {
                break;
            }

            endStart--;
        }

        var end = value.Substring(endStart);
        var endNewline = end.IndexOf('\n');
        string chomp;
        if (endNewline == -1)
        {
            chomp = "-";
        }
        else if (value == end || endNewline != end.Length - 1)
        {
            // yaml v2 writes "|+" here, but the final trim of the document drops the kept line breaks when the
            // value comes last; double quotes keep the data intact.
            return DoubleQuoted(value, context);
        }
        else
        {
            chomp = string.Empty;
        }

        if (end.Length > 0)
        {
            value = value.Substring(0, value.Length - end.Length);
            if (end[end.Length - 1] == '\n')
            {
                end = end.Substring(0, end.Length - 1);
            }

            end = BlockEndNewlines.Replace(end, m => m.Value + indent);
        }

        // Indentation indicator from leading whitespace.
        var startWithSpace = false;
        var startEnd = 0;
        var startNewline = -1;
        for (; startEnd < value.Length; startEnd++)
        {
            var ch = value[startEnd];
            if (ch == ' ')
            {
                startWithSpace = true;
            }
            else if (ch == '\n')
            {
                startNewline = startEnd;
            }
            else
            {
                break;
            }
        }

        var startText = value.Substring(0, startNewline < startEnd ? startNewline + 1 : startEnd);
        if (startText.Length > 0)
        {
            value = value.Substring(startText.Length);
            startText = NewlineRuns.Replace(startText, m => m.Value + indent);
        }

        var indentSize = indent.Length > 0 ? "2" : "1";
        var header = (startWithSpace ? indentSize : string.Empty) + chomp;

        if (!literal)
        {
            var folded = NewlineRuns.Replace(value, m => "\n" + m.Value);
            folded = MoreIndented.Replace(folded, m => m.Groups[1].Value + m.Groups[2].Value);
            folded = NewlineRuns.Replace(folded, m => m.Value + indent);
            var body = YamlLineFolder.Fold(startText + folded + end, indent, YamlLineFolder.Mode.Block, context.Indent.Length, out var overflow);
            if (!overflow)
            {
                return WithoutIndentOnlyLines(">" + header + "\n" + indent + body, indent);
            }
        }

        value = NewlineRuns.Replace(value, m => m.Value + indent);
        return WithoutIndentOnlyLines("|" + header + "\n" + indent + startText + value + end, indent);
    }

    /// <summary>
    /// yaml v2 writes leading empty lines of a block as the bare indent; YamlDotNet (wrongly) rejects that as
    /// "extra spaces in first line". An empty line means the same thing, so write that instead.
    /// </summary>
    private static string WithoutIndentOnlyLines(string block, string indent)
    {
        if (indent.Length == 0 || block.IndexOf("\n" + indent + "\n", StringComparison.Ordinal) < 0)
        {
            return block;
        }

        var lines = block.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i] == indent)
            {
                lines[i] = string.Empty;
            }
        }

        return string.Join("\n", lines);
    }

    private static bool HasLineStartingWithBlank(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if ((i == 0 || value[i - 1] == '\n') && (value[i] == ' ' || value[i] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    // YamlDotNet (which reads frontmatter back) refuses a literal block whose first line is only spaces
    // ("found extra spaces in first line"), although YAML allows it; such text is quoted instead.
    private static bool StartsWithBlankLine(string value)
    {
        var i = 0;
        while (i < value.Length && (value[i] == ' ' || value[i] == '\t'))
        {
            i++;
        }

        return i > 0 && i < value.Length && (value[i] == '\n' || value[i] == '\r');
    }

    private static bool EndsWithNewlineThenBlanks(string value)
    {
        var i = value.Length - 1;
        var blanks = 0;
        while (i >= 0 && (value[i] == ' ' || value[i] == '\t'))
        {
            i--;
            blanks++;
        }

        return blanks > 0 && i >= 0 && value[i] == '\n';
    }

    private static bool LineLengthOverLimit(string text, int lineWidth, int indentLength)
    {
        var limit = lineWidth - indentLength;
        if (text.Length <= limit)
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (i - start > limit)
                {
                    return true;
                }

                start = i + 1;
                if (text.Length - start <= limit)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
