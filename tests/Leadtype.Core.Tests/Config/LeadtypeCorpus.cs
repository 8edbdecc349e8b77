using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Config;

/// <summary>
/// The real leadtype docs in ../shared/corpora/leadtype/docs (next to the repository, as in CI),
/// and a deliberately tiny frontmatter reader for the few scalar keys navigation needs (the real
/// frontmatter parser lives on another branch).
/// </summary>
internal static class LeadtypeCorpus
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DocsDirectory => Path.Combine(RepositoryRoot, "..", "shared", "corpora", "leadtype", "docs");

    public static string ConfigPath => Path.Combine(DocsDirectory, "leadtype.json");

    public static string ReadConfigText() => File.ReadAllText(ConfigPath);

    /// <summary>Every .md/.mdx page under the docs folder, as navigation input.</summary>
    public static IReadOnlyList<NavPage> ReadPages()
    {
        var pages = new List<NavPage>();
        foreach (var file in Directory.EnumerateFiles(DocsDirectory, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (!file.EndsWith(".mdx", StringComparison.Ordinal) && !file.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(DocsDirectory, file).Replace('\\', '/');
            var frontmatter = ReadFrontmatter(File.ReadAllText(file));
            frontmatter.TryGetValue("title", out var title);
            frontmatter.TryGetValue("description", out var description);
            double? order = frontmatter.TryGetValue("order", out var orderText) && double.TryParse(orderText, NumberStyles.Float, CultureInfo.InvariantCulture, out var o) ? o : null;
            var groups = frontmatter.TryGetValue("group", out var group) ? EquatableArray.Create(group) : default;
            pages.Add(new NavPage(relative, title, description, order, groups));
        }

        return pages;
    }

    /// <summary>Top-level <c>key: value</c> scalars of a leading <c>---</c> block; quotes stripped. Enough for titles and orders.</summary>
    public static Dictionary<string, string> ReadFrontmatter(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0] != "---")
        {
            return values;
        }

        for (var i = 1; i < lines.Length && lines[i] != "---"; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var value = line.Substring(colon + 1).Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value.Substring(1, value.Length - 2);
            }

            values[line.Substring(0, colon).Trim()] = value;
        }

        return values;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Leadtype.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Leadtype.sln not found above " + AppContext.BaseDirectory);
    }
}
