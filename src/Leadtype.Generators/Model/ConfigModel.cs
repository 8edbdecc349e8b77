using Leadtype.Collections;
using Leadtype.Config;

namespace Leadtype.Generators.Model;

/// <summary>
/// <c>leadtype.json</c> as Core's reader understood it (<see cref="DocsConfig"/> is value-equatable),
/// its location for diagnostics, and its diagnostics. <see cref="Config"/> is null when there is no
/// config file or it has errors: navigation then falls back to the folder structure.
/// </summary>
internal sealed record ConfigModel(string FullPath, string Text, DocsConfig? Config, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static ConfigModel None { get; } = new(string.Empty, string.Empty, null, default);
}

internal sealed record ProductModel(string Name, string? Tagline, string? Homepage, string? Repository)
{
    public static ProductModel From(ProductConfig product) => new(product.Name, product.Tagline, product.Homepage, product.Repository);
}
