using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Site;

/// <summary>
/// Checks one page's links against the site's link targets (LT0030 broken link, LT0031 unknown anchor).
/// Runs per page: a prose edit re-checks that page only; a changed target (a heading renamed, a page
/// added) re-checks every page.
/// </summary>
internal static class PageLinkCheck
{
    public static EquatableArray<DiagnosticInfo> Check(PageLinksModel page, LinkTargetsModel targets)
    {
        if (page.Links.IsEmpty || !targets.Contains(page.SourcePath))
        {
            return default;
        }

        List<DiagnosticInfo>? diagnostics = null;
        var checker = targets.Checker;
        foreach (var link in page.Links)
        {
            var problem = checker.Check(page.SourcePath, link.Url);
            if (problem is null)
            {
                continue;
            }

            var severity = targets.BrokenLinksAsErrors ? DocsDiagnosticSeverity.Error : problem.Descriptor.DefaultSeverity;
            (diagnostics ??= new List<DiagnosticInfo>()).Add(new DiagnosticInfo(problem.Descriptor.Id, severity, page.FullPath, link.Location, problem.Message));
        }

        return diagnostics is null ? default : diagnostics.ToEquatableArray();
    }
}
