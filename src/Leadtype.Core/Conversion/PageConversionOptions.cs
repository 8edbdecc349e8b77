namespace Leadtype.Conversion;

/// <summary>What the page converter does besides parsing and serializing.</summary>
public sealed class PageConversionOptions
{
    public static PageConversionOptions Default { get; } = new();

    /// <summary>Expand <c>&lt;include&gt;</c> (the original's <c>includeMarkdown</c>; <c>generate</c> always adds it).</summary>
    public bool ResolveIncludes { get; set; } = true;

    /// <summary>Run the default transform stack (§4.1): imports, comments, snippets, placeholders, components. Off = parse and serialize only.</summary>
    public bool Flatten { get; set; } = true;

    /// <summary>Custom components from config and the type-table base path, for the component dispatcher.</summary>
    public Leadtype.Flatten.FlattenOptions Components { get; set; } = Leadtype.Flatten.FlattenOptions.Default;

    /// <summary>Point relative <c>.mdx</c> links at the <c>.md</c> mirrors.</summary>
    public bool RewriteMdxLinks { get; set; } = true;
}
