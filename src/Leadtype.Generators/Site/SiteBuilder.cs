using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;
using Leadtype.Generators.Options;
using Leadtype.Links;

namespace Leadtype.Generators.Site;

/// <summary>
/// The site step: all page models + config + options → <see cref="SiteModel"/>. It only merges:
/// routes, navigation order, identifiers, cross-page link checks and the search index, never
/// re-reading page text.
/// </summary>
internal static class SiteBuilder
{
    public static SiteModel Build(ImmutableArray<PageModel> parsed, ConfigModel config, GeneratorOptions options, RuntimeCapabilities capabilities, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        diagnostics.AddRange(config.Diagnostics);
        if (!capabilities.HasRuntime && parsed.Length > 0)
        {
            var missing = DiagnosticCatalog.RuntimeNotReferenced;
            diagnostics.Add(new DiagnosticInfo(missing.Id, missing.DefaultSeverity, string.Empty, SourceLocation.File, missing.Format(options.ClassName)));
        }

        var pages = new List<PageModel>(parsed);
        pages.Sort((a, b) => string.CompareOrdinal(a.SourcePath, b.SourcePath));

        var routes = new List<(PageModel Page, PageRoute Route)>(pages.Count);
        var byUrl = new Dictionary<string, PageModel>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var route = InterimRoutes.For(page.SourcePath, config.Mounts);
            if (byUrl.TryGetValue(route.Url, out var first))
            {
                var duplicate = DiagnosticCatalog.DuplicateRoute;
                diagnostics.Add(new DiagnosticInfo(duplicate.Id, duplicate.DefaultSeverity, page.FullPath, SourceLocation.File, duplicate.Format(route.Url, first.SourcePath, page.SourcePath)));
                continue;
            }

            byUrl.Add(route.Url, page);
            routes.Add((page, route));
        }

        // Navigation order: until Core's navigation lands, every page is ungrouped, by URL.
        routes.Sort((a, b) => string.CompareOrdinal(a.Route.Url, b.Route.Url));

        CheckLinks(routes, config, options, diagnostics);

        var names = ClassTreeBuilder.Build(routes.ConvertAll(r => (r.Page.SourcePath, r.Page.FullPath)), options.ClassName);
        diagnostics.AddRange(names.Diagnostics);

        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl!.TrimEnd('/');
        var manifestPages = new ManifestPageModel[routes.Count];
        var ungrouped = new int[routes.Count];
        for (var i = 0; i < routes.Count; i++)
        {
            var (page, route) = routes[i];
            var headings = new ManifestHeadingModel[page.Headings.Count];
            for (var h = 0; h < headings.Length; h++)
            {
                var heading = page.Headings[h];
                headings[h] = new ManifestHeadingModel(heading.Slug, heading.Text, heading.Level, heading.MemberName);
            }

            manifestPages[i] = new ManifestPageModel(
                page.SourcePath,
                route.Url,
                route.MarkdownUrl,
                baseUrl is null ? null : baseUrl + route.Url,
                page.Title,
                page.Description,
                new EquatableArray<ManifestHeadingModel>(headings),
                page.Frontmatter,
                names.MemberNames[i],
                headings.Length == 0 ? null : names.TypeNames[i]);
            ungrouped[i] = i;
        }

        var search = new SearchPayloadModel(options.Namespace, options.ClassName, null, 0);
        var manifest = new ManifestModel(
            options.Namespace,
            options.ClassName,
            config.Product,
            baseUrl,
            new EquatableArray<ManifestPageModel>(manifestPages),
            new NavigationModel(EquatableArray<NavGroupModel>.Empty, new EquatableArray<int>(ungrouped)),
            names.Root,
            capabilities.HasRuntime,
            capabilities.HasSearch);

        return new SiteModel(manifest, search, diagnostics.ToEquatableArray());
    }

    private static void CheckLinks(List<(PageModel Page, PageRoute Route)> routes, ConfigModel config, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        var linkable = new List<LinkablePage>(routes.Count);
        foreach (var (page, route) in routes)
        {
            var anchors = new string[page.Headings.Count];
            for (var i = 0; i < anchors.Length; i++)
            {
                anchors[i] = page.Headings[i].Slug;
            }

            linkable.Add(new LinkablePage(page.SourcePath, route.Url, route.MarkdownUrl, anchors));
        }

        var prefixes = new List<string> { "/docs" };
        foreach (var mount in config.Mounts)
        {
            prefixes.Add(mount.UrlPrefix);
        }

        var checker = new DocsLinkChecker(linkable, prefixes);
        foreach (var (page, _) in routes)
        {
            foreach (var link in page.Links)
            {
                var problem = checker.Check(page.SourcePath, link.Url);
                if (problem is null)
                {
                    continue;
                }

                var severity = options.BrokenLinksAsErrors ? DocsDiagnosticSeverity.Error : problem.Descriptor.DefaultSeverity;
                diagnostics.Add(new DiagnosticInfo(problem.Descriptor.Id, severity, page.FullPath, link.Location, problem.Message));
            }
        }
    }
}
