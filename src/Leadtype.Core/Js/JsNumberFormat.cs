using System;
using System.Globalization;
using System.Text;

namespace Leadtype.Js;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c>: the shortest round-trip digits, fixed notation between
/// 1e-7 and 1e21, exponent form (<c>1e+21</c>, <c>1.5e-7</c>) outside. The original prints numbers this way in
/// frontmatter and in component props, and our output must match it.
/// </summary>
public static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "Infinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-Infinity";
        }

        if (value == 0)
        {
            return "0";
        }

        var negative = value < 0;

        // "R" gives round-trip digits; split into a digit string and a decimal exponent.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        ParseDigits(roundTrip, out var digits, out var pointPosition);

        // ECMAScript: k = digit count, n = position of the decimal point relative to the digits.
        var k = digits.Length;
        var n = pointPosition;
        var builder = new StringBuilder(k + 8);
        if (negative)
        {
            builder.Append('-');
        }

        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            builder.Append('e').Append(exponent >= 0 ? '+' : '-').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Turns "1.2345E-07" or "123.45" into significant digits ("12345") and the point position.</summary>
    private static void ParseDigits(string text, out string digits, out int pointPosition)
    {
        var exponent = 0;
        var mantissa = text;
        var e = text.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exponent = int.Parse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = text.Substring(0, e);
        }

        var dot = mantissa.IndexOf('.');
        string raw;
        int intLength;
        if (dot >= 0)
        {
            raw = mantissa.Substring(0, dot) + mantissa.Substring(dot + 1);
            intLength = dot;
        }
        else
        {
            raw = mantissa;
            intLength = mantissa.Length;
        }

        // Strip leading zeros (moving the point) and trailing zeros.
        var lead = 0;
        while (lead < raw.Length - 1 && raw[lead] == '0')
        {
            lead++;
        }

        var trail = raw.Length;
        while (trail > lead + 1 && raw[trail - 1] == '0')
        {
            trail--;
        }

        digits = raw.Substring(lead, trail - lead);
        pointPosition = intLength - lead + exponent;
    }
}
