using System;
using System.Globalization;
using Leadtype.Json;

namespace Leadtype.Search;

/// <summary>
/// Renders the reference's v2 search files byte for byte: <c>search-index.json</c> (documents, chunks,
/// terms and average chunk length, no text) and <c>search-content.json</c> (the chunk texts), each
/// minified JSON followed by one <c>\n</c>.
/// </summary>
public static class SearchIndexJson
{
    public const string IndexFileName = "search-index.json";
    public const string ContentFileName = "search-content.json";

    /// <summary>A timestamp as JavaScript's <c>Date.prototype.toISOString</c> writes it: <c>2026-11-27T16:01:24.315Z</c>.</summary>
    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static byte[] RenderIndex(SearchIndex index)
    {
        var json = new JsonWriter(64 * 1024);
        json.StartObject();
        json.PropertyName("version");
        json.Number(SearchIndex.FormatVersion);
        json.PropertyName("generatedAt");
        json.String(index.GeneratedAt);

        json.PropertyName("documents");
        json.StartArray();
        foreach (var document in index.Documents)
        {
            WriteDocument(json, document);
        }

        json.EndArray();

        json.PropertyName("chunks");
        json.StartArray();
        foreach (var chunk in index.Chunks)
        {
            json.StartArray();
            json.String(chunk.Id);
            json.Number(chunk.DocumentIndex);
            json.String(chunk.Anchor);
            json.StartArray();
            foreach (var heading in chunk.HeadingPath)
            {
                json.StringOrNull(heading);
            }

            json.EndArray();
            json.Number(chunk.Length);
            json.Number(chunk.ContentIndex);
            json.EndArray();
        }

        json.EndArray();

        json.PropertyName("terms");
        json.StartObject();
        foreach (var term in index.Terms)
        {
            json.PropertyName(term.Term);
            json.StartArray();
            foreach (var posting in term.Postings)
            {
                json.StartArray();
                json.Number(posting.ChunkIndex);
                json.Number(posting.Title);
                json.Number(posting.Heading);
                json.Number(posting.Body);
                json.Number(posting.Code);
                json.EndArray();
            }

            json.EndArray();
        }

        json.EndObject();

        json.PropertyName("averageChunkLength");
        json.Number(index.AverageChunkLength);
        json.EndObject();
        json.RawAscii("\n");
        return json.ToArray();
    }

    public static byte[] RenderContent(SearchIndex index)
    {
        var json = new JsonWriter(64 * 1024);
        json.StartObject();
        json.PropertyName("version");
        json.Number(SearchIndex.FormatVersion);
        json.PropertyName("generatedAt");
        json.String(index.GeneratedAt);
        json.PropertyName("chunks");
        json.StartArray();
        if (index.Content is not null)
        {
            foreach (var text in index.Content)
            {
                json.String(text);
            }
        }

        json.EndArray();
        json.EndObject();
        json.RawAscii("\n");
        return json.ToArray();
    }

    /// <summary>One entry of <c>documents</c>: six elements, or ten with the locale fields.</summary>
    internal static void WriteDocument(JsonWriter json, SearchIndexDocument document)
    {
        json.StartArray();
        json.String(document.Id);
        json.String(document.Title);
        json.String(document.Description);
        json.String(document.UrlPath);
        json.String(document.AbsoluteUrl);
        json.String(document.RelativePath);
        if (document.HasLocaleFields)
        {
            json.StringOrNull(document.Locale);
            json.StringOrNull(document.SourceLocale);
            if (document.IsFallback is bool isFallback)
            {
                json.Boolean(isFallback);
            }
            else
            {
                json.Null();
            }

            json.StringOrNull(document.LogicalPath);
        }

        json.EndArray();
    }
}
