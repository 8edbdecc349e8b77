using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Leadtype.Search;

namespace Leadtype.Core.Tests.Search;

/// <summary>
/// Fixture files under tests/Leadtype.Core.Tests/Search/Fixtures. The expected outputs in each fixture
/// folder were produced by running the reference algorithm (leadtype's search.ts) on <c>input.json</c>.
/// </summary>
internal static class SearchFixtures
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Leadtype.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Folder(string name) =>
        Path.Combine(RepositoryRoot(), "tests", "Leadtype.Core.Tests", "Search", "Fixtures", name);

    public static FixtureInput ReadInput(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder(name), "input.json")));
        var root = json.RootElement;
        var docs = new List<SearchDocument>();
        foreach (var doc in root.GetProperty("docs").EnumerateArray())
        {
            docs.Add(new SearchDocument(
                doc.GetProperty("title").GetString()!,
                doc.GetProperty("urlPath").GetString()!,
                doc.GetProperty("absoluteUrl").GetString()!,
                doc.GetProperty("relativePath").GetString()!,
                doc.GetProperty("content").GetString()!)
            {
                Id = Optional(doc, "id"),
                Description = Optional(doc, "description"),
                LogicalPath = Optional(doc, "logicalPath"),
            });
        }

        var queries = new List<FixtureQuery>();
        if (root.TryGetProperty("queries", out var queryArray))
        {
            foreach (var query in queryArray.EnumerateArray())
            {
                var limit = query.TryGetProperty("limit", out var l) ? l.GetInt32() : 8;
                Dictionary<string, IReadOnlyList<string>>? synonyms = null;
                if (query.TryGetProperty("synonyms", out var s))
                {
                    synonyms = new Dictionary<string, IReadOnlyList<string>>();
                    foreach (var entry in s.EnumerateObject())
                    {
                        var values = new List<string>();
                        foreach (var value in entry.Value.EnumerateArray())
                        {
                            values.Add(value.GetString()!);
                        }

                        synonyms[entry.Name] = values;
                    }
                }

                queries.Add(new FixtureQuery(query.GetProperty("q").GetString()!, limit, synonyms));
            }
        }

        return new FixtureInput(root.GetProperty("generatedAt").GetString()!, docs, queries);
    }

    /// <summary>
    /// The leadtype corpus as the reference indexed it (documents.json of the leadtype-corpus fixture), with
    /// the raw page source (frontmatter included; the section reader strips it) standing in for converted Markdown.
    /// </summary>
    public static (string GeneratedAt, List<SearchDocument> Docs) LeadtypeCorpusDocuments()
    {
        var corpus = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "leadtype", "docs");
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder("leadtype-corpus"), "documents.json")));
        var docs = new List<SearchDocument>();
        foreach (var doc in manifest.RootElement.GetProperty("docs").EnumerateArray())
        {
            var relativePath = doc.GetProperty("relativePath").GetString()!;
            var file = Path.Combine(corpus, relativePath + ".mdx");
            if (!File.Exists(file))
            {
                file = Path.Combine(corpus, relativePath + ".md");
            }

            docs.Add(new SearchDocument(
                doc.GetProperty("title").GetString()!,
                doc.GetProperty("urlPath").GetString()!,
                doc.GetProperty("absoluteUrl").GetString()!,
                relativePath,
                EcmaText.Trim(File.ReadAllText(file)))
            {
                Id = doc.GetProperty("id").GetString(),
                Description = doc.GetProperty("description").GetString(),
                LogicalPath = doc.GetProperty("logicalPath").GetString(),
            });
        }

        return (manifest.RootElement.GetProperty("generatedAt").GetString()!, docs);
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

internal sealed record FixtureInput(string GeneratedAt, IReadOnlyList<SearchDocument> Docs, IReadOnlyList<FixtureQuery> Queries);

internal sealed record FixtureQuery(string Query, int Limit, IReadOnlyDictionary<string, IReadOnlyList<string>>? Synonyms);
