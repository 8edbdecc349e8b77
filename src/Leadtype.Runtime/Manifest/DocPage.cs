using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Leadtype;

/// <summary>
/// One docs page as the app sees it: what the source generator knows about an <c>.mdx</c> file.
/// The generated <c>Docs</c> class exposes each page as a typed member (<c>Docs.Guides.Install</c>);
/// pages with headings get a generated subclass whose members are those headings.
/// </summary>
public class DocPage
{
    private DocsManifest? _manifest;
    private int _index = -1;

    public DocPage(
        string sourcePath,
        string url,
        string markdownUrl,
        string title,
        string description,
        DocHeading[] headings,
        DocFrontmatter frontmatter,
        string? absoluteUrl = null)
    {
        Initialize(sourcePath, url, markdownUrl, title, description, headings, frontmatter, absoluteUrl);
    }

    /// <summary>
    /// For the page types the source generator emits (one per page with headings): the manifest fills the
    /// page in when it is loaded (<see cref="DocsManifestData.Load"/>); until then every text is empty.
    /// </summary>
    protected internal DocPage()
    {
        SourcePath = Url = MarkdownUrl = Title = Description = string.Empty;
        Headings = Array.Empty<DocHeading>();
        Frontmatter = DocFrontmatter.Empty;
    }

    /// <summary>Docs-relative source path with <c>/</c> separators (<c>guides/install.mdx</c>).</summary>
    public string SourcePath { get; private set; }

    /// <summary>Route URL (<c>/docs/guides/install</c>).</summary>
    public string Url { get; private set; }

    /// <summary>URL of the flattened Markdown mirror agents read (<c>/docs/guides/install.md</c>).</summary>
    public string MarkdownUrl { get; private set; }

    /// <summary>The route URL joined to the configured base URL, or <c>null</c> when no base URL is set.</summary>
    public string? AbsoluteUrl { get; private set; }

    public string Title { get; private set; }

    /// <summary>The page description (frontmatter, else inferred from the first paragraph); may be empty.</summary>
    public string Description { get; private set; }

    /// <summary>The page's headings (level 2 and deeper) in document order.</summary>
    public IReadOnlyList<DocHeading> Headings { get; private set; }

    public DocFrontmatter Frontmatter { get; private set; }

    /// <summary>The manifest this page belongs to.</summary>
    public DocsManifest Manifest => _manifest ?? throw new InvalidOperationException("The page is not part of a manifest yet.");

    /// <summary>The navigation group the page first appears in, or <c>null</c> for ungrouped pages.</summary>
    public DocsNavTreeGroup? Group { get; private set; }

    /// <summary>The previous page in navigation order, or <c>null</c> for the first page.</summary>
    public DocPage? Previous => _manifest is not null && _index > 0 ? _manifest.Pages[_index - 1] : null;

    /// <summary>The next page in navigation order, or <c>null</c> for the last page.</summary>
    public DocPage? Next => _manifest is not null && _index >= 0 && _index + 1 < _manifest.Pages.Count ? _manifest.Pages[_index + 1] : null;

    public override string ToString() => Url;

    [MemberNotNull(nameof(SourcePath), nameof(Url), nameof(MarkdownUrl), nameof(Title), nameof(Description), nameof(Headings), nameof(Frontmatter))]
    internal void Initialize(
        string sourcePath,
        string url,
        string markdownUrl,
        string title,
        string description,
        DocHeading[] headings,
        DocFrontmatter frontmatter,
        string? absoluteUrl)
    {
        SourcePath = sourcePath ?? throw new ArgumentNullException(nameof(sourcePath));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        MarkdownUrl = markdownUrl ?? throw new ArgumentNullException(nameof(markdownUrl));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Headings = headings ?? throw new ArgumentNullException(nameof(headings));
        Frontmatter = frontmatter ?? throw new ArgumentNullException(nameof(frontmatter));
        AbsoluteUrl = absoluteUrl;
    }

    internal void Attach(DocsManifest manifest, int index)
    {
        if (_manifest is not null && !ReferenceEquals(_manifest, manifest))
        {
            throw new InvalidOperationException("Page '" + SourcePath + "' already belongs to another manifest.");
        }

        _manifest = manifest;
        _index = index;
    }

    internal void AssignGroup(DocsNavTreeGroup group) => Group ??= group;
}
