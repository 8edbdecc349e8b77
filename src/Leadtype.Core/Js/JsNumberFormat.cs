namespace Leadtype.Js;

/// <summary>
/// JavaScript's <c>Number.prototype.toString()</c>: the shortest round-trip digits, fixed notation between
/// 1e-7 and 1e21, exponent form (<c>1e+21</c>, <c>1.5e-7</c>) outside. The original prints numbers this way in
/// frontmatter and in component props, and our output must match it. Finite values share
/// <see cref="Json.JsNumber"/>'s digit algorithm (shortest on every runtime, including the .NET Framework
/// compiler host); only the non-finite spellings differ from <c>JSON.stringify</c>'s <c>null</c>.
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

        return double.IsNegativeInfinity(value) ? "-Infinity" : Json.JsNumber.Format(value);
    }
}
