using System;
using System.Globalization;

namespace Leadtype.Model;

/// <summary>Timestamps as the JSON and XML artifacts write them: UTC, invariant, millisecond precision.</summary>
public static class IsoDate
{
    /// <summary>JavaScript's <c>toISOString()</c>: <c>2026-06-01T00:00:00.000Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);
}
