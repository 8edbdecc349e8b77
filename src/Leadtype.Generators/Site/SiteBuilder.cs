using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Diagnostics;
using Leadtype.Generators.Model;
using Leadtype.Generators.Options;
using Leadtype.Links;
using Leadtype.Navigation;

namespace Leadtype.Generators.Site;

/// <summary>
/// The site step: all page models + config + options → <see cref="SiteModel"/>. It merges and never
/// re-reads page text: Core's navigation resolver (routes, mounts, navigation order, duplicate
/// routes, unknown navigation pages and groups), cross-page link checks, identifiers, search index.
/// </summary>
internal static class SiteBuilder
{
    public static SiteModel Build(ImmutableArray<PageOutline> parsed, ConfigModel config, GeneratorOptions options, RuntimeCapabilities capabilities, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        diagnostics.AddRange(config.Diagnostics);
        if (!capabilities.HasRuntime && parsed.Length > 0)
        {
            var missing = DiagnosticCatalog.RuntimeNotReferenced;
            diagnostics.Add(new DiagnosticInfo(missing.Id, missing.DefaultSeverity, string.Empty, SourceLocation.File, missing.Format(options.ClassName)));
        }

        var baseUrl = ResolveBaseUrl(options, diagnostics);

        var byRelativePath = new Dictionary<string, PageOutline>(parsed.Length, StringComparer.Ordinal);
        var navPages = new List<NavPage>(parsed.Length);
        foreach (var page in parsed)
        {
            byRelativePath[DocsUrl.StripExtension(page.SourcePath)] = page;
            var group = page.GroupLocation;
            navPages.Add(new NavPage(
                page.SourcePath,
                page.Title,
                page.Description,
                page.Order,
                page.Groups,
                group.Equals(SourceLocation.File) ? default : new SourceSpan(group.StartLine + 1, group.StartColumn + 1),
                page.SourcePath));
        }

        var mounts = DocsSource.EffectiveMounts(DocsSource.Parse(null).Sources, config.Config?.Mounts);
        var navigationInput = NavigationInput.From(config.Config, navPages, mounts);
        var resolved = NavigationResolver.Resolve(navigationInput);
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var diagnostic in resolved.Diagnostics)
        {
            diagnostics.Add(LocateSiteDiagnostic(diagnostic, config, navigationInput.ConfigFile, byRelativePath));
        }

        if (config.Config is { } docsConfig)
        {
            foreach (var diagnostic in CuratedLinkCheck.Check(docsConfig, resolved.Pages, mounts))
            {
                diagnostics.Add(LocateSiteDiagnostic(diagnostic, config, navigationInput.ConfigFile, byRelativePath));
            }
        }

        // Reading order (groups depth-first, then ungrouped, then the rest by URL): the manifest's
        // page order and therefore Previous/Next.
        var ordered = resolved.Navigation.PagesInReadingOrder(resolved.Pages);
        var pages = new List<(PageOutline Page, NavPageView View)>(ordered.Count);
        var indexByUrl = new Dictionary<string, int>(ordered.Count, StringComparer.Ordinal);
        foreach (var view in ordered)
        {
            if (byRelativePath.TryGetValue(view.RelativePath, out var page))
            {
                indexByUrl[view.UrlPath] = pages.Count;
                pages.Add((page, view));
            }
        }

        var linkTargets = LinkTargets(pages, mounts, options);

        var names = ClassTreeBuilder.Build(pages.ConvertAll(p => (p.Page.SourcePath, p.Page.FullPath)), options.ClassName);
        diagnostics.AddRange(names.Diagnostics);

        var manifestPages = new ManifestPageModel[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            var (page, view) = pages[i];
            var headings = new ManifestHeadingModel[page.Headings.Count];
            for (var h = 0; h < headings.Length; h++)
            {
                var heading = page.Headings[h];
                headings[h] = new ManifestHeadingModel(heading.Slug, heading.Text, heading.Level, heading.MemberName);
            }

            manifestPages[i] = new ManifestPageModel(
                page.SourcePath,
                view.UrlPath,
                view.MarkdownUrlPath,
                baseUrl is null ? null : DocsUrl.ToAbsoluteUrl(view.UrlPath, baseUrl),
                view.Title,
                view.Description,
                new EquatableArray<ManifestHeadingModel>(headings),
                page.Frontmatter,
                names.MemberNames[i],
                headings.Length == 0 ? null : names.TypeNames[i]);
        }

        var search = SearchSite(pages, baseUrl, options, capabilities);

        var product = config.Config?.Product is { } configured ? ProductModel.From(configured) : ProductModel.From(new Config.DocsConfig().Product);
        var manifest = new ManifestModel(
            options.Namespace,
            options.ClassName,
            product,
            baseUrl,
            new EquatableArray<ManifestPageModel>(manifestPages),
            new NavigationModel(Groups(resolved.Navigation.Groups, indexByUrl), Indices(resolved.Navigation.Ungrouped, indexByUrl)),
            names.Root,
            capabilities.HasRuntime,
            capabilities.HasSearch,
            Synonyms(config.Config),
            options.SupportsUtf8Literals);

