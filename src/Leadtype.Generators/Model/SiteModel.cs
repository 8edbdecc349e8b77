using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>The site step's result, split into three outputs so each reruns only when its part changes.</summary>
internal sealed record SiteModel(ManifestModel Manifest, SearchPayloadModel Search, EquatableArray<DiagnosticInfo> Diagnostics);
