using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Leadtype.Diagnostics;
using Leadtype.Runtime.Conversion;

namespace Leadtype.Cli.Commands;

/// <summary><c>leadtype convert --src DIR --out DIR [--json] [--diagnostics msbuild]</c>: MDX pages to Markdown mirrors.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--src")
        {
            Description = "The docs folder: every .mdx under it is converted (dot-folders are skipped).",
            DefaultValueFactory = _ => "docs",
        };
        var output = new Option<string>("--out")
        {
            Description = "Where the .md mirrors are written, in the same layout as the sources.",
            DefaultValueFactory = _ => Path.Combine("public", "docs"),
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print a machine-readable summary on stdout.",
        };
        var format = new Option<string>("--diagnostics")
        {
            Description = "How diagnostics are printed on stderr: compiler (path:line:col: severity LTxxxx: message) or msbuild (path(line,col): severity LTxxxx: message).",
            DefaultValueFactory = _ => "compiler",
        };
        format.AcceptOnlyFromAmong("compiler", "msbuild");

        var command = new Command("convert", "Convert MDX docs to agent-readable Markdown mirrors.")
        {
            source,
            output,
            json,
            format,
        };
        command.SetAction(parse => Run(parse.GetValue(source)!, parse.GetValue(output)!, parse.GetValue(json), parse.GetValue(format) == "msbuild"));
        return command;
    }

    private static int Run(string source, string output, bool json, bool msbuild)
    {
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"leadtype: the docs folder '{source}' does not exist (set it with --src).");
            return ExitCodes.Usage;
        }

        DocsConversionResult result;
        try
        {
            result = new DocsConverter().ConvertAll(source, output, displayRoot: source);
        }
        catch (Leadtype.Output.OutputException error)
        {
            // Lock timeout, an output path that is a file, a link in the way: a clear message, not a stack trace.
            Console.Error.WriteLine("leadtype convert: " + error.Message);
            return ExitCodes.Failure;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(msbuild ? diagnostic.ToMSBuildString() : diagnostic.ToCompilerString());
        }

        Console.Error.WriteLine(Summary(result, output));
        if (json)
        {
            Console.Out.WriteLine(JsonSummary(result, source, output));
        }

        return result.ErrorCount > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static string Summary(DocsConversionResult result, string output) =>
        string.Format(CultureInfo.InvariantCulture, "Converted {0} {1} to {2} in {3} ms: {4} {5}, {6} {7}.",
            result.Files.Count, result.Files.Count == 1 ? "page" : "pages", output, result.ElapsedMilliseconds,
            result.ErrorCount, result.ErrorCount == 1 ? "error" : "errors", result.WarningCount, result.WarningCount == 1 ? "warning" : "warnings");

    private static string JsonSummary(DocsConversionResult result, string source, string output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteString("output", output);
            writer.WriteNumber("pages", result.Files.Count);
            writer.WriteNumber("errors", result.ErrorCount);
            writer.WriteNumber("warnings", result.WarningCount);
            writer.WriteNumber("infos", result.InfoCount);
            writer.WriteNumber("filesWithErrors", result.FilesWithErrors);
            writer.WriteNumber("elapsedMs", result.ElapsedMilliseconds);
            writer.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("source", file.SourcePath);
                writer.WriteString("output", file.OutputPath);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in file.Diagnostics)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", diagnostic.Id);
                    writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                    writer.WriteString("file", diagnostic.FilePath);
                    writer.WriteNumber("line", diagnostic.Line);
                    writer.WriteNumber("column", diagnostic.Column);
                    writer.WriteString("message", diagnostic.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