        return new SiteModel(manifest, linkTargets, search, diagnostics.ToEquatableArray());
    }

    private static string? ResolveBaseUrl(GeneratorOptions options, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return null;
        }

        // Only the explicit MSBuild property counts: the generator never reads the environment.
        var (url, error) = BaseUrl.Resolve(options.BaseUrl, static _ => null);
        if (error is not null)
        {
            diagnostics.Add(new DiagnosticInfo(error.Id, error.Severity, string.Empty, SourceLocation.File, error.Message.Replace("--base-url", "LeadtypeBaseUrl")));
            return null;
        }

        return url!.Value;
    }

    private static DiagnosticInfo LocateSiteDiagnostic(DocsDiagnostic diagnostic, ConfigModel config, string configFile, Dictionary<string, PageOutline> pages)
    {
        if (config.FullPath.Length > 0 && string.Equals(diagnostic.FilePath, configFile, StringComparison.Ordinal))
        {
            return new DiagnosticLocator(config.Text).Locate(diagnostic, config.FullPath);
        }

        if (pages.TryGetValue(DocsUrl.StripExtension(diagnostic.FilePath), out var page))
        {
            // The page text is not kept after its own step; the page step recorded where `group:` is.
            var location = diagnostic.Id == DiagnosticCatalog.UnknownGroup.Id ? page.GroupLocation
                : diagnostic.Line > 0 ? new SourceLocation(0, 0, diagnostic.Line - 1, Math.Max(diagnostic.Column, 1) - 1, diagnostic.Line - 1, Math.Max(diagnostic.Column, 1) - 1)
                : SourceLocation.File;
            return new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, page.FullPath, location, diagnostic.Message);
        }

        return new DiagnosticInfo(diagnostic.Id, diagnostic.Severity, config.FullPath, SourceLocation.File, diagnostic.Message);
    }

    private static LinkTargetsModel LinkTargets(List<(PageOutline Page, NavPageView View)> pages, MountTable mounts, GeneratorOptions options)
    {
        var targets = new LinkTargetModel[pages.Count];
        for (var p = 0; p < targets.Length; p++)
        {
            var (page, view) = pages[p];
            var anchors = new string[page.Headings.Count];
            for (var i = 0; i < anchors.Length; i++)
            {
                anchors[i] = page.Headings[i].Slug;
            }

            targets[p] = new LinkTargetModel(page.SourcePath, view.UrlPath, view.MarkdownUrlPath, new EquatableArray<string>(anchors));
        }

        var prefixes = new List<string>();
        foreach (var mount in mounts.Mounts)
        {
            prefixes.Add(mount.UrlPrefix);
        }

        return new LinkTargetsModel(new EquatableArray<LinkTargetModel>(targets), prefixes.ToEquatableArray(), options.BrokenLinksAsErrors);
    }

    // The index lists pages in source-path order, as the reference enumerates them.
    private static SearchSiteModel SearchSite(List<(PageOutline Page, NavPageView View)> pages, string? baseUrl, GeneratorOptions options, RuntimeCapabilities capabilities)
    {
        var entries = new List<SearchEntryModel>(capabilities.HasRuntime && options.EmbedSearchIndex ? pages.Count : 0);
        if (capabilities.HasRuntime && options.EmbedSearchIndex)
        {
            foreach (var (page, view) in pages)
            {
                var absolute = baseUrl is null ? view.UrlPath : baseUrl + view.UrlPath;
                entries.Add(new SearchEntryModel(page.SourcePath, view.Title, view.Description, view.UrlPath, absolute, view.RelativePath, page.Search));
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.SourcePath, b.SourcePath));
        }

        return new SearchSiteModel(
            options.Namespace,
            options.ClassName,
            capabilities.HasRuntime && capabilities.HasSearch,
            options.EmbedSearchIndex && capabilities.HasRuntime,
            options.SupportsUtf8Literals,
            options.MaxEmbeddedIndexBytes,
            options.EmbeddedIndexWarningBytes,
            entries.ToEquatableArray());
    }

    private static EquatableArray<SearchSynonymModel> Synonyms(Config.DocsConfig? config)
    {
        var synonyms = new List<SearchSynonymModel>();
        if (config is not null)
        {
            foreach (var synonym in config.Search.Synonyms)
            {
                synonyms.Add(new SearchSynonymModel(synonym.Term, synonym.Alternatives));
            }
        }

        return synonyms.ToEquatableArray();
    }

    private static EquatableArray<NavGroupModel> Groups(EquatableArray<NavGroup> groups, Dictionary<string, int> indexByUrl)
    {
        var models = new NavGroupModel[groups.Count];
        for (var i = 0; i < models.Length; i++)
        {
            var group = groups[i];
            models[i] = new NavGroupModel(group.Slug, group.Title, group.Description, group.Optional, Indices(group.Pages, indexByUrl), Groups(group.Children, indexByUrl));
        }

        return new EquatableArray<NavGroupModel>(models);
    }

    private static EquatableArray<int> Indices(EquatableArray<NavPageView> views, Dictionary<string, int> indexByUrl)
    {
        var indices = new List<int>(views.Count);
        foreach (var view in views)
        {
            if (indexByUrl.TryGetValue(view.UrlPath, out var index))
            {
                indices.Add(index);
            }
        }

        return indices.ToEquatableArray();
    }
}
