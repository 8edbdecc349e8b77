using System;
using System.Globalization;

namespace Leadtype.Model;

/// <summary>Timestamps in the forms the artifacts use, always UTC and invariant.</summary>
public static class IsoDate
{
    /// <summary>JavaScript's <c>toISOString()</c>: <c>2026-06-01T00:00:00.000Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>JavaScript's <c>toUTCString()</c> (RFC 1123): <c>Mon, 01 Jun 2026 00:00:00 GMT</c>.</summary>
    public static string FormatRfc1123(DateTimeOffset value) =>
        value.UtcDateTime.ToString("ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", CultureInfo.InvariantCulture);
}
