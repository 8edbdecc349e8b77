using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Model;

namespace Leadtype.Site;

/// <summary>
/// Converts one page of the docs tree with Core's <see cref="PageConverter"/> (the conversion the
/// source generator runs too) and keeps only a <see cref="PageRecord"/>, so the syntax tree is
/// garbage as soon as the page is done.
/// </summary>
internal static class PageConversion
{
    public static PageRecord Convert(DocsTree tree, SourceFile file, PageConversionOptions options, string conversionKey)
    {
        var bytes = tree.ReadBytes(file);
        var sourceHash = tree.HashOf(file);
        var text = DocsTree.Decode(bytes, file.DocsPath, out var decodeProblem);
        var files = new RecordingFiles(tree);
        var converted = PageConverter.Convert(new PageSource(file.DocsPath, text), files, options);

        // Every file the page asked for, found or not: creating a missing include must re-convert its includer.
        var dependencies = new PageDependency[files.Requested.Count];
        for (var i = 0; i < dependencies.Length; i++)
        {
            var path = files.Requested[i];
            dependencies[i] = new PageDependency(path, tree.HashOf(path));
        }

        var headings = new SiteHeading[converted.Headings.Count];
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = converted.Headings[i];
            headings[i] = new SiteHeading(heading.Depth, heading.Text, heading.Slug);
        }

        var diagnostics = new List<DocsDiagnostic>(converted.Diagnostics.Count + 1);
        if (decodeProblem is not null)
        {
            diagnostics.Add(decodeProblem);
        }

        diagnostics.AddRange(converted.Diagnostics);
        foreach (var dependency in files.Requested)
        {
            if (tree.DecodeProblemOf(dependency) is { } problem)
            {
                diagnostics.Add(problem);
            }
        }

        // The frontmatter values artifacts read, mapped by the same rules the site model's tests use.
        var input = ConvertedPageInput.From(converted);
        var groups = ToArray(input.Groups);
        return new PageRecord(
            file.DocsPath,
            sourceHash,
            conversionKey,
            dependencies,
            converted.Frontmatter.ToBlock(),
            converted.Body,
            converted.Title,
            converted.Description,
            headings,
            groups,
            input.Order,
            input.Date,
            input.LastModified,
            input.Draft,
            input.Search,
            groups.Length == 0 ? default : FrontmatterKeys.SpanOf(text, "group"),
            diagnostics);
    }

    /// <summary>Whether a cached record still describes the page: same source, same conversion, same included files.</summary>
    public static bool IsCurrent(PageRecord record, DocsTree tree, SourceFile file, string conversionKey)
    {
        if (!string.Equals(record.ConversionKey, conversionKey, StringComparison.Ordinal)
            || !string.Equals(record.SourceHash, tree.HashOf(file), StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var dependency in record.Dependencies)
        {
            // A dependency recorded missing ("") is current while it is still missing: the page would convert
            // the same, and its cached diagnostics (LT0020) are reported again. Creating it re-converts the page,
            // which matters for the docs-root fallback too (a file created beside the page wins over the root's).
            if (!string.Equals(tree.HashOf(dependency.DocsPath), dependency.Hash, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads through the tree and remembers every path asked for, in first-request order.</summary>
    private sealed class RecordingFiles : IDocsFileSource
    {
        private readonly DocsTree _tree;
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public RecordingFiles(DocsTree tree) => _tree = tree;

        public List<string> Requested { get; } = new();

        public bool TryRead(string docsRelativePath, out string text)
        {
            if (_seen.Add(docsRelativePath))
            {
                Requested.Add(docsRelativePath);
            }

            return _tree.TryRead(docsRelativePath, out text);
        }
    }

    private static string[] ToArray(EquatableArray<string> items)
    {
        if (items.IsEmpty)
        {
            return Array.Empty<string>();
        }

        var array = new string[items.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = items[i];
        }

        return array;
    }
}
