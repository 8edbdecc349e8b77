using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Placeholders;

namespace Leadtype.Frontmatter;

/// <summary>
/// A page's final frontmatter: the authored block (normalised through parse + emit) or, when the page has
/// none, a blank one, or one that failed to parse, the synthesized <c>title</c>/<c>description</c> (§1.2
/// steps 6–8). Placeholders in every string are resolved against the page's context.
/// </summary>
public sealed class PageFrontmatter
{
    private string? _block;

    private PageFrontmatter(YamlMap data, string yaml, bool synthesized)
    {
        Data = data;
        Yaml = yaml;
        Synthesized = synthesized;
    }

    /// <summary>The data written to the output file.</summary>
    public YamlMap Data { get; }

    /// <summary><see cref="Data"/> emitted as YAML, without fences or a trailing newline.</summary>
    public string Yaml { get; }

    /// <summary>True when <see cref="Data"/> was inferred from the body and path.</summary>
    public bool Synthesized { get; }

    /// <summary>The page title (authored or inferred); null only for authored frontmatter without a string title.</summary>
    public string? Title => Data["title"]?.AsString();

    public string? Description => Data["description"]?.AsString();

    /// <summary>The block as it starts the output file: <c>---\n&lt;yaml&gt;\n---\n</c>.</summary>
    public string ToBlock() => _block ??= Yaml.Length == 0 ? string.Empty : "---\n" + Yaml + "\n---\n";

    /// <summary>
    /// Builds the frontmatter for a page. Malformed YAML (LT0001) and non-mapping blocks (LT0002) are reported
    /// and the page is treated as if it had no frontmatter. Authored frontmatter without a string
    /// <c>title</c> keeps its data (no synthesis, as in the original) and reports LT0003.
    /// </summary>
    /// <param name="block">The split source.</param>
    /// <param name="filePath">The page path, used in diagnostics and for the path-derived title.</param>
    /// <param name="placeholders">The page's placeholder context.</param>
    /// <param name="serializedBody">Produces the flattened Markdown body; only called when the title must be inferred.</param>
    /// <param name="diagnostics">Receives located diagnostics.</param>
    public static PageFrontmatter Resolve(
        FrontmatterBlock block,
        string filePath,
        PlaceholderContext placeholders,
        Func<string> serializedBody,
        ICollection<DocsDiagnostic> diagnostics)
    {
        YamlMap? authored = null;
        if (!block.IsBlank)
        {
            authored = FrontmatterParser.ParseMap(block.Yaml, filePath, block.YamlFirstLine, diagnostics);
        }

        var synthesized = authored is null;
        var data = authored ?? FrontmatterSynthesizer.Synthesize(serializedBody(), filePath);
        data = (YamlMap)FrontmatterPlaceholderResolver.Resolve(data, placeholders);

        if (!synthesized && !(data["title"] is YamlString title && title.Value.Trim().Length > 0))
        {
            diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.MissingTitle, filePath, new SourceSpan(1, 1)));
        }

        return new PageFrontmatter(data, FrontmatterEmitter.Emit(data), synthesized);
    }
}
