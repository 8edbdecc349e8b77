using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Output;

namespace Leadtype.Runtime.Conversion;

/// <summary>
/// Converts every <c>.mdx</c> under a docs folder to the mirrored <c>.md</c> under an output folder
/// (leadtype's <c>convertAllMdx</c>). Dot-directories are skipped; every file is written, also those
/// with errors (converted as well as possible). Pages convert in parallel; the result is ordered.
/// </summary>
public sealed class DocsConverter
{
    /// <param name="sourceDirectory">The docs folder.</param>
    /// <param name="outputDirectory">Where the mirrors go.</param>
    /// <param name="displayRoot">Prefix for paths in diagnostics (what the user typed as <c>--src</c>).</param>
    public DocsConversionResult ConvertAll(string sourceDirectory, string outputDirectory, string? displayRoot = null, PageConversionOptions? options = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var root = Path.GetFullPath(sourceDirectory);
        var display = displayRoot ?? sourceDirectory;
        var sources = FindPages(root);
        var includeProblems = new ConcurrentDictionary<string, DocsDiagnostic>(StringComparer.Ordinal);
        var files = new DocsFolderFiles(root, display, includeProblems);
        var results = new ConvertedFile[sources.Count];

        // One session for the batch: the output directory's lock, atomic writes, temps of killed runs swept.
        using var session = OutputSession.Open(outputDirectory);
        var writer = new MarkdownMirrorWriter(session);
        Parallel.For(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var relative = sources[index];
            var text = SourceText.Read(Path.Combine(root, relative), relative, out var decodeProblem);
            var page = PageConverter.Convert(new PageSource(relative, text), files, options);
            writer.Write(page.OutputPath, page.Markdown);

            var diagnostics = new List<DocsDiagnostic>();
            if (decodeProblem is not null)
            {
                diagnostics.Add(decodeProblem);
            }

            diagnostics.AddRange(page.Diagnostics);
            foreach (var dependency in page.Dependencies)
            {
                if (includeProblems.TryGetValue(dependency, out var problem))
                {
                    diagnostics.Add(problem);
                }
            }

            results[index] = new ConvertedFile(relative, page.OutputPath, diagnostics.Select(d => d.WithFile(DisplayPath(display, d.FilePath))).ToList());
        });

        session.Complete();
        return new DocsConversionResult(results, stopwatch.ElapsedMilliseconds);
    }

    /// <summary>Docs-relative paths of every <c>.mdx</c> under <paramref name="root"/>, dot-directories skipped, ordinal order.</summary>
    internal static List<string> FindPages(string root)
    {
        var pages = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(directory, "*.mdx"))
            {
                pages.Add(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'));
            }

            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                if (!Path.GetFileName(child).StartsWith(".", StringComparison.Ordinal))
                {
                    pending.Push(child);
                }
            }
        }

        pages.Sort(StringComparer.Ordinal);
        return pages;
    }

    private static string DisplayPath(string displayRoot, string docsRelative) =>
        displayRoot.Length == 0 ? docsRelative : Path.Combine(displayRoot, docsRelative.Replace('/', Path.DirectorySeparatorChar));
}
