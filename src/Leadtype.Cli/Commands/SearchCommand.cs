using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leadtype.Search;

namespace Leadtype.Cli.Commands;

/// <summary><c>leadtype search [--index DIR] [--limit N] [--json] QUERY</c>: query a generated search index.</summary>
internal static class SearchCommand
{
    public const string DefaultIndexDirectory = "public/docs";

    public static Command Create()
    {
        var index = new Option<string>("--index")
        {
            Description = "Folder holding search-index.json and search-content.json.",
            DefaultValueFactory = _ => DefaultIndexDirectory,
            HelpName = "DIR",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Maximum number of results.",
            DefaultValueFactory = _ => SearchEngine.DefaultLimit,
            HelpName = "N",
        };
        limit.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && value < 1)
            {
                result.AddError("--limit must be at least 1.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Print the results as JSON." };
        var query = new Argument<string[]>("QUERY") { Description = "The words to search for.", Arity = ArgumentArity.OneOrMore };

        var command = new Command("search", "Search the generated docs (search-index.json) from the command line.")
        {
            index, limit, json, query,
        };
        command.SetAction(parse => UnknownOption(parse) is { } unknown
            ? UsageError(parse.InvocationConfiguration.Error, $"Unrecognized option '{unknown}' (put `--` before a query that starts with a dash).")
            : Run(
            parse.GetValue(index) ?? DefaultIndexDirectory,
            parse.GetValue(limit),
            parse.GetValue(json),
            string.Join(" ", parse.GetValue(query) ?? Array.Empty<string>()),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    // An unknown option would otherwise be read as a query word; `--` lets a query start with a dash.
    private static string? UnknownOption(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == System.CommandLine.Parsing.TokenType.DoubleDash)
            {
                return null;
            }

            if (token.Type == System.CommandLine.Parsing.TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-')
            {
                return token.Value;
            }
        }

        return null;
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine("leadtype: " + message);
        error.WriteLine("Run 'leadtype --help' for usage.");
        return ExitCodes.Usage;
    }

    internal static int Run(string indexDirectory, int limit, bool asJson, string query, TextWriter output, TextWriter error)
    {
        DocsSearch search;
        try
        {
            search = DocsSearch.FromDirectory(indexDirectory);
        }
        catch (FileNotFoundException)
        {
            error.WriteLine($"leadtype search: no search index at {Path.Combine(indexDirectory, SearchIndexJson.IndexFileName)}. Run `leadtype generate` first, or pass --index DIR.");
            return ExitCodes.Failure;
        }
        catch (Exception exception) when (exception is SearchIndexFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"leadtype search: cannot read the search index in {indexDirectory}: {exception.Message}");
            return ExitCodes.Failure;
        }

        var results = search.Search(query, limit);
        if (asJson)
        {
            WriteJson(output, query, results);
        }
        else
        {
            WriteText(output, query, results);
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TextWriter output, string query, IReadOnlyList<SearchResult> results)
    {
        if (results.Count == 0)
        {
            output.WriteLine($"No results for \"{query}\".");
            return;
        }

        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            output.WriteLine($"{i + 1}. {result.Title}");
            output.WriteLine($"   {result.AbsoluteUrlWithHash}");
            var headings = HeadingTrail(result.HeadingPath);
            if (headings.Length > 0)
            {
                output.WriteLine($"   {headings}");
            }

            output.WriteLine($"   {Leadtype.Text.EcmaText.CollapseWhitespace(result.Excerpt)}");
            if (i < results.Count - 1)
            {
                output.WriteLine();
            }
        }
    }

    private static void WriteJson(TextWriter output, string query, IReadOnlyList<SearchResult> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteStartArray("results");
            foreach (var result in results)
            {
                json.WriteStartObject();
                json.WriteString("urlPath", result.UrlPath);
                json.WriteString("anchor", result.Anchor);
                json.WriteString("url", result.AbsoluteUrlWithHash);
                json.WriteString("title", result.Title);
                json.WriteStartArray("headingPath");
                foreach (var heading in result.HeadingPath)
                {
                    if (heading is null)
                    {
                        json.WriteNullValue();
                    }
                    else
                    {
                        json.WriteStringValue(heading);
                    }
                }

                json.WriteEndArray();
                json.WriteString("excerpt", result.Excerpt);
                json.WriteNumber("score", result.Score);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string HeadingTrail(IReadOnlyList<string?> headingPath)
    {
        var parts = new List<string>();
        foreach (var heading in headingPath)
        {
            if (!string.IsNullOrEmpty(heading))
            {
                parts.Add(heading!);
            }
        }

        return string.Join(" > ", parts);
    }
}
