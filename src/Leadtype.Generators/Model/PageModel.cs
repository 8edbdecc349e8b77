using Leadtype.Collections;
using Leadtype.Search;

namespace Leadtype.Generators.Model;

/// <summary>
/// The result of the per-page step: everything later steps need from one <c>.mdx</c> file, computed
/// from that file alone, so editing one page re-parses only that page. It is split for the steps after
/// it: <see cref="Outline"/> feeds the site step, <see cref="Links"/> the per-page link check and
/// <see cref="Search"/> the index merge, so a prose edit (same outline) never reruns the site step.
/// <see cref="Requested"/> lists the docs files the page's includes asked for; a page with includes is
/// converted again, with every docs file available, in the include step.
/// </summary>
internal sealed record PageModel(
    string FullPath,
    string SourcePath,
    PageOutline Outline,
    PageLinksModel Links,
    PageSearchModel Search,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> Requested);

/// <summary>
/// What the site step needs from a page: its title, description, headings, frontmatter and navigation
/// keys. Prose and line numbers are not in it (except where <c>group:</c> is, for LT0103).
/// </summary>
internal sealed record PageOutline(
    string FullPath,
    string SourcePath,
    string? Title,
    string? Description,
    EquatableArray<HeadingModel> Headings,
    EquatableArray<FrontmatterEntryModel> Frontmatter,
    EquatableArray<string> Groups,
    double? Order,
    SourceLocation GroupLocation,
    bool? Search);

/// <summary>The outbound links of a page, checked against the site's <see cref="LinkTargetsModel"/> page by page.</summary>
internal sealed record PageLinksModel(string FullPath, string SourcePath, EquatableArray<LinkModel> Links);

/// <summary>
/// A page prepared for the search index in the per-page step (chunked and tokenized by Core's
/// <see cref="SearchPagePreparer"/>), or <c>null</c> when its frontmatter says <c>search: false</c>.
/// </summary>
internal sealed record PageSearchModel(string SourcePath, PreparedSearchPage? Prepared);
