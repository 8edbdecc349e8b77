using System;
using System.Collections.Generic;

namespace Leadtype.Flatten;

/// <summary>
/// What a site configures about flattening: the custom components from <c>leadtype.json</c>. (The original's
/// type-table base path has no counterpart: TypeScript type tables are not evaluated, LT0014.)
/// </summary>
public sealed class FlattenOptions
{
    public static FlattenOptions Default { get; } = new();

    /// <summary>Components declared in config with the shape they flatten to; they run before the built-ins.</summary>
    public IReadOnlyList<CustomComponent> CustomComponents { get; init; } = Array.Empty<CustomComponent>();
}
