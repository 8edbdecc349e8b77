using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Site;

namespace Leadtype.Cli.Reporting;

/// <summary>
/// The <c>--json</c> result on standard output: the reference's summary fields (artifacts §3.20.1:
/// <c>docsDir</c>, <c>docsDirs</c>, <c>files</c> as absolute paths, <c>groups</c>, <c>mounts</c>,
/// <c>mode</c>, <c>outDir</c>, <c>product</c>, <c>search</c>, <c>srcDir</c>) followed by what this
/// port adds: <c>status</c>, <c>exitCode</c>, <c>upToDate</c>, page and cache counts, what the writer
/// did, the diagnostics and per-stage timings. Two-space indented, one trailing newline.
/// </summary>
internal static class GenerateJson
{
    public static string Render(GenerateResult result, DiagnosticPrinter printer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (result.Summary is { } summary)
            {
                WriteSummary(json, summary);
            }

            json.WriteString("status", result.Status switch
            {
                GenerateStatus.Succeeded => "succeeded",
                GenerateStatus.CompletedWithErrors => "completed-with-errors",
                GenerateStatus.UsageError => "usage-error",
                _ => "failed",
            });
            json.WriteNumber("exitCode", result.ExitCode);
            json.WriteBoolean("upToDate", result.UpToDate);
            if (result.Message is not null)
            {
                json.WriteString("error", result.Message);
            }

            if (result.Summary is { } counted)
            {
                json.WriteNumber("pages", counted.Pages);
            }

            if (result.Cache is { } cache)
            {
                json.WriteStartObject("cache");
                json.WriteNumber("converted", cache.Converted);
                json.WriteNumber("reused", cache.Reused);
                json.WriteEndObject();
            }

            if (result.Output is { } output)
            {
                json.WriteStartObject("output");
                json.WriteStartArray("written");
                foreach (var path in output.Written)
                {
                    json.WriteStringValue(path);
                }

                json.WriteEndArray();
                json.WriteNumber("unchanged", output.Unchanged);
                json.WriteStartArray("deleted");
                foreach (var path in output.Deleted)
                {
                    json.WriteStringValue(path);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteStartObject("diagnostics");
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteStartArray("items");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic, printer);
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("timings");
            foreach (var (stage, elapsed) in result.Timings)
            {
                json.WriteNumber(stage + "Ms", Math.Round(elapsed.TotalMilliseconds, 1));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void WriteSummary(Utf8JsonWriter json, GenerateSummary summary)
    {
        json.WriteString("docsDir", summary.DocsDirectories.Count > 0 ? summary.DocsDirectories[0] : string.Empty);
        json.WriteStartArray("docsDirs");
        foreach (var directory in summary.DocsDirectories)
        {
            json.WriteStringValue(directory);
        }

        json.WriteEndArray();

        json.WriteStartObject("files");
        foreach (var file in summary.Files)
        {
            json.WriteString(file.Key, Absolute(summary, file.RelativePath));
        }

        if (summary.Feeds.Count > 0)
        {
            json.WriteStartObject("feeds");
            foreach (var feed in summary.Feeds)
            {
                json.WriteStartObject(feed.Id);
                if (feed.Atom is not null)
                {
                    json.WriteString("atom", Absolute(summary, feed.Atom));
                }

                if (feed.Rss is not null)
                {
                    json.WriteString("rss", Absolute(summary, feed.Rss));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartArray("groups");
        foreach (var group in summary.Groups)
        {
            json.WriteStartObject();
            json.WriteString("slug", group.Slug);
            json.WriteString("title", group.Title);
            if (!string.IsNullOrEmpty(group.Description))
            {
                json.WriteString("description", group.Description);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("mounts");
        foreach (var (pathPrefix, urlPrefix) in summary.Mounts)
        {
            json.WriteStartObject();
            json.WriteString("pathPrefix", pathPrefix);
            json.WriteString("urlPrefix", urlPrefix);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("mode", summary.Mode == SiteMode.Bundle ? "bundle" : "site");
        json.WriteString("outDir", summary.OutputDirectory);
        json.WriteStartObject("product");
        json.WriteString("name", summary.ProductName);
        json.WriteString("summary", summary.ProductSummary);
        json.WriteEndObject();
        if (summary.Search is { } search)
        {
            json.WriteStartObject("search");
            json.WriteString("outputPath", Absolute(summary, SearchFiles.IndexPath));
            json.WriteString("contentOutputPath", Absolute(summary, SearchFiles.ContentPath));
            json.WriteNumber("docs", search.Documents);
            json.WriteNumber("chunks", search.Chunks);
            json.WriteNumber("terms", search.Terms);
            json.WriteNumber("indexBytes", search.IndexBytes);
            json.WriteNumber("contentBytes", search.ContentBytes);
            json.WriteNumber("bytes", search.Bytes);
            json.WriteEndObject();
        }

        json.WriteString("srcDir", summary.SourceDirectory);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, DocsDiagnostic diagnostic, DiagnosticPrinter printer)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("file", printer.Display(diagnostic.FilePath));
        json.WriteNumber("line", diagnostic.Line);
        json.WriteNumber("column", diagnostic.Column);
        json.WriteString("message", diagnostic.Message);
        json.WriteString("helpLink", DiagnosticCatalog.HelpLinkFor(diagnostic.Id));
        json.WriteEndObject();
    }

    // GetFullPath: the redirects lockfile lies beside the docs, outside the output ("../docs/paths.lock.json").
    private static string Absolute(GenerateSummary summary, string relativePath) =>
        Path.GetFullPath(Path.Combine(summary.OutputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar)));
}
