using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>The parts of <c>leadtype.json</c> the generator uses, plus its diagnostics.</summary>
internal sealed record ConfigModel(
    string FullPath,
    ProductModel Product,
    EquatableArray<MountModel> Mounts,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static ConfigModel None { get; } = new(string.Empty, ProductModel.Unnamed, default, default);
}

internal sealed record MountModel(string PathPrefix, string UrlPrefix);

internal sealed record ProductModel(string Name, string? Tagline, string? Homepage, string? Repository)
{
    public static ProductModel Unnamed { get; } = new(string.Empty, null, null, null);
}
