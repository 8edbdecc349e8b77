using System.Collections.Generic;

namespace Leadtype.Diagnostics;

/// <summary>
/// Every diagnostic Leadtype reports, in one place. Ids are stable: once shipped an id keeps its
/// meaning forever (retired ids are listed, never reused). Ranges:
/// LT00xx pages (frontmatter, MDX, components, includes, links), LT01xx config and site,
/// LT02xx source generator, LT03xx search. Each id has a docs page at <see cref="HelpLinkFor"/>.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>Where the docs page for an id lives (docs/diagnostics/ltNNNN.mdx in this repository).</summary>
    public const string HelpLinkBase = "https://github.com/leadtype-dotnet/leadtype/blob/main/docs/diagnostics/";

    public static string HelpLinkFor(string id) => HelpLinkBase + id.ToLowerInvariant() + ".mdx";

    private const string Frontmatter = "Frontmatter";
    private const string Mdx = "Mdx";
    private const string Component = "Component";
    private const string Include = "Include";
    private const string Link = "Link";
    private const string Config = "Config";
    private const string Navigation = "Navigation";
    private const string Generator = "Generator";
    private const string Search = "Search";
    private const string Build = "Build";
    private const string Redirects = "Redirects";

    // ---- LT00xx: pages -------------------------------------------------------------------

    public static readonly DocsDiagnosticDescriptor InvalidFrontmatter = new(
        "LT0001", "Invalid frontmatter", "Frontmatter is not valid YAML: {0}", DocsDiagnosticSeverity.Error, Frontmatter);

    public static readonly DocsDiagnosticDescriptor FrontmatterNotMapping = new(
        "LT0002", "Frontmatter is not a mapping", "Frontmatter must be a YAML mapping of keys to values, but it is {0}", DocsDiagnosticSeverity.Error, Frontmatter);

    public static readonly DocsDiagnosticDescriptor MissingTitle = new(
        "LT0003", "Missing title", "Page has no title: add `title:` to the frontmatter or start the page with a `# ` heading", DocsDiagnosticSeverity.Warning, Frontmatter);

    public static readonly DocsDiagnosticDescriptor InvalidUtf8 = new(
        "LT0004", "Invalid UTF-8", "File is not valid UTF-8 (first invalid byte at offset {0}); invalid bytes were replaced with U+FFFD", DocsDiagnosticSeverity.Warning, Mdx);

    public static readonly DocsDiagnosticDescriptor MalformedJsx = new(
        "LT0010", "Malformed JSX", "{0}", DocsDiagnosticSeverity.Error, Mdx);

    public static readonly DocsDiagnosticDescriptor MalformedExpression = new(
        "LT0011", "Malformed expression", "{0}", DocsDiagnosticSeverity.Error, Mdx);

    public static readonly DocsDiagnosticDescriptor MalformedAttributeValue = new(
        "LT0012", "Unreadable attribute value", "Could not read attribute `{0}` of <{1}>: {2}", DocsDiagnosticSeverity.Warning, Component);

    public static readonly DocsDiagnosticDescriptor UnknownComponent = new(
        "LT0013", "Unknown component", "<{0}> has no flattener and is kept as text; declare it under `components` in leadtype.json to flatten it", DocsDiagnosticSeverity.Info, Component);

    public static readonly DocsDiagnosticDescriptor TypeTableNotEvaluated = new(
        "LT0014", "TypeScript type table not evaluated", "<{0}> refers to TypeScript type `{1}` in `{2}`, which Leadtype does not evaluate; a placeholder naming the type is written instead", DocsDiagnosticSeverity.Warning, Component);

    public static readonly DocsDiagnosticDescriptor InvalidComponentProps = new(
        "LT0015", "Invalid component props", "<{0}>: {1}", DocsDiagnosticSeverity.Warning, Component);

    public static readonly DocsDiagnosticDescriptor IncludeMissing = new(
        "LT0020", "Included file not found", "Included file `{0}` was not found", DocsDiagnosticSeverity.Error, Include);

    public static readonly DocsDiagnosticDescriptor IncludeCycle = new(
        "LT0021", "Include cycle", "Include cycle: {0}", DocsDiagnosticSeverity.Error, Include);

    public static readonly DocsDiagnosticDescriptor IncludeOutsideRoot = new(
        "LT0022", "Include outside the docs root", "Include `{0}` resolves outside the docs root and was refused", DocsDiagnosticSeverity.Error, Include);

    public static readonly DocsDiagnosticDescriptor IncludeSectionMissing = new(
        "LT0023", "Included section not found", "Section `#{0}` was not found in `{1}`", DocsDiagnosticSeverity.Warning, Include);

    public static readonly DocsDiagnosticDescriptor IncludeWithoutFile = new(
        "LT0024", "Include names no file", "<{0}> names no file: write the path as its text or in `src=\"…\"`; it was left as written", DocsDiagnosticSeverity.Warning, Include);

    public static readonly DocsDiagnosticDescriptor BrokenLink = new(
        "LT0030", "Broken docs link", "Link `{0}` does not match any page", DocsDiagnosticSeverity.Warning, Link);

    public static readonly DocsDiagnosticDescriptor UnknownAnchor = new(
        "LT0031", "Unknown anchor", "Anchor `#{0}` does not exist on page `{1}`", DocsDiagnosticSeverity.Warning, Link);

    // ---- LT01xx: config and site ---------------------------------------------------------

    public static readonly DocsDiagnosticDescriptor InvalidConfig = new(
        "LT0100", "Invalid config", "{0}", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor UnsupportedConfigField = new(
        "LT0101", "Unsupported config field", "`{0}` is not supported by Leadtype for .NET yet and is ignored{1}", DocsDiagnosticSeverity.Warning, Config);

    public static readonly DocsDiagnosticDescriptor UnknownNavigationPage = new(
        "LT0102", "Unknown navigation page", "Nav page \"{0}\" under \"{1}\" did not match a documentation page.{2}", DocsDiagnosticSeverity.Error, Navigation);

    public static readonly DocsDiagnosticDescriptor UnknownGroup = new(
        "LT0103", "Unknown group", "{0} declares unknown group \"{1}\"{2}", DocsDiagnosticSeverity.Error, Navigation);

    public static readonly DocsDiagnosticDescriptor DuplicateRoute = new(
        "LT0104", "Duplicate route", "Duplicate documentation route \"{0}\" — both \"{1}\" and \"{2}\" normalize to the same path.", DocsDiagnosticSeverity.Error, Navigation);

    public static readonly DocsDiagnosticDescriptor InvalidBaseUrl = new(
        "LT0105", "Invalid base URL", "Base URL `{0}` is not an absolute http(s) URL", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor CuratedLinkUnmatched = new(
        "LT0106", "Curated link matches no page", "`{0}` links to `{1}` under the docs, but no page has that URL", DocsDiagnosticSeverity.Warning, Config);

    public static readonly DocsDiagnosticDescriptor I18nNotSupported = new(
        "LT0107", "i18n not supported", "`i18n` is set, but localized docs are not supported by Leadtype for .NET yet; remove it to generate the default locale", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor InvalidTemplate = new(
        "LT0108", "Invalid template", "Template `{0}` for {1} failed: {2}", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor UnknownConfigProperty = new(
        "LT0109", "Unknown config property", "`{0}` is not a known property of {1} and is ignored{2}", DocsDiagnosticSeverity.Warning, Config);

    /// <summary>Reported as an error instead when the include entry sets <c>"required": true</c>.</summary>
    public static readonly DocsDiagnosticDescriptor NavigationIncludeEmpty = new(
        "LT0110", "Navigation include matched no pages", "Nav include \"{0}\" under \"{1}\" matched no documentation pages.", DocsDiagnosticSeverity.Warning, Navigation);

    public static readonly DocsDiagnosticDescriptor IgnoredConfigField = new(
        "LT0111", "Ignored config field", "`{0}` is ignored: {1}", DocsDiagnosticSeverity.Warning, Config);

    public static readonly DocsDiagnosticDescriptor FeedMatchedNoPages = new(
        "LT0112", "Feed matched no pages", "feed \"{0}\" matched no pages under \"{1}\"; the feed is written without entries", DocsDiagnosticSeverity.Warning, Config);

    public static readonly DocsDiagnosticDescriptor FeedPagesWithoutDates = new(
        "LT0113", "Feed pages without dates", "feed \"{0}\": pages selected by \"{1}\" are missing date or lastModified frontmatter: {2}", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor FeedNeedsBaseUrl = new(
        "LT0114", "Feeds need an absolute base URL", "configured feeds require --base-url or a deployment URL env var so RSS and Atom links are absolute (the base URL is the {0})", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor DocsDirectoryNotFound = new(
        "LT0115", "Docs directory not found", "docs directory not found at {0}", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor DocsSourceCollision = new(
        "LT0116", "Docs sources collide", "Multiple docs sources produce \"{0}\" ({1} and {2}). Rename one source file or mount source.", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor NoPages = new(
        "LT0117", "No pages", "No .mdx pages were found under {0}; nothing was generated, so existing output is not pruned", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor PageUnreadable = new(
        "LT0118", "Page could not be processed", "{0} could not be read or converted: {1}", DocsDiagnosticSeverity.Error, Config);

    public static readonly DocsDiagnosticDescriptor RedirectClaimIsLive = new(
        "LT0119", "Redirect source is a live page", "redirectFrom path \"{0}\" (claimed by {1}) is still a live page — remove the entry or the page.", DocsDiagnosticSeverity.Error, Redirects);

    public static readonly DocsDiagnosticDescriptor PagesDisappeared = new(
        "LT0120", "Pages disappeared without a redirect", "{0} docs page(s) disappeared without a redirect: {1}. Old URLs would 404 in search engines and agent indexes. Either add `redirectFrom: [<old path>]` frontmatter to each page's successor, or acknowledge intentional deletions under `redirects.removed` in the docs config to serve 410 Gone.", DocsDiagnosticSeverity.Error, Redirects);

    public static readonly DocsDiagnosticDescriptor InvalidPathsLockfile = new(
        "LT0121", "Invalid paths lockfile", "paths lockfile at \"{0}\" {1} — fix or delete it and rerun generate.", DocsDiagnosticSeverity.Error, Redirects);

    public static readonly DocsDiagnosticDescriptor RedirectsSkipped = new(
        "LT0122", "Redirect tracking skipped", "Redirect tracking is skipped when --include or --exclude filters are active.", DocsDiagnosticSeverity.Warning, Redirects);

    public static readonly DocsDiagnosticDescriptor RenameDetected = new(
        "LT0123", "Rename detected", "redirect: {0} → {1} (rename detected)", DocsDiagnosticSeverity.Info, Redirects);

    // ---- LT02xx: source generator --------------------------------------------------------

    public static readonly DocsDiagnosticDescriptor IdentifierCollision = new(
        "LT0200", "Identifier collision", "`{0}` and `{1}` both map to the identifier `{2}`; the second is named `{3}`", DocsDiagnosticSeverity.Warning, Generator);

    public static readonly DocsDiagnosticDescriptor ReservedIdentifier = new(
        "LT0201", "Reserved identifier", "`{0}` maps to `{1}`, which the generated class reserves; it is named `{2}`", DocsDiagnosticSeverity.Info, Generator);

    public static readonly DocsDiagnosticDescriptor SearchIndexNotEmbedded = new(
        "LT0202", "Search index not embedded", "The encoded search index is at least {0:N0} bytes, above LeadtypeMaxEmbeddedIndexBytes ({1:N0}); it is left out of the source and Docs.Search loads it at run time from <AssemblyName>.SearchIndex.bin, which the build copies next to the app", DocsDiagnosticSeverity.Info, Generator);

    public static readonly DocsDiagnosticDescriptor SearchIndexLarge = new(
        "LT0203", "Large embedded search index", "The embedded search index is {0:N0} bytes, above the warning size ({1:N0})", DocsDiagnosticSeverity.Warning, Generator);

    public static readonly DocsDiagnosticDescriptor RuntimeNotReferenced = new(
        "LT0204", "Leadtype runtime not referenced", "The project does not reference Leadtype.Runtime (type `Leadtype.DocPage` was not found), so the typed docs class `{0}` is not generated", DocsDiagnosticSeverity.Error, Generator);

    public static readonly DocsDiagnosticDescriptor SearchIndexNeedsCSharp11 = new(
        "LT0205", "Search index not embedded: C# 11 required", "The search index is embedded as a UTF-8 string literal, which needs C# 11 or later; it is left out of the source and Docs.Search loads it at run time from <AssemblyName>.SearchIndex.bin, which the build copies next to the app", DocsDiagnosticSeverity.Info, Generator);

    // ---- LT03xx: search ------------------------------------------------------------------

    public static readonly DocsDiagnosticDescriptor InvalidSearchSynonyms = new(
        "LT0300", "Invalid search synonyms", "search.synonyms: {0}", DocsDiagnosticSeverity.Warning, Search);

    // ---- LT04xx: MSBuild build step ------------------------------------------------------
    // Raised by build/Leadtype.targets itself (MSBuild <Error Code=…>), not by Core; catalogued here so
    // every id lives in one place. A test checks the targets file uses these ids and titles.

    public static readonly DocsDiagnosticDescriptor BuildToolNotFound = new(
        "LT0400", "Leadtype tool not found", "The leadtype tool was not found at {0}. Restore the Leadtype package again, or set LeadtypeToolPath.", DocsDiagnosticSeverity.Error, Build);

    public static readonly DocsDiagnosticDescriptor BuildGenerateFailed = new(
        "LT0401", "leadtype generate failed", "leadtype generate failed (exit code {0}); the messages above say why. The previous output in {1} was kept.", DocsDiagnosticSeverity.Error, Build);

    public static readonly DocsDiagnosticDescriptor BuildBundleMissing = new(
        "LT0402", "Bundle missing at pack time", "LeadtypeBundle is true but {0} holds no bundle; build the project before packing (dotnet pack without --no-build).", DocsDiagnosticSeverity.Error, Build);

    /// <summary>Every descriptor, ordered by id. Tests assert ids are unique and each has a docs page.</summary>
    public static IReadOnlyList<DocsDiagnosticDescriptor> All { get; } = new[]
    {
        InvalidFrontmatter, FrontmatterNotMapping, MissingTitle, InvalidUtf8,
        MalformedJsx, MalformedExpression, MalformedAttributeValue, UnknownComponent, TypeTableNotEvaluated, InvalidComponentProps,
        IncludeMissing, IncludeCycle, IncludeOutsideRoot, IncludeSectionMissing, IncludeWithoutFile,
        BrokenLink, UnknownAnchor,
        InvalidConfig, UnsupportedConfigField, UnknownNavigationPage, UnknownGroup, DuplicateRoute, InvalidBaseUrl, CuratedLinkUnmatched, I18nNotSupported, InvalidTemplate,
        UnknownConfigProperty, NavigationIncludeEmpty, IgnoredConfigField, FeedMatchedNoPages, FeedPagesWithoutDates, FeedNeedsBaseUrl,
        DocsDirectoryNotFound, DocsSourceCollision, NoPages, PageUnreadable,
        RedirectClaimIsLive, PagesDisappeared, InvalidPathsLockfile, RedirectsSkipped, RenameDetected,
        IdentifierCollision, ReservedIdentifier, SearchIndexNotEmbedded, SearchIndexLarge, RuntimeNotReferenced, SearchIndexNeedsCSharp11,
        InvalidSearchSynonyms,
        BuildToolNotFound, BuildGenerateFailed, BuildBundleMissing,
    };

    public static DocsDiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }
}
