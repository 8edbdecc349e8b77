using System;
using System.Collections.Generic;

namespace Leadtype.Flatten;

/// <summary>What a site configures about flattening: custom components from <c>leadtype.json</c> and the type-table base path.</summary>
public sealed class FlattenOptions
{
    public static FlattenOptions Default { get; } = new();

    /// <summary>Components declared in config with the shape they flatten to; they run before the built-ins.</summary>
    public IReadOnlyList<CustomComponent> CustomComponents { get; set; } = Array.Empty<CustomComponent>();

    /// <summary>
    /// Where <c>ExtractedTypeTable</c>/<c>AutoTypeTable</c> paths are relative to (the original's
    /// <c>typeTable.basePath</c>). Only named in the fallback text: Leadtype does not read TypeScript.
    /// </summary>
    public string? TypeTableBasePath { get; set; }
}
