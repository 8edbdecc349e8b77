using System.Globalization;
using System.Text;

namespace Leadtype.Json;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c> for finite doubles (what <c>JSON.stringify</c> writes):
/// the shortest digits that round-trip, plain notation for exponents in [-7, 21), <c>1e+21</c> style
/// beyond; non-finite values become <c>null</c> as in JSON.stringify.
/// </summary>
public static class JsNumber
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "null";
        }

        if (value == 0)
        {
            return "0";
        }

        if (System.Math.Abs(value) < 9007199254740992d && value == System.Math.Floor(value))
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var (negative, digits, exponent) = ShortestDigits(value);
        var k = digits.Length;
        var n = exponent + 1;
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
            builder.Append(digits[0]);
            if (k > 1)
            {
                builder.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            builder.Append('e').Append(e < 0 ? '-' : '+').Append(System.Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    // The fewest significant digits (15, 16 or 17) that parse back to the same double. Done by hand
    // because "R" is not shortest on .NET Framework, where the generator may run.
    private static (bool Negative, string Digits, int Exponent) ShortestDigits(double value)
    {
        string formatted = value.ToString("E16", CultureInfo.InvariantCulture);
        for (var precision = 15; precision <= 17; precision++)
        {
            var candidate = value.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == value)
            {
                formatted = candidate;
                break;
            }
        }

        var negative = formatted[0] == '-';
        var body = negative ? formatted.Substring(1) : formatted;
        var ePos = body.IndexOf('E');
        var mantissa = body.Substring(0, ePos).Replace(".", string.Empty);
        var exponent = int.Parse(body.Substring(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        mantissa = mantissa.TrimEnd('0');
        if (mantissa.Length == 0)
        {
            mantissa = "0";
        }

        return (negative, mantissa, exponent);
    }
}
