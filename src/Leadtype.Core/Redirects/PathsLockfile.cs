using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Redirects;

/// <summary>
/// <c>paths.lock.json</c>, committed beside the docs: every page's URL path and content hash at the last run,
/// and the redirects in force, so the next run can tell a rename from a deletion (artifacts §3.17).
/// </summary>
public sealed record PathsLockfile(EquatableArray<LockedPage> Pages, EquatableArray<Redirect> Redirects)
{
    public const string DefaultName = "paths.lock.json";

    /// <summary>
    /// Reads a lockfile, or says what is wrong with it in the words of LT0121 ("is not valid JSON", "has an
    /// unsupported shape — expected { version: 1, pages, redirects }") and where (1-based line and column).
    /// </summary>
    public static (PathsLockfile? Lockfile, LockfileProblem? Problem) Read(string text)
    {
        var parsed = JsonReader.Parse(text, JsonReaderOptions.Strict);
        if (!parsed.Success)
        {
            return (null, new LockfileProblem(NotJson(parsed.Error!), parsed.Error!.Line, parsed.Error.Column));
        }

        static (PathsLockfile?, LockfileProblem?) Shape(JsonValue at) =>
            (null, new LockfileProblem("has an unsupported shape — expected { version: 1, pages, redirects }", at.Line, at.Column));

        if (parsed.Value is not JsonObject root
            || root["version"] is not JsonNumber version || !version.TryGetInt32(out var number) || number != 1
            || root["pages"] is not JsonArray pages || root["redirects"] is not JsonArray redirects)
        {
            return Shape(parsed.Value!);
        }

        var locked = new List<LockedPage>(pages.Items.Count);
        foreach (var item in pages.Items)
        {
            if (item is not JsonObject page || page["path"] is not JsonString path || page["hash"] is not JsonString hash)
            {
                return Shape(item);
            }

            locked.Add(new LockedPage(path.Value, hash.Value));
        }

        var entries = new List<Redirect>(redirects.Items.Count);
        foreach (var item in redirects.Items)
        {
            if (!TryReadRedirect(item, out var redirect))
            {
                return Shape(item);
            }

            entries.Add(redirect);
        }

        return (new PathsLockfile(locked.ToEquatableArray(), entries.ToEquatableArray()), null);
    }

    internal static string NotJson(JsonSyntaxError error) =>
        "is not valid JSON (line " + error.Line + ", column " + error.Column + ": " + error.Message + ")";

    /// <summary>One <c>{from, to?, status}</c> entry: 308 needs a <c>to</c>; 410 has none (any given is ignored).</summary>
    internal static bool TryReadRedirect(JsonValue item, out Redirect redirect)
    {
        redirect = default;
        if (item is not JsonObject entry || entry["from"] is not JsonString from
            || entry["status"] is not JsonNumber status || !status.TryGetInt32(out var code) || (code != Redirect.Moved && code != Redirect.Gone))
        {
            return false;
        }

        var to = entry["to"] as JsonString;
        if (code == Redirect.Moved && to is null)
        {
            return false;
        }

        redirect = new Redirect(from.Value, code == Redirect.Gone ? null : to!.Value, code);
        return true;
    }

    /// <summary>JSON(2) with a trailing newline: <c>{"version":1,"pages":[{path,hash}],"redirects":[{from,to?,status}]}</c>.</summary>
    public byte[] Write()
    {
        var writer = new JsonWriter(256 + Pages.Count * 64);
        writer.StartObject();
        writer.PropertyName("version");
        writer.Number(1);
        writer.PropertyName("pages");
        writer.StartArray();
        foreach (var page in Pages)
        {
            writer.StartObject();
            writer.PropertyName("path");
            writer.String(page.Path);
            writer.PropertyName("hash");
            writer.String(page.Hash);
            writer.EndObject();
        }

        writer.EndArray();
        writer.PropertyName("redirects");
        RedirectsJson.WriteEntries(writer, Redirects);
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }
}

/// <summary>What makes a lockfile unreadable, and where (1-based line and column).</summary>
public sealed record LockfileProblem(string Message, int Line, int Column);
