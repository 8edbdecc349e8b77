using System;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Navigation;

namespace Leadtype.Model;

/// <summary>
/// Everything one run publishes, as a pure value: the resolved config (with <c>--name</c> /
/// <c>--summary</c> already applied to <see cref="DocsConfig.Product"/>), the pages, the navigation
/// over them, where the site is served, and the run's reproducible timestamp. Every artifact
/// renderer is a function of this record alone. Value-equatable so the source generator can cache it.
/// </summary>
/// <param name="Mode">Site (URL-anchored artifacts) or bundle (package docs).</param>
/// <param name="Config">The validated config; product overrides from the command line already applied.</param>
/// <param name="BaseUrl">The resolved base URL (explicit, environment, or the localhost fallback).</param>
/// <param name="Mounts">The effective mounts (docs sources, then config <c>mounts</c>).</param>
/// <param name="Pages">Every converted page, ordered by <see cref="SitePage.UrlPath"/> (case-insensitive, then ordinal: navigation's order).</param>
/// <param name="Navigation">The navigation resolved over the same pages (their titles, descriptions and tables of contents).</param>
/// <param name="GeneratedAt">
/// The run's timestamp: <c>SOURCE_DATE_EPOCH</c>, else the newest page date. Never the wall clock,
/// so the same inputs give byte-identical files. It is also the <c>lastModified</c> of pages that
/// have no date of their own.
/// </param>
public sealed record DocsSite(
    SiteMode Mode,
    DocsConfig Config,
    BaseUrl BaseUrl,
    MountTable Mounts,
    EquatableArray<SitePage> Pages,
    DocsNavigation Navigation,
    DateTimeOffset GeneratedAt)
{
    public ProductConfig Product => Config.Product;

    /// <summary>The base URL without trailing slash (<c>https://acme.example</c>).</summary>
    public string BaseUrlValue => BaseUrl.Value;

    /// <summary>
    /// The base URL only when it was given explicitly (<c>--base-url</c>). The reference advertises
    /// MCP endpoints, the agent card URL and the NLWeb schema map from the flag alone, leaving them
    /// relative or out when it is absent (artifacts §2.3).
    /// </summary>
    public string? ExplicitBaseUrl => BaseUrl.Source == BaseUrlSource.Explicit ? BaseUrl.Value : null;

    /// <summary><paramref name="urlPath"/> made absolute against <see cref="BaseUrl"/>.</summary>
    public string AbsoluteUrl(string urlPath) => DocsUrl.ToAbsoluteUrl(urlPath, BaseUrl.Value);

    /// <summary>
    /// True when there is a structure to route by (curated navigation, folders, or at least one
    /// group), which is when docs/llms.txt is written.
    /// </summary>
    public bool HasRoutingStructure => Navigation.Mode != NavigationMode.Groups || !Navigation.Groups.IsEmpty;

    /// <summary>
    /// The page's <c>lastModified</c>, else its <c>date</c>, else the run timestamp. (The reference
    /// ignores <c>date</c> here and falls back to the mirror file's mtime, which changes every run.)
    /// </summary>
    public DateTimeOffset LastModifiedOf(SitePage page) => page.LastModified ?? page.Date ?? GeneratedAt;
}
