using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>The site step's result, split so each later step reruns only when its part changes.</summary>
internal sealed record SiteModel(ManifestModel Manifest, LinkTargetsModel LinkTargets, SearchSiteModel Search, EquatableArray<DiagnosticInfo> Diagnostics);
