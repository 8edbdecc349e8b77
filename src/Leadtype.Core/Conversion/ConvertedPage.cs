using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;

namespace Leadtype.Conversion;

/// <summary>
/// Everything later stages need from one converted page, computed in a single pass: the Markdown
/// mirror, its frontmatter, headings, links, the files it included, and what went wrong.
/// </summary>
public sealed class ConvertedPage
{
    private string? _markdown;

    internal ConvertedPage(
        string sourcePath,
        string body,
        PageFrontmatter frontmatter,
        IReadOnlyList<PageHeading> headings,
        IReadOnlyList<PageLink> links,
        IReadOnlyList<string> dependencies,
        IReadOnlyList<DocsDiagnostic> diagnostics)
    {
        SourcePath = sourcePath;
        Body = body;
        Frontmatter = frontmatter;
        Headings = headings;
        Links = links;
        Dependencies = dependencies;
        Diagnostics = diagnostics;
    }

    /// <summary>Docs-relative path of the <c>.mdx</c> source.</summary>
    public string SourcePath { get; }

    /// <summary>Docs-relative path of the Markdown mirror (<c>.mdx</c> → <c>.md</c>).</summary>
    public string OutputPath => OutputPathFor(SourcePath);

    /// <summary>The whole output file: frontmatter block, then the body.</summary>
    /// <remarks>Joined on first use: the generate pipeline and the source generator read the block and the body apart, and never pay for the copy.</remarks>
    public string Markdown => _markdown ??= Frontmatter.ToBlock() + Body;

    /// <summary>The flattened Markdown body (table-compacted, one trailing newline, or empty).</summary>
    public string Body { get; }

    public PageFrontmatter Frontmatter { get; }

    public string? Title => Frontmatter.Title;

    public string? Description => Frontmatter.Description;

    public IReadOnlyList<PageHeading> Headings { get; }

    public IReadOnlyList<PageLink> Links { get; }

    /// <summary>Docs-relative paths of the files this page included, in first-use order.</summary>
    public IReadOnlyList<string> Dependencies { get; }

    public IReadOnlyList<DocsDiagnostic> Diagnostics { get; }

    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static string OutputPathFor(string sourcePath) =>
        sourcePath.EndsWith(".mdx", System.StringComparison.OrdinalIgnoreCase)
            ? sourcePath.Substring(0, sourcePath.Length - 1)
            : sourcePath + ".md";
}
