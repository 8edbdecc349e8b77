using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Leadtype.Output.ProcessHost;

/// <summary>
/// The output trees the writers produce from a source folder of <c>.mdx</c> pages: the
/// <c>canonical</c> tree (every page copied to <c>&lt;prefix&gt;/&lt;path&gt;.md</c>) and an <c>old</c>
/// tree (each page prefixed with a marker line, plus stale pages under <c>legacy/</c> that the
/// canonical pass prunes). Readers use the same definitions to judge what they read.
/// </summary>
internal static class TreeVersions
{
    public const int StalePages = 5;

    private static readonly byte[] OldMarker = Encoding.UTF8.GetBytes("<!-- old version -->\n");

    public static IReadOnlyList<(string RelativePath, byte[] Content)> Build(string source, string prefix, string variant)
    {
        var pages = Directory.EnumerateFiles(source, "*.mdx", SearchOption.AllDirectories)
            .Select(path => (Relative: Path.GetRelativePath(source, path).Replace('\\', '/'), Path: path))
            .OrderBy(page => page.Relative, StringComparer.Ordinal)
            .Select(page => (prefix + "/" + page.Relative[..^".mdx".Length] + ".md", Content(File.ReadAllBytes(page.Path), variant)))
            .ToList();
        if (variant == "old")
        {
            for (var i = 0; i < StalePages; i++)
            {
                pages.Add(($"{prefix}/legacy/stale-{i}.md", Encoding.UTF8.GetBytes($"# Stale page {i}\n")));
            }
        }

        return pages;
    }

    private static byte[] Content(byte[] page, string variant) => variant switch
    {
        "canonical" => page,
        "old" => OldMarker.Concat(page).ToArray(),
        _ => throw new ArgumentException($"unknown variant '{variant}'"),
    };
}
