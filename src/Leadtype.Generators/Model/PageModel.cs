using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// The result of the per-page step: everything the site step needs from one <c>.mdx</c> file,
/// computed from that file alone, so editing one page re-parses only that page.
/// <see cref="Requested"/> lists the docs files the page's includes asked for; a page with
/// includes is converted again, with every docs file available, in the include step.
/// </summary>
internal sealed record PageModel(
    string FullPath,
    string SourcePath,
    string? Title,
    string? Description,
    EquatableArray<HeadingModel> Headings,
    EquatableArray<FrontmatterEntryModel> Frontmatter,
    EquatableArray<string> Groups,
    double? Order,
    SourceLocation GroupLocation,
    EquatableArray<LinkModel> Links,
    PageSearchModel Search,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> Requested);
