using System;
using System.Globalization;

namespace Leadtype.Frontmatter;

/// <summary>
/// Resolves plain (unquoted) scalars the way the original's <c>yaml</c> v2 does with the YAML 1.2 core
/// schema plus the YAML 1.1 timestamp tag (§2.2): <c>yes</c>/<c>on</c> stay strings, <c>0o17</c> is 15,
/// unquoted dates become <see cref="YamlDate"/>. The same tests decide when the emitter must quote a
/// string so it reads back as a string.
/// </summary>
public static class YamlScalarResolver
{
    public static YamlValue ResolvePlain(string text)
    {
        if (IsNull(text))
        {
            return YamlNull.Instance;
        }

        if (TryBoolean(text, out var boolean))
        {
            return YamlBoolean.Of(boolean);
        }

        if (TryNumber(text, out var number))
        {
            return new YamlNumber(number);
        }

        if (TryTimestamp(text, out var date))
        {
            return new YamlDate(date);
        }

        return new YamlString(text);
    }

    /// <summary>True when <paramref name="text"/>, written plain, would read back as something other than a string.</summary>
    public static bool ResolvesToNonString(string text) =>
        IsNull(text) || TryBoolean(text, out _) || TryNumber(text, out _) || TryTimestamp(text, out _);

    public static bool IsNull(string text) =>
        text.Length == 0 || text == "~" || text == "null" || text == "Null" || text == "NULL";

    public static bool TryBoolean(string text, out bool value)
    {
        switch (text)
        {
            case "true":
            case "True":
            case "TRUE":
                value = true;
                return true;
            case "false":
            case "False":
            case "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    public static bool TryNumber(string text, out double value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        // 0o17 (octal) and 0x1F (hex): no sign allowed in the core schema.
        if (text.Length > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x'))
        {
            var radix = text[1] == 'o' ? 8 : 16;
            double result = 0;
            for (var i = 2; i < text.Length; i++)
            {
                var digit = HexDigit(text[i]);
                if (digit < 0 || digit >= radix)
                {
                    return false;
                }

                result = (result * radix) + digit;
            }

            value = result;
            return true;
        }

        // .inf / .nan family.
        var start = text[0] == '+' || text[0] == '-' ? 1 : 0;
        var rest = text.Substring(start);
        if (rest == ".inf" || rest == ".Inf" || rest == ".INF")
        {
            value = text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (start == 0 && (text == ".nan" || text == ".NaN" || text == ".NAN"))
        {
            value = double.NaN;
            return true;
        }

        // [-+]? ( \.[0-9]+ | [0-9]+ (\.[0-9]*)? ) ([eE][-+]?[0-9]+)?
        var i2 = start;
        var intDigits = 0;
        while (i2 < text.Length && IsDigit(text[i2]))
        {
            i2++;
            intDigits++;
        }

        var fractionDigits = 0;
        if (i2 < text.Length && text[i2] == '.')
        {
            i2++;
            while (i2 < text.Length && IsDigit(text[i2]))
            {
                i2++;
                fractionDigits++;
            }
        }

        if (intDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (i2 < text.Length && (text[i2] == 'e' || text[i2] == 'E'))
        {
            i2++;
            if (i2 < text.Length && (text[i2] == '+' || text[i2] == '-'))
            {
                i2++;
            }

            var expDigits = 0;
            while (i2 < text.Length && IsDigit(text[i2]))
            {
                i2++;
                expDigits++;
            }

            if (expDigits == 0)
            {
                return false;
            }
        }

        if (i2 != text.Length)
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The timestamp of the original's YAML library: <c>YYYY-M-D</c>, optionally followed by <c>T</c>/<c>t</c>/blanks,
    /// <c>H:M:S(.fff)</c> and a zone (<c>Z</c>, <c>+5</c>, <c>-03:30</c>). No zone means UTC. Out-of-range fields
    /// roll over as JavaScript's <c>Date.UTC</c> does.
    /// </summary>
    public static bool TryTimestamp(string text, out DateTime utc)
    {
        utc = default;
        var i = 0;
        if (text.Length < 8 || !IsDigit(text[0]))
        {
            return false;
        }

        if (!ReadDigits(text, ref i, 4, 4, out var year) || !Expect(text, ref i, '-') ||
            !ReadDigits(text, ref i, 1, 2, out var month) || !Expect(text, ref i, '-') ||
            !ReadDigits(text, ref i, 1, 2, out var day))
        {
            return false;
        }

        if (i == text.Length)
        {
            utc = Compose(year, month, day, 0, 0, 0, 0, 0);
            return true;
        }

        if (text[i] == 'T' || text[i] == 't')
        {
            i++;
        }
        else if (text[i] == ' ' || text[i] == '\t')
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (!ReadDigits(text, ref i, 1, 2, out var hour) || !Expect(text, ref i, ':') ||
            !ReadDigits(text, ref i, 1, 2, out var minute) || !Expect(text, ref i, ':') ||
            !ReadDigits(text, ref i, 1, 2, out var second))
        {
            return false;
        }

        var millis = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fractionStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i == fractionStart)
            {
                return false;
            }

            var fraction = (text.Substring(fractionStart, i - fractionStart) + "00").Substring(0, 3);
            millis = int.Parse(fraction, CultureInfo.InvariantCulture);
        }

        if (i == text.Length)
        {
            utc = Compose(year, month, day, hour, minute, second, millis, 0);
            return true;
        }

        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        var offsetMinutes = 0;
        if (i < text.Length && text[i] == 'Z')
        {
            i++;
        }
        else if (i < text.Length && (text[i] == '+' || text[i] == '-'))
        {
            var sign = text[i] == '-' ? -1 : 1;
            i++;
            var hourStart = i;
            if (!ReadDigits(text, ref i, 1, 2, out var zoneHours) || (i - hourStart == 2 && text[hourStart] > '2'))
            {
                return false;
            }

            var total = zoneHours;
            if (i < text.Length && text[i] == ':')
            {
                i++;
                if (!ReadDigits(text, ref i, 2, 2, out var zoneMinutes))
                {
                    return false;
                }

                total = (zoneHours * 60) + zoneMinutes;
            }

            // The original reads the zone as sexagesimal and treats a value under 30 as hours.
            if (total < 30)
            {
                total *= 60;
            }

            offsetMinutes = sign * total;
        }
        else
        {
            return false;
        }

        if (i != text.Length)
        {
            return false;
        }

        utc = Compose(year, month, day, hour, minute, second, millis, offsetMinutes);
        return true;
    }

    private static DateTime Compose(int year, int month, int day, int hour, int minute, int second, int millis, int offsetMinutes)
    {
        // Date.UTC semantics: fields roll over (month 13 is January of the next year).
        var result = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc)
            .AddMonths(month - 1)
            .AddDays(day - 1)
            .AddHours(hour)
            .AddMinutes(minute - offsetMinutes)
            .AddSeconds(second)
            .AddMilliseconds(millis);
        return result;
    }

    private static bool ReadDigits(string text, ref int index, int min, int max, out int value)
    {
        value = 0;
        var start = index;
        while (index < text.Length && index - start < max && IsDigit(text[index]))
        {
            value = (value * 10) + (text[index] - '0');
            index++;
        }

        return index - start >= min;
    }

    private static bool Expect(string text, ref int index, char c)
    {
        if (index < text.Length && text[index] == c)
        {
            index++;
            return true;
        }

        return false;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int HexDigit(char c)
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
}
