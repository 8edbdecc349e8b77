using System;

namespace Leadtype.Navigation;

/// <summary>
/// The one string order navigation uses for titles and paths: case-insensitive first, then
/// ordinal as the tie-break. Deterministic on every machine (the reference's
/// <c>localeCompare</c> depends on ICU and the locale) and close to it for ASCII names
/// (<c>apple</c> &lt; <c>Banana</c> &lt; <c>cherry</c>).
/// </summary>
public static class NavOrder
{
    public static int Compare(string? a, string? b)
    {
        var byCase = string.Compare(a, b, StringComparison.OrdinalIgnoreCase);
        return byCase != 0 ? byCase : string.CompareOrdinal(a, b);
    }

    /// <summary>Ascending <c>order</c>, a missing order sorting last.</summary>
    public static int CompareOrder(double? a, double? b) =>
        (a ?? double.PositiveInfinity).CompareTo(b ?? double.PositiveInfinity);
}
