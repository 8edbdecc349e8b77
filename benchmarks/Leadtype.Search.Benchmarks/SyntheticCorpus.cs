using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Leadtype.Search;

namespace Leadtype.Search.Benchmarks;

/// <summary>
/// The synthetic MDX corpus from ../shared/tools/make-corpus, generated once per size into the temp folder
/// (never committed). Pages become search documents by a crude flattening: the frontmatter gives the title and
/// description, and the MDX body is used as the Markdown content as it is (components and all).
/// </summary>
public static class SyntheticCorpus
{
    private static readonly Regex Frontmatter = new("^---\\n(.*?)\\n---\\n?", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    public static IReadOnlyList<SearchDocument> Pages(int count)
    {
        var root = Generate(count);
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.mdx", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var pages = new List<SearchDocument>(files.Length);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(Path.Combine(root, "docs"), file).Replace('\\', '/');
            relative = relative.Substring(0, relative.Length - ".mdx".Length);
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var match = Frontmatter.Match(text);
            var frontmatter = match.Success ? match.Groups[1].Value : string.Empty;
            var body = match.Success ? text.Substring(match.Length) : text;
            var urlRest = relative == "index" ? string.Empty : relative.EndsWith("/index", StringComparison.Ordinal) ? relative[..^"/index".Length] : relative;
            var urlPath = urlRest.Length == 0 ? "/docs" : "/docs/" + urlRest;
            pages.Add(new SearchDocument(Field(frontmatter, "title") ?? Path.GetFileName(relative), urlPath, "https://acme.example" + urlPath, relative, body.Trim())
            {
                Id = urlPath,
                Description = Field(frontmatter, "description"),
                LogicalPath = relative,
            });
        }

        return pages;
    }

    public static IReadOnlyList<string> Queries()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "queries.txt"));
        return lines.Where(l => l.Length > 0).ToArray();
    }

    private static string? Field(string frontmatter, string name)
    {
        var match = Regex.Match(frontmatter, "^" + name + ":\\s*(.*)$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value.Trim().Trim('"', '\'') : null;
    }

    private static string Generate(int count)
    {
        var output = Path.Combine(Path.GetTempPath(), $"leadtype-search-bench-corpus-{count}");
        var marker = Path.Combine(output, ".complete");
        if (File.Exists(marker))
        {
            return output;
        }

        var tool = Path.Combine(RepositoryRoot(), "..", "shared", "tools", "make-corpus");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("node", $"\"{tool}\" --pages {count} --out \"{output}\"") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"make-corpus failed with exit code {process.ExitCode}");
        }

        File.WriteAllText(marker, "ok");
        return output;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Leadtype.sln not found");
    }
}
