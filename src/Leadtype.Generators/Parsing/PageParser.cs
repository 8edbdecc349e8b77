using System;
using System.Collections.Generic;
using System.Threading;
using Leadtype.Collections;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Inputs;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;
using Leadtype.Generators.Site;
using Leadtype.Navigation;
using Leadtype.Search;

namespace Leadtype.Generators.Parsing;

/// <summary>
/// The per-page step: one <c>.mdx</c> file → <see cref="PageModel"/>, through Core's
/// <see cref="PageConverter"/> (the same conversion the CLI and the build writer run). Everything that
/// depends on this page only is done here: heading member names, locations, search input.
/// </summary>
internal static class PageParser
{

    /// <summary>Converts a page on its own; includes are recorded, not resolved (see <see cref="ResolveIncludes"/>).</summary>
    public static PageModel Parse(DocsFileInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Convert(input, files: null);
    }

    /// <summary>
    /// The include step: a page whose includes asked for other files is converted again with every
    /// docs file readable; any other page passes through unchanged (the same instance).
    /// </summary>
    public static PageModel ResolveIncludes(PageModel page, DocsFileSet files, CancellationToken cancellationToken)
    {
        if (page.Requested.IsEmpty)
        {
            return page;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return files.ByPath.TryGetValue(page.SourcePath, out var input) ? Convert(input, files) : page;
    }

    private static PageModel Convert(DocsFileInput input, DocsFileSet? files)
    {
        var source = new RecordingFileSource(files?.Texts());
        var converted = PageConverter.Convert(new PageSource(input.SourcePath, input.Text), source);
        var locator = new DiagnosticLocator(input.Text);

        var diagnostics = new List<DiagnosticInfo>(converted.Diagnostics.Count);
        foreach (var diagnostic in converted.Diagnostics)
        {
            diagnostics.Add(Locate(diagnostic, input, locator, files));
        }

        var headings = NameHeadings(converted.Headings, input, locator, diagnostics);
        var links = new LinkModel[converted.Links.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = converted.Links[i];
            links[i] = new LinkModel(link.Url, LinkSpan(input.Text, locator, link));
        }

        var data = converted.Frontmatter.Data;
        var groupLine = FrontmatterKeyLine(input.Text, "group");
        var search = FrontmatterModels.Search(data);
        var outline = new PageOutline(
            input.FullPath,
            input.SourcePath,
            converted.Title,
            converted.Description,
            headings,
            FrontmatterModels.From(data),
            FrontmatterModels.Groups(data),
            FrontmatterModels.Order(data),
            groupLine > 0 ? locator.Locate(groupLine, 1) : SourceLocation.File,
            search);
        return new PageModel(
            input.FullPath,
            input.SourcePath,
            outline,
            new PageLinksModel(input.FullPath, input.SourcePath, new EquatableArray<LinkModel>(links)),
            new PageSearchModel(input.SourcePath, search == false ? null : PrepareSearch(input.SourcePath, converted)),
            diagnostics.ToEquatableArray(),
            source.Requested.ToEquatableArray());
    }

    /// <summary>
    /// Chunks and tokenizes the page for the index now, so the site only merges. The title and description
    /// are the ones the navigation resolver gives the page (the index's document fields), computed the same way.
    /// </summary>
    private static PreparedSearchPage PrepareSearch(string sourcePath, ConvertedPage converted)
    {
        var path = DocsUrl.NormalizePath(sourcePath).TrimStart('/');
        return SearchPagePreparer.Prepare(
            PageTitle.Resolve(converted.Title, path),
            DocsUrl.NormalizeWhitespace(converted.Description),
            converted.Body.Trim(),
            SearchPayloadBuilder.Options);
    }

    // From the link's start to the end of its URL (and a closing parenthesis) when the URL is written
    // on that line as-is; else to the end of the line.
    private static SourceLocation LinkSpan(string text, DiagnosticLocator locator, PageLink link)
    {
        var line = locator.Locate(link.Line, link.Column);
        var lineEnd = line.Start + line.Length;
        var found = link.Url.Length == 0 ? -1 : text.IndexOf(link.Url, line.Start, lineEnd - line.Start, StringComparison.Ordinal);
        if (found < 0)
        {
            return line;
        }

        var end = found + link.Url.Length;
        if (end < lineEnd && text[end] == ')')
        {
            end++;
        }

        return locator.FromSpan(line.Start, end - line.Start);
    }

    // A diagnostic inside an included file points at that file when the generator has it.
    private static DiagnosticInfo Locate(DocsDiagnostic diagnostic, DocsFileInput page, DiagnosticLocator pageLocator, DocsFileSet? files)
    {
        if (diagnostic.FilePath.Length == 0 || string.Equals(diagnostic.FilePath, page.SourcePath, StringComparison.Ordinal))
        {
            return pageLocator.Locate(diagnostic, page.FullPath);
        }

        if (files is not null && files.ByPath.TryGetValue(diagnostic.FilePath, out var other))
        {
            return new DiagnosticLocator(other.Text).Locate(diagnostic, other.FullPath);
        }

        return new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, page.FullPath, SourceLocation.File, diagnostic.Message);
    }

    private static EquatableArray<HeadingModel> NameHeadings(IReadOnlyList<PageHeading> converted, DocsFileInput input, DiagnosticLocator locator, List<DiagnosticInfo> diagnostics)
    {
        var scope = new IdentifierScope(ReservedNames.DocPageMembers);
        var headings = new List<HeadingModel>(converted.Count);
        foreach (var heading in converted)
        {
            // The page title (h1) is the page itself; deep links go to sections.
            if (heading.Depth < 2 || heading.Slug.Length == 0)
            {
                continue;
            }

            var wanted = IdentifierMapper.ToPascalCase(heading.Text, ReservedNames.HeadingSuffix);
            var conflictsBefore = scope.Conflicts.Count;
            var name = scope.Claim(wanted, "#" + heading.Slug, ReservedNames.HeadingSuffix);
            headings.Add(new HeadingModel(heading.Depth, heading.Text, heading.Slug, name));
            if (scope.Conflicts.Count > conflictsBefore)
            {
                var location = heading.Line > 0 ? locator.Locate(heading.Line, 1) : SourceLocation.File;
                diagnostics.Add(NameDiagnostics.For(scope.Conflicts[conflictsBefore], input.SourcePath, input.FullPath, location));
            }
        }

        return headings.ToEquatableArray();
    }

    /// <summary>1-based line of a top-level <paramref name="key"/> in the page's frontmatter, 0 when absent.</summary>
    private static int FrontmatterKeyLine(string text, string key)
    {
        var offset = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (string.CompareOrdinal(text, offset, "---", 0, 3) != 0)
        {
            return 0;
        }

        var line = 1;
        var position = offset;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                end = text.Length;
            }

            var content = text.Substring(position, end - position).TrimEnd('\r');
            if (line > 1)
            {
                if (content == "---")
                {
                    return 0;
                }

                if (content.StartsWith(key + ":", StringComparison.Ordinal))
                {
                    return line;
                }
            }

            line++;
            position = end + 1;
        }

        return 0;
    }
}
