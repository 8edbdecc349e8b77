using System.Globalization;
using System.Text;

namespace Leadtype.Generators.Emit;

/// <summary>C# literals and XML doc text for generated code: ordinal, invariant, never locale-dependent.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal, copying runs that need no escape at once.</summary>
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = Escape(value, i);
            if (escape is null)
            {
                continue;
            }

            builder.Append(value, run, i - run).Append(escape);
            run = i + 1;
        }

        builder.Append(value, run, value.Length - run).Append('"');
    }

    // The escape for the character at i, or null when it is written as is: quotes and backslashes, control
    // characters and the Unicode line/paragraph separators (they would break the line), and lone surrogates
    // (a UTF-8 file cannot hold them).
    private static string? Escape(string value, int i)
    {
        var c = value[i];
        if (c >= ' ' && c < 0x7f)
        {
            return c == '"' ? "\\\"" : c == '\\' ? "\\\\" : null;
        }

        switch (c)
        {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\0': return "\\0";
        }

        return char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || IsLoneSurrogate(value, i)
            ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)
            : null;
    }

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment: escaped, whitespace collapsed to one line, a character XML cannot hold (a lone surrogate, U+FFFE, U+FFFF) as U+FFFD.</summary>
    public static string XmlDoc(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendXmlDoc(builder, text);
        return builder.ToString();
    }

    /// <inheritdoc cref="XmlDoc"/>
    public static void AppendXmlDoc(StringBuilder builder, string text)
    {
        var start = builder.Length;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > start;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else
                    {
                        builder.Append('\uFFFD');
                    }

                    break;
            }
        }
    }
}
