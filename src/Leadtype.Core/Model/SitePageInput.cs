using System;
using Leadtype.Collections;
using Leadtype.Diagnostics;

namespace Leadtype.Model;

/// <summary>
/// What the site model needs from one converted page: its docs-relative source path, the
/// frontmatter values artifacts read, and the converted Markdown body. The pipeline (and the
/// source generator) map each converted page to one of these.
/// </summary>
/// <param name="SourcePath">Docs-relative source path, either separator (<c>guides\index.mdx</c>).</param>
/// <param name="Title">Frontmatter or synthesized title; null or blank falls back to the first H1, then the file name.</param>
/// <param name="Description">Frontmatter or synthesized description.</param>
/// <param name="LastModified">Frontmatter <c>lastModified</c>/<c>last_updated</c>/<c>lastUpdated</c>, else a git or file date the pipeline found.</param>
/// <param name="GroupSpan">Where <c>group:</c> is written, so an unknown group is reported there.</param>
/// <param name="SourceFile">The path diagnostics name for this page (defaults to <paramref name="SourcePath"/>).</param>
public sealed record SitePageInput(
    string SourcePath,
    string? Title,
    string? Description,
    string Body,
    EquatableArray<SiteHeading> Headings = default,
    EquatableArray<string> Groups = default,
    double? Order = null,
    DateTimeOffset? Date = null,
    DateTimeOffset? LastModified = null,
    bool Draft = false,
    bool? Search = null,
    SourceSpan GroupSpan = default,
    string? SourceFile = null);
