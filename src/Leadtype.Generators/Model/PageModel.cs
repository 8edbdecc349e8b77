using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// The result of the per-page step: everything the site step needs from one <c>.mdx</c> file,
/// computed from that file alone, so editing one page re-parses only that page.
/// </summary>
internal sealed record PageModel(
    string FullPath,
    string SourcePath,
    string Title,
    string Description,
    EquatableArray<HeadingModel> Headings,
    EquatableArray<FrontmatterEntryModel> Frontmatter,
    EquatableArray<string> Groups,
    double? Order,
    SourceLocation GroupLocation,
    EquatableArray<LinkModel> Links,
    PageSearchModel Search,
    EquatableArray<DiagnosticInfo> Diagnostics);
