using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;

namespace Leadtype.Navigation;

/// <summary>
/// Everything navigation resolution reads: the pages, the config's <c>navigation</c> and
/// <c>groups</c> (empty when not configured), the effective mounts, and the config file's path for
/// diagnostics located in it.
/// </summary>
public sealed record NavigationInput(
    EquatableArray<NavPage> Pages,
    EquatableArray<NavEntry> Navigation = default,
    EquatableArray<GroupConfig> Groups = default,
    MountTable? Mounts = null,
    string ConfigFile = DocsConfigReader.FileName)
{
    /// <summary>Input from a loaded config (null when there is none: the folder fallback applies).</summary>
    public static NavigationInput From(DocsConfig? config, IEnumerable<NavPage> pages, MountTable? mounts = null) =>
        new(pages.ToEquatableArray(), config?.Navigation ?? default, config?.Groups ?? default,
            mounts ?? new MountTable(config?.Mounts.Select(m => Mount.Create(m.PathPrefix, m.UrlPrefix))),
            config?.FilePath ?? DocsConfigReader.FileName);
}

/// <summary>
/// The resolved navigation, every page as navigation sees it (sorted by URL), and the diagnostics.
/// Errors (unknown page LT0102, unknown group LT0103, duplicate route LT0104, invalid or duplicate
/// slug LT0100, required include matching nothing LT0110) mean the run must stop before writing.
/// </summary>
public sealed record NavigationResult(
    DocsNavigation Navigation,
    EquatableArray<NavPageView> Pages,
    EquatableArray<DocsDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
