using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Conformance;

/// <summary>One extracted conformance case (Cases/CC-NN) with its scope entry (scope.json).</summary>
internal sealed class ConformanceCase
{
    private static readonly Lazy<IReadOnlyDictionary<string, ConformanceCase>> All = new(Load);

    public required string Id { get; init; }

    public required string Folder { get; init; }

    public string? File { get; init; }

    public string? Pipeline { get; init; }

    public required string Status { get; init; }

    public string? Reason { get; init; }

    public string? Difference { get; init; }

    public string? InputPatch { get; init; }

    public IReadOnlyList<string> Diagnostics { get; init; } = Array.Empty<string>();

    public string? Tests { get; init; }

    public static IReadOnlyDictionary<string, ConformanceCase> Cases => All.Value;

    public static string CasesDirectory => RepositoryPaths.InRepository("tests", "Leadtype.Core.Tests", "Conformance", "Cases");

    public string Input
    {
        get
        {
            var input = ReadText("input.mdx") ?? throw new InvalidOperationException(Id + " has no input.mdx");
            return InputPatch == "drop-autotypetable" ? DropLines(input, "<AutoTypeTable") : input;
        }
    }

    /// <summary>The output to compare with: ours for a deliberate difference, else the reference's.</summary>
    public string? Expected
    {
        get
        {
            if (Status == "deliberate")
            {
                return ReadText("expected.ours.md");
            }

            var expected = ReadText("expected.md");
            return expected is not null && InputPatch == "drop-autotypetable" ? DropTypeTable(expected) : expected;
        }
    }

    public string? OriginalExpected => ReadText("expected.md");

    public InMemoryDocsFiles ExtraFiles()
    {
        var files = new InMemoryDocsFiles();
        var root = Path.Combine(Folder, "files");
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            {
                files.Add(Path.GetRelativePath(root, path).Replace('\\', '/'), System.IO.File.ReadAllText(path));
            }
        }

        return files;
    }

    public PageConversionOptions Options() => Pipeline switch
    {
        "include+default" => new PageConversionOptions { ResolveIncludes = true, Flatten = true },
        "none" => new PageConversionOptions { ResolveIncludes = false, Flatten = false, RewriteMdxLinks = false },
        _ => new PageConversionOptions { ResolveIncludes = false, Flatten = true },
    };

    private string? ReadText(string name)
    {
        var path = Path.Combine(Folder, name);
        return System.IO.File.Exists(path) ? System.IO.File.ReadAllText(path) : null;
    }

    private static string DropLines(string text, string marker) =>
        string.Join("\n", text.Split('\n').Where(line => !line.Contains(marker, StringComparison.Ordinal)));

    /// <summary>Removes the five-column type table (and the blank line before it) from CC-37's expected output.</summary>
    private static string DropTypeTable(string text)
    {
        var lines = text.Split('\n').ToList();
        var start = lines.FindIndex(line => line.StartsWith("|Property|Type|", StringComparison.Ordinal));
        if (start < 0)
        {
            return text;
        }

        var end = start;
        while (end < lines.Count && lines[end].StartsWith("|", StringComparison.Ordinal))
        {
            end++;
        }

        lines.RemoveRange(start, end - start);
        if (start > 0 && lines[start - 1].Length == 0)
        {
            lines.RemoveAt(start - 1);
        }

        return string.Join("\n", lines);
    }

    private static IReadOnlyDictionary<string, ConformanceCase> Load()
    {
        var scopePath = RepositoryPaths.InRepository("tests", "Leadtype.Core.Tests", "Conformance", "scope.json");
        using var scope = JsonDocument.Parse(System.IO.File.ReadAllText(scopePath));
        var entries = scope.RootElement.GetProperty("cases");
        var cases = new SortedDictionary<string, ConformanceCase>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(CasesDirectory))
        {
            using var meta = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, "case.json")));
            var id = meta.RootElement.GetProperty("id").GetString()!;
            if (!entries.TryGetProperty(id, out var entry))
            {
                throw new InvalidOperationException(id + " has no entry in scope.json");
            }

            cases[id] = new ConformanceCase
            {
                Id = id,
                Folder = folder,
                File = meta.RootElement.TryGetProperty("file", out var file) ? file.GetString() : null,
                Pipeline = meta.RootElement.TryGetProperty("pipeline", out var pipeline) ? pipeline.GetString() : null,
                Status = entry.GetProperty("status").GetString()!,
                Reason = entry.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
                Difference = entry.TryGetProperty("difference", out var difference) ? difference.GetString() : null,
                InputPatch = entry.TryGetProperty("inputPatch", out var patch) ? patch.GetString() : null,
                Tests = entry.TryGetProperty("tests", out var tests) ? tests.GetString() : null,
                Diagnostics = entry.TryGetProperty("diagnostics", out var diagnostics)
                    ? diagnostics.EnumerateArray().Select(d => d.GetString()!).ToArray()
                    : Array.Empty<string>(),
            };
        }

        return cases;
    }
}
