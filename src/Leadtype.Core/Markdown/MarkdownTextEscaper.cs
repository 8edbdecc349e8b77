using System.Text;

namespace Leadtype.Markdown;

/// <summary>
/// Escapes a text node's value so it prints as that text (§9.3 of the conversion reference).
/// Same character set as the original (<c>\ ` * _ ~ [ { &lt;</c>, <c>://</c>, a line-start
/// <c>N. </c>), plus a fix: a line-start <c>&gt;</c>, <c>#</c>, <c>-</c> or <c>+</c> that would start
/// a block quote, heading or list when re-parsed stays escaped (the original printed <c>\&gt;</c> and
/// <c>\#</c> from the source as bare <c>&gt;</c> and <c>#</c>).
/// </summary>
internal static class MarkdownTextEscaper
{
    /// <summary>Every character the switch below may escape or treat specially; text between them is copied in one append.</summary>
    private static readonly char[] Special = { '\\', '\n', '`', '*', '_', '~', '[', '{', '<', ':', '\'' };

    /// <param name="atLineStart">True when the value starts a line of the output.</param>
    public static void Append(StringBuilder output, string value, bool atLineStart)
    {
        var lineStart = atLineStart;
        for (var i = 0; i < value.Length; i++)
        {
            if (!lineStart)
            {
                var next = value.IndexOfAny(Special, i);
                if (next < 0)
                {
                    output.Append(value, i, value.Length - i);
                    return;
                }

                if (next > i)
                {
                    output.Append(value, i, next - i);
                    i = next;
                }
            }

            var c = value[i];
            if (lineStart)
            {
                lineStart = false;
                if (c == ' ' && i + 1 < value.Length && !char.IsWhiteSpace(value[i + 1]) && i > 0)
                {
                    // A continuation line starting with a space would lose it when re-parsed.
                    output.Append("&#x20;");
                    continue;
                }

                if (IsBlockMarker(value, i))
                {
                    output.Append('\\').Append(c);
                    continue;
                }

                var digits = CountDigits(value, i);
                if (digits > 0 && digits <= 9 && i + digits < value.Length && (value[i + digits] == '.' || value[i + digits] == ')')
                    && (i + digits + 1 == value.Length || value[i + digits + 1] == ' ' || value[i + digits + 1] == '\t' || value[i + digits + 1] == '\n'))
                {
                    output.Append(value, i, digits).Append('\\').Append(value[i + digits]);
                    i += digits;
                    continue;
                }
            }

            switch (c)
            {
                case '\\':
                    output.Append("\\\\");
                    break;
                case '\n':
                    output.Append('\n');
                    lineStart = true;
                    break;
                case '`':
                case '*':
                case '_':
                case '~':
                case '[':
                case '{':
                case '<':
                    output.Append('\\').Append(c);
                    break;
                case ':' when i + 2 < value.Length && value[i + 1] == '/' && value[i + 2] == '/':
                    output.Append("\\:");
                    break;
                case '\'' when IsQuotedDottedIdentifier(value, i, out var dot):
                    // 'foo.bar' → 'foo\.bar' (the original's rule; keeps identifiers from autolinking).
                    output.Append(value, i, dot - i).Append("\\.");
                    i = dot;
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    /// <summary>A line-start <c>&gt;</c>, <c>#</c>, <c>-</c>, <c>+</c> or <c>=</c> that Markdown would read as block syntax.</summary>
    private static bool IsBlockMarker(string value, int i)
    {
        var c = value[i];
        var next = i + 1 < value.Length ? value[i + 1] : '\n';
        switch (c)
        {
            case '>':
                return true;
            case '#':
                var k = i;
                while (k < value.Length && value[k] == '#')
                {
                    k++;
                }

                return k - i <= 6 && (k == value.Length || value[k] == ' ' || value[k] == '\t' || value[k] == '\n');
            case '-':
            case '+':
            case '=':
                return next == ' ' || next == '\t' || next == '\n' || (c != '+' && IsRunToLineEnd(value, i, c));
            default:
                return false;
        }
    }

    private static bool IsRunToLineEnd(string value, int i, char c)
    {
        var k = i;
        while (k < value.Length && (value[k] == c || value[k] == ' '))
        {
            k++;
        }

        return k == value.Length || value[k] == '\n';
    }

    private static int CountDigits(string value, int i)
    {
        var k = i;
        while (k < value.Length && value[k] >= '0' && value[k] <= '9')
        {
            k++;
        }

        return k - i;
    }

    private static bool IsQuotedDottedIdentifier(string value, int quote, out int dot)
    {
        dot = -1;
        var k = quote + 1;
        if (!ScanIdentifier(value, ref k) || k >= value.Length || value[k] != '.')
        {
            return false;
        }

        var dotAt = k;
        k++;
        if (!ScanIdentifier(value, ref k) || k >= value.Length || value[k] != '\'')
        {
            return false;
        }

        dot = dotAt;
        return true;
    }

    private static bool ScanIdentifier(string value, ref int k)
    {
        if (k >= value.Length || !(char.IsLetter(value[k]) || value[k] == '_' || value[k] == '$'))
        {
            return false;
        }

        while (k < value.Length && (char.IsLetterOrDigit(value[k]) || value[k] == '_' || value[k] == '$'))
        {
            k++;
        }

        return true;
    }
}
