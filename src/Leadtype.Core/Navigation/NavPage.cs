using Leadtype.Collections;
using Leadtype.Diagnostics;

namespace Leadtype.Navigation;

/// <summary>
/// What navigation needs to know about one source page: its docs-relative path (with extension,
/// either separator), and the frontmatter values navigation reads (config-cli §2.16).
/// </summary>
/// <param name="Path">Docs-relative source path such as <c>guides/install.mdx</c>.</param>
/// <param name="Title">Frontmatter <c>title</c> (null or blank: derived from the file name).</param>
/// <param name="Description">Frontmatter <c>description</c>.</param>
/// <param name="Order">Frontmatter <c>order</c>, when it is a finite number.</param>
/// <param name="Groups">Frontmatter <c>group</c> (a string or a list), for legacy groups.</param>
/// <param name="GroupSpan">Where <c>group:</c> is written in the page, so an unknown group (LT0103) points there.</param>
/// <param name="SourceFile">The path diagnostics name for this page (defaults to <paramref name="Path"/>).</param>
/// <param name="Toc">The page's table of contents (see <see cref="TableOfContents"/>); empty when not computed.</param>
public sealed record NavPage(
    string Path,
    string? Title = null,
    string? Description = null,
    double? Order = null,
    EquatableArray<string> Groups = default,
    SourceSpan GroupSpan = default,
    string? SourceFile = null,
    EquatableArray<TocItem> Toc = default);
