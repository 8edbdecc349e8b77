using System;
using Leadtype.Diagnostics;

namespace Leadtype.Navigation;

/// <summary>Where the base URL came from.</summary>
public enum BaseUrlSource
{
    /// <summary><c>--base-url</c> (or the MSBuild property).</summary>
    Explicit,

    /// <summary>A deployment environment variable (<c>NEXT_PUBLIC_SITE_URL</c>, <c>VERCEL_URL</c>, …).</summary>
    Environment,

    /// <summary>Nothing was set: <c>http://localhost:${PORT:-3000}</c>.</summary>
    LocalhostFallback,
}

/// <summary>The absolute site URL artifacts are anchored at, without trailing slashes.</summary>
public sealed record BaseUrl(string Value, BaseUrlSource Source, string SourceName)
{
    /// <summary>Localhost-like hosts; feeds refuse them unless the URL was given explicitly (config-cli §4.6).</summary>
    public bool IsLocal
    {
        get
        {
            var host = new Uri(Value).Host.Trim('[', ']');
            return host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "0.0.0.0";
        }
    }

    /// <summary>
    /// Resolves the base URL (config-cli §4.6): the first non-empty of the explicit value,
    /// <c>NEXT_PUBLIC_SITE_URL</c>, <c>https://</c> + <c>NEXT_PUBLIC_VERCEL_PROJECT_PRODUCTION_URL</c>,
    /// <c>https://</c> + <c>NEXT_PUBLIC_VERCEL_URL</c>, <c>https://</c> + <c>VERCEL_URL</c>, <c>PORTLESS_URL</c>,
    /// else <c>http://localhost:${PORT:-3000}</c>; trailing slashes stripped. The environment comes in
    /// as a lookup so Core stays pure. A value that is not an absolute http(s) URL with a host (or that
    /// carries a query or fragment) is LT0105, named after where it came from.
    /// </summary>
    public static (BaseUrl? Url, DocsDiagnostic? Error) Resolve(string? explicitValue, Func<string, string?>? environment = null)
    {
        string? Env(string name) => Blank(environment?.Invoke(name));

        if (Blank(explicitValue) is { } given)
        {
            return Validate(given, BaseUrlSource.Explicit, "--base-url");
        }

        if (Env("NEXT_PUBLIC_SITE_URL") is { } site)
        {
            return Validate(site, BaseUrlSource.Environment, "NEXT_PUBLIC_SITE_URL");
        }

        foreach (var name in new[] { "NEXT_PUBLIC_VERCEL_PROJECT_PRODUCTION_URL", "NEXT_PUBLIC_VERCEL_URL", "VERCEL_URL" })
        {
            if (Env(name) is { } host)
            {
                return Validate("https://" + host, BaseUrlSource.Environment, name);
            }
        }

        if (Env("PORTLESS_URL") is { } portless)
        {
            return Validate(portless, BaseUrlSource.Environment, "PORTLESS_URL");
        }

        return Validate("http://localhost:" + (Env("PORT") ?? "3000"), BaseUrlSource.LocalhostFallback, Env("PORT") is null ? "localhost fallback" : "PORT");
    }

    private static (BaseUrl? Url, DocsDiagnostic? Error) Validate(string value, BaseUrlSource source, string sourceName)
    {
        var trimmed = DocsUrl.StripTrailingSlashes(value);
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && uri.Query.Length == 0
            && uri.Fragment.Length == 0
            && trimmed.IndexOf(' ') < 0
            && trimmed.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase))
        {
            return (new BaseUrl(trimmed, source, sourceName), null);
        }

        return (null, DocsDiagnostic.Create(DiagnosticCatalog.InvalidBaseUrl, sourceName, 0, 0, value));
    }

    private static string? Blank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
