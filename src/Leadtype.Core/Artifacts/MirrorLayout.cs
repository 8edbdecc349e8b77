using System.Collections.Generic;
using Leadtype.Model;

namespace Leadtype.Artifacts;

/// <summary>
/// Where a page's Markdown lives in the output. The mirror is always <c>docs/{relativePath}.md</c>;
/// in site mode a page whose advertised Markdown URL (<see cref="SitePage.MarkdownUrlPath"/>) is
/// elsewhere — a mounted page such as <c>/changelog/v1.md</c> — also gets a copy there, so every
/// <c>.md</c> link in llms.txt and docs/llms.txt names a file the run writes (artifacts §3.1.2).
/// </summary>
public static class MirrorLayout
{
    /// <summary>Pairs of (mirror path, copy path) for every page served outside its mirror path; empty in bundle mode.</summary>
    public static IReadOnlyList<(string MirrorPath, string CopyPath)> MountedCopies(DocsSite site)
    {
        var copies = new List<(string, string)>();
        if (site.Mode != SiteMode.Site)
        {
            return copies;
        }

        foreach (var page in site.Pages)
        {
            var served = page.MarkdownUrlPath.TrimStart('/');
            if (served != page.MirrorPath)
            {
                copies.Add((page.MirrorPath, served));
            }
        }

        return copies;
    }

    /// <summary>Every Markdown file path the run writes for its pages (mirrors, then mounted copies).</summary>
    public static ISet<string> WrittenMarkdownPaths(DocsSite site)
    {
        var paths = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            paths.Add(page.MirrorPath);
        }

        foreach (var (_, copy) in MountedCopies(site))
        {
            paths.Add(copy);
        }

        return paths;
    }
}
