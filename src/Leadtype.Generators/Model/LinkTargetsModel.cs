using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Links;

namespace Leadtype.Generators.Model;

/// <summary>
/// Every page a link can point at (routes, mirrors, anchors) and the docs URL prefixes, from the site
/// step. Compared by value; the checker built from it is cached on the instance, so checking the links
/// of one edited page does not rebuild it.
/// </summary>
internal sealed class LinkTargetsModel : System.IEquatable<LinkTargetsModel>
{
    private DocsLinkChecker? _checker;
    private HashSet<string>? _sources;

    public LinkTargetsModel(EquatableArray<LinkTargetModel> pages, EquatableArray<string> urlPrefixes, bool brokenLinksAsErrors)
    {
        Pages = pages;
        UrlPrefixes = urlPrefixes;
        BrokenLinksAsErrors = brokenLinksAsErrors;
    }

    public EquatableArray<LinkTargetModel> Pages { get; }

    public EquatableArray<string> UrlPrefixes { get; }

    public bool BrokenLinksAsErrors { get; }

    public DocsLinkChecker Checker => _checker ??= BuildChecker();

    /// <summary>Whether the page is part of the site (a page that lost a duplicate route is not, and its links are not checked).</summary>
    public bool Contains(string sourcePath) => (_sources ??= BuildSources()).Contains(sourcePath);

    public bool Equals(LinkTargetsModel? other) =>
        other is not null && (ReferenceEquals(this, other) || (BrokenLinksAsErrors == other.BrokenLinksAsErrors && UrlPrefixes.Equals(other.UrlPrefixes) && Pages.Equals(other.Pages)));

    public override bool Equals(object? obj) => Equals(obj as LinkTargetsModel);

    public override int GetHashCode() => (Pages.Count * 31) + (BrokenLinksAsErrors ? 1 : 0);

    private DocsLinkChecker BuildChecker()
    {
        var pages = new List<LinkablePage>(Pages.Count);
        foreach (var page in Pages)
        {
            pages.Add(new LinkablePage(page.SourcePath, page.Url, page.MarkdownUrl, page.Anchors));
        }

        return new DocsLinkChecker(pages, UrlPrefixes);
    }

    private HashSet<string> BuildSources()
    {
        var sources = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            sources.Add(page.SourcePath);
        }

        return sources;
    }
}

/// <summary>A page as a link target: source path, route, Markdown mirror and heading anchors.</summary>
internal sealed record LinkTargetModel(string SourcePath, string Url, string MarkdownUrl, EquatableArray<string> Anchors);
