using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Model;
using Leadtype.Search;

namespace Leadtype.Site;

/// <summary>A file a page read while converting (an include) and its content hash then; "" when it was missing.</summary>
public readonly record struct PageDependency(string DocsPath, string Hash);

/// <summary>
/// One converted page, reduced to what the site model and the writer need — no syntax tree is kept.
/// It is also the incremental cache entry: it is reused while the source hash, the conversion key
/// (tool build and custom components) and every dependency hash are unchanged.
/// </summary>
public sealed class PageRecord
{
    private PreparedSearchPage? _searchPage;

    public PageRecord(
        string docsPath,
        string sourceHash,
        string conversionKey,
        IReadOnlyList<PageDependency> dependencies,
        string frontmatterBlock,
        string body,
        string? title,
        string? description,
        IReadOnlyList<SiteHeading> headings,
        IReadOnlyList<string> groups,
        double? order,
        DateTimeOffset? date,
        DateTimeOffset? lastModified,
        bool draft,
        bool? search,
        SourceSpan groupSpan,
        IReadOnlyList<DocsDiagnostic> diagnostics)
    {
        DocsPath = docsPath;
        SourceHash = sourceHash;
        ConversionKey = conversionKey;
        Dependencies = dependencies;
        FrontmatterBlock = frontmatterBlock;
        Body = body;
        Title = title;
        Description = description;
        Headings = headings;
        Groups = groups;
        Order = order;
        Date = date;
        LastModified = lastModified;
        Draft = draft;
        Search = search;
        GroupSpan = groupSpan;
        Diagnostics = diagnostics;
    }

    /// <summary>Docs-relative source path (<c>guides/install.mdx</c>).</summary>
    public string DocsPath { get; }

    public string SourceHash { get; }

    public string ConversionKey { get; }

    public IReadOnlyList<PageDependency> Dependencies { get; }

    /// <summary>The mirror's frontmatter block (<c>---\n…\n---\n</c>, or empty).</summary>
    public string FrontmatterBlock { get; }

    /// <summary>The converted Markdown body.</summary>
    public string Body { get; }

    public string? Title { get; }

    public string? Description { get; }

    public IReadOnlyList<SiteHeading> Headings { get; }

    public IReadOnlyList<string> Groups { get; }

    public double? Order { get; }

    public DateTimeOffset? Date { get; }

    /// <summary>The frontmatter's <c>lastModified</c>; the git date is added by the pipeline, not cached.</summary>
    public DateTimeOffset? LastModified { get; }

    public bool Draft { get; }

    public bool? Search { get; }

    public SourceSpan GroupSpan { get; }

    /// <summary>What conversion reported, with docs-relative file paths.</summary>
    public IReadOnlyList<DocsDiagnostic> Diagnostics { get; }

    /// <summary>
    /// The page made ready for the search index (<see cref="SearchFiles.Prepare"/>), cached with the record;
    /// null when the page is not indexed or search files are not written.
    /// </summary>
    public PreparedSearchPage? SearchPage
    {
        get => _searchPage;
        internal set
        {
            _searchPage = value;

            // The stored bytes no longer describe the record.
            CacheSlot = null;
        }
    }

    /// <summary>Where this record lies in the cache page section it was loaded from, while it is unchanged since (see <see cref="BuildCache.ReuseStoredPages"/>).</summary>
    public PageSlot? CacheSlot { get; internal set; }

    /// <summary>The page section <see cref="CacheSlot"/> refers to, so a save never copies from another cache's section.</summary>
    internal byte[]? CacheSection { get; set; }

    /// <summary>
    /// The length and content hash (<see cref="Output.ContentHash"/>) of the mirror's bytes (frontmatter block, then body, UTF-8), once a run has
    /// written it: cached with the record, so a later run confirms an unchanged mirror without encoding it.
    /// </summary>
    internal (long Length, ulong Hash)? MirrorStamp { get; set; }

    /// <summary>The mirror file's text: the frontmatter block, then the body.</summary>
    public string Mirror => FrontmatterBlock + Body;

    /// <summary>The site model's view of this page, with <paramref name="gitDate"/> as the last-modified fallback.</summary>
    public SitePageInput ToSiteInput(DateTimeOffset? gitDate, string sourceFile) => new(
        DocsPath,
        Title,
        Description,
        Body,
        new EquatableArray<SiteHeading>(ToArray(Headings)),
        new EquatableArray<string>(ToArray(Groups)),
        Order,
        Date,
        LastModified ?? gitDate,
        Draft,
        Search,
        GroupSpan,
        sourceFile);

    private static T[] ToArray<T>(IReadOnlyList<T> items)
    {
        if (items is T[] array)
        {
            return array;
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return copy;
    }
}
