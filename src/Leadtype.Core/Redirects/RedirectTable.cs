using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Redirects;

/// <summary>What a request for an old URL gets: 308 with the new location, or 410 with none.</summary>
public readonly record struct RedirectMatch(int Status, string? Location);

/// <summary>
/// <c>docs/redirects.json</c> loaded for serving (the original's <c>resolveRedirect</c>): an app or middleware asks it
/// about a request path — a page route (<c>/docs/about</c>) or its Markdown mirror (<c>/docs/about.md</c>) — and
/// answers 308 or 410. No I/O: the caller reads the file (from disk, static web assets or an embedded resource).
/// </summary>
public sealed class RedirectTable
{
    private readonly Dictionary<string, Redirect> _byFrom;

    private RedirectTable(EquatableArray<Redirect> redirects)
    {
        Redirects = redirects;
        _byFrom = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var redirect in redirects)
        {
            _byFrom[RedirectPath.Normalize(redirect.From)] = redirect;
        }
    }

    /// <summary>A table with no redirects (a site without rename tracking).</summary>
    public static RedirectTable Empty { get; } = new(default);

    public EquatableArray<Redirect> Redirects { get; }

    public static RedirectTable From(IEnumerable<Redirect> redirects) => new(redirects.ToEquatableArray());

    /// <summary>Reads <c>{"version":1,"redirects":[{from,to?,status}]}</c>, or says what is wrong with it.</summary>
    public static (RedirectTable? Table, string? Problem) Parse(string json)
    {
        // The same entries as the lockfile's redirects; a pages list is not required here.
        var parsed = JsonReader.Parse(json, JsonReaderOptions.Strict);
        if (!parsed.Success)
        {
            return (null, PathsLockfile.NotJson(parsed.Error!));
        }

        if (parsed.Value is not JsonObject root || root["version"] is not JsonNumber version || !version.TryGetInt32(out var number) || number != 1
            || root["redirects"] is not JsonArray items)
        {
            return (null, "has an unsupported shape — expected { version: 1, redirects }");
        }

        var redirects = new List<Redirect>(items.Items.Count);
        foreach (var item in items.Items)
        {
            if (!PathsLockfile.TryReadRedirect(item, out var redirect))
            {
                return (null, "has an unsupported shape — expected { from, to, status: 308 } or { from, status: 410 } entries");
            }

            redirects.Add(redirect);
        }

        return (new RedirectTable(redirects.ToEquatableArray()), null);
    }

    /// <summary>
    /// The answer for <paramref name="requestPath"/>, or null when it is not redirected. A Markdown mirror
    /// (<c>/docs/about.md</c>, <c>/docs/about/index.md</c>) is looked up by its page route and sent to the target's
    /// mirror: <paramref name="markdownUrlOf"/> maps a route to its Markdown URL (for example
    /// <c>route =&gt; Docs.Manifest.FindByUrl(route)?.MarkdownUrl</c>); without one, or when it returns null, the
    /// target route plus <c>.md</c> is used (<c>/index.md</c> for <c>/</c>), as in the original.
    /// </summary>
    public RedirectMatch? Resolve(string requestPath, Func<string, string?>? markdownUrlOf = null)
    {
        if (_byFrom.Count == 0 || string.IsNullOrEmpty(requestPath))
        {
            return null;
        }

        var path = RedirectPath.Normalize(StripQuery(requestPath));
        if (_byFrom.TryGetValue(path, out var direct))
        {
            return new RedirectMatch(direct.Status, direct.To);
        }

        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var route = RedirectPath.Normalize(path.Substring(0, path.Length - 3));
        if (!_byFrom.TryGetValue(route, out var mirrored)
            && !(route.EndsWith("/index", StringComparison.Ordinal) && _byFrom.TryGetValue(RedirectPath.Normalize(route.Substring(0, route.Length - 6)), out mirrored)))
        {
            return null;
        }

        if (mirrored.To is null)
        {
            return new RedirectMatch(mirrored.Status, null);
        }

        var location = markdownUrlOf?.Invoke(mirrored.To) ?? (mirrored.To == "/" ? "/index.md" : mirrored.To + ".md");
        return new RedirectMatch(mirrored.Status, location);
    }

    private static string StripQuery(string path)
    {
        var end = path.IndexOfAny(new[] { '?', '#' });
        return end < 0 ? path : path.Substring(0, end);
    }
}
