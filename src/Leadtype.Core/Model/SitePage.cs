using System;
using Leadtype.Collections;

namespace Leadtype.Model;

/// <summary>
/// One docs page as every site artifact sees it: where it comes from, where it is served, and the
/// converted Markdown it publishes. Value-equatable so the source generator can cache it.
/// </summary>
/// <remarks>
/// The TypeScript original reads pages twice — from the source MDX for llms.txt, docs/llms.txt and
/// AGENTS.md, and from the converted mirrors for everything else — and the two disagree for pages
/// without frontmatter (title from the file name vs. from the first heading) and for plain
/// <c>.md</c> sources that are listed but never written. Here there is one page model, built from
/// the converted page, so every artifact agrees and every listed Markdown URL is a written file.
/// </remarks>
/// <param name="SourcePath">Docs-relative source path with extension (<c>guides/index.mdx</c>).</param>
/// <param name="RelativePath">Output-relative path without extension (<c>guides/index</c>); the mirror is <c>docs/{RelativePath}.md</c>.</param>
/// <param name="UrlPath">Canonical HTML URL path after mounts and index stripping (<c>/docs/guides</c>).</param>
/// <param name="MarkdownUrlPath">URL path of a Markdown file the run writes for this page (<c>/docs/guides/index.md</c>, <c>/changelog/v1.md</c>).</param>
/// <param name="Title">Frontmatter title, else the first H1, else a title made from the file name.</param>
/// <param name="Description">Frontmatter (or synthesized) description, whitespace collapsed; empty when none.</param>
/// <param name="Groups">Frontmatter <c>group</c> slugs (trimmed, non-empty), in authored order.</param>
/// <param name="Order">Frontmatter <c>order</c> when it is a finite number.</param>
/// <param name="Date">Frontmatter <c>date</c> (publication date, feeds).</param>
/// <param name="LastModified">Frontmatter <c>lastModified</c> / <c>last_updated</c> / <c>lastUpdated</c>, else the git date the pipeline found.</param>
/// <param name="Draft">Frontmatter <c>draft: true</c> (excluded from feeds).</param>
/// <param name="Search">Frontmatter <c>search</c> when it is a boolean (opts in/out of the search index).</param>
/// <param name="Body">The converted Markdown after the frontmatter block, as written to the mirror.</param>
/// <param name="Headings">Every heading of the converted body, in order, with de-duplicated anchor ids.</param>
public sealed record SitePage(
    string SourcePath,
    string RelativePath,
    string UrlPath,
    string MarkdownUrlPath,
    string Title,
    string Description,
    EquatableArray<string> Groups,
    double? Order,
    DateTimeOffset? Date,
    DateTimeOffset? LastModified,
    bool Draft,
    bool? Search,
    string Body,
    EquatableArray<SiteHeading> Headings)
{
    /// <summary>The mirror file, relative to the output directory (<c>docs/guides/index.md</c>).</summary>
    public string MirrorPath => "docs/" + RelativePath + ".md";

    /// <summary><see cref="Description"/>, or the fallback the reference uses in link lists: <c>Reference page for {title lower-cased}.</c></summary>
    public string DescriptionOrReferenceFallback =>
        Description.Length > 0 ? Description : "Reference page for " + Title.ToLowerInvariant() + ".";

    /// <summary><see cref="Description"/>, or the fallback llms-full.txt and curated links use: <c>Entry point for {title} documentation.</c></summary>
    public string DescriptionOrEntryPointFallback =>
        Description.Length > 0 ? Description : "Entry point for " + Title + " documentation.";
}
