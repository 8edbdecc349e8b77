using System.Collections.Generic;
using Leadtype.Json;

namespace Leadtype.Redirects;

/// <summary><c>docs/redirects.json</c>: <c>{"version":1,"redirects":[{from,to?,status}]}</c>, JSON(2), for hosts and middleware to serve.</summary>
public static class RedirectsJson
{
    public const string Path = "docs/redirects.json";

    public static byte[] Render(IReadOnlyList<Redirect> redirects)
    {
        var writer = new JsonWriter(64 + redirects.Count * 96);
        writer.StartObject();
        writer.PropertyName("version");
        writer.Number(1);
        writer.PropertyName("redirects");
        WriteEntries(writer, redirects);
        writer.EndObject();
        return JsonIndenter.IndentWithNewline(writer.WrittenMemory.Span);
    }

    internal static void WriteEntries(JsonWriter writer, IEnumerable<Redirect> redirects)
    {
        writer.StartArray();
        foreach (var redirect in redirects)
        {
            writer.StartObject();
            writer.PropertyName("from");
            writer.String(redirect.From);
            if (redirect.To is not null)
            {
                writer.PropertyName("to");
                writer.String(redirect.To);
            }

            writer.PropertyName("status");
            writer.Number(redirect.Status);
            writer.EndObject();
        }

        writer.EndArray();
    }
}
