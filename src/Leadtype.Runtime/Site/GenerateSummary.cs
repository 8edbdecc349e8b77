using System.Collections.Generic;
using Leadtype.Model;

namespace Leadtype.Site;

/// <summary>Search index figures for the summary (reference §3.20.1 <c>search</c>).</summary>
public sealed record SearchStats(int Documents, int Chunks, int Terms, int IndexBytes, int ContentBytes)
{
    public int Bytes => IndexBytes + ContentBytes;
}

/// <summary>A top-level navigation group as the summary lists it.</summary>
public sealed record SummaryGroup(string Slug, string Title, string? Description);

/// <summary>A named artifact and its path relative to the output directory (<c>llmsTxt</c> → <c>llms.txt</c>).</summary>
public sealed record SummaryFile(string Key, string RelativePath);

/// <summary>A feed's output paths relative to the output directory.</summary>
public sealed record SummaryFeed(string Id, string? Rss, string? Atom);

/// <summary>
/// What a completed run produced, independent of how long it took or what it had to rewrite: the
/// part of the <c>--json</c> summary an unchanged rerun can repeat from the cache.
/// </summary>
public sealed record GenerateSummary(
    SiteMode Mode,
    string SourceDirectory,
    IReadOnlyList<string> DocsDirectories,
    string OutputDirectory,
    string ProductName,
    string ProductSummary,
    IReadOnlyList<SummaryGroup> Groups,
    IReadOnlyList<(string PathPrefix, string UrlPrefix)> Mounts,
    IReadOnlyList<SummaryFile> Files,
    IReadOnlyList<SummaryFeed> Feeds,
    SearchStats? Search,
    int Pages);
