using System.Collections.Generic;
using System.Threading;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Inputs;
using Leadtype.Generators.Model;
using Leadtype.Generators.Naming;

namespace Leadtype.Generators.Parsing;

/// <summary>
/// The per-page step: one <c>.mdx</c> file → <see cref="PageModel"/>. Everything that depends on
/// this page only is done here (conversion, heading member names, locations, search input), so the
/// site step merges without touching page text again.
/// </summary>
internal static class PageParser
{
    public static PageModel Parse(DocsFileInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var facts = InterimPageReader.Read(input.SourcePath, input.Text);
        var locator = new DiagnosticLocator(input.Text);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var diagnostic in facts.Diagnostics)
        {
            diagnostics.Add(locator.Locate(diagnostic, input.FullPath));
        }

        var headings = NameHeadings(facts, input, locator, diagnostics);
        var links = new LinkModel[facts.Links.Count];
        for (var i = 0; i < links.Length; i++)
        {
            var link = facts.Links[i];
            var start = locator.Locate(link.Line, link.Column);
            links[i] = new LinkModel(link.Url, locator.FromSpan(start.Start, link.Length));
        }

        return new PageModel(
            input.FullPath,
            input.SourcePath,
            facts.Title,
            facts.Description,
            headings,
            facts.Frontmatter.ToEquatableArray(),
            facts.Groups.ToEquatableArray(),
            facts.Order,
            facts.GroupLine > 0 ? locator.Locate(facts.GroupLine, 1) : SourceLocation.File,
            new EquatableArray<LinkModel>(links),
            new PageSearchModel(facts.Markdown),
            diagnostics.ToEquatableArray());
    }

    private static EquatableArray<HeadingModel> NameHeadings(PageFacts facts, DocsFileInput input, DiagnosticLocator locator, List<DiagnosticInfo> diagnostics)
    {
        if (facts.Headings.Count == 0)
        {
            return EquatableArray<HeadingModel>.Empty;
        }

        var scope = new IdentifierScope(ReservedNames.DocPageMembers);
        var headings = new HeadingModel[facts.Headings.Count];
        for (var i = 0; i < headings.Length; i++)
        {
            var heading = facts.Headings[i];
            var wanted = IdentifierMapper.ToPascalCase(heading.Text, "Heading");
            var conflictsBefore = scope.Conflicts.Count;
            var name = scope.Claim(wanted, "#" + heading.Slug, ReservedNames.HeadingSuffix);
            var location = locator.Locate(heading.Line, heading.Column);
            headings[i] = new HeadingModel(heading.Level, heading.Text, heading.Slug, name, location);
            if (scope.Conflicts.Count > conflictsBefore)
            {
                diagnostics.Add(NameDiagnostics.For(scope.Conflicts[conflictsBefore], input.SourcePath, input.FullPath, location));
            }
        }

        return new EquatableArray<HeadingModel>(headings);
    }
}
