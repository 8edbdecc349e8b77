using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;
using Leadtype.Generators.Options;
using Leadtype.Navigation;
using Leadtype.Search;

namespace Leadtype.Generators.Site;

/// <summary>
/// Builds the site's search index with Core's builder (the same index <c>search-index.json</c> is
/// written from), serializes it to the compact binary form and spells it in ASCII for a <c>u8</c>
/// literal. Decides whether it is embedded: not when disabled, when the project's C# is older than
/// 11 (LT0205), or when the payload passes <c>LeadtypeMaxEmbeddedIndexBytes</c> (LT0202); above
/// <c>LeadtypeEmbeddedIndexWarningBytes</c> it is embedded with a warning (LT0203).
/// </summary>
internal static class SearchPayloadBuilder
{
    /// <summary>The index's <c>generatedAt</c> stamp: fixed, so the assembly is reproducible (the generator has no clock).</summary>
    public const string GeneratedAt = "1970-01-01T00:00:00.000Z";

    public static SearchPayloadModel Build(
        IReadOnlyList<(PageModel Page, NavPageView View)> pagesByPath,
        string? baseUrl,
        GeneratorOptions options,
        bool emit,
        List<DiagnosticInfo> diagnostics)
    {
        var none = new SearchPayloadModel(options.Namespace, options.ClassName, null, 0, emit);
        if (!options.EmbedSearchIndex || pagesByPath.Count == 0)
        {
            return none;
        }

        if (!options.SupportsUtf8Literals)
        {
            diagnostics.Add(ProjectWide(DiagnosticCatalog.SearchIndexNeedsCSharp11));
            return none;
        }

        var documents = new List<SearchDocument>(pagesByPath.Count);
        foreach (var (page, view) in pagesByPath)
        {
            documents.Add(new SearchDocument(view.Title, view.UrlPath, baseUrl is null ? view.UrlPath : baseUrl + view.UrlPath, view.RelativePath, page.Search.Content)
            {
                Id = view.UrlPath,
                Description = view.Description,
                Search = page.Search.Search,
                LogicalPath = view.RelativePath,
            });
        }

        var index = SearchIndexBuilder.Build(documents, new SearchIndexOptions(GeneratedAt));
        var binary = SearchIndexBinaryWriter.Write(index);
        var payload = SearchIndexAscii.Encode(binary, SearchIndexAsciiEncoding.Base64);
        if (payload.Length > options.MaxEmbeddedIndexBytes)
        {
            diagnostics.Add(ProjectWide(DiagnosticCatalog.SearchIndexNotEmbedded, payload.Length, options.MaxEmbeddedIndexBytes));
            return none with { IndexBytes = payload.Length };
        }

        if (payload.Length > options.EmbeddedIndexWarningBytes)
        {
            diagnostics.Add(ProjectWide(DiagnosticCatalog.SearchIndexLarge, payload.Length, options.EmbeddedIndexWarningBytes));
        }

        return new SearchPayloadModel(options.Namespace, options.ClassName, payload, payload.Length, emit);
    }

    // Project-wide findings: no file to point at.
    private static DiagnosticInfo ProjectWide(DocsDiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, string.Empty, SourceLocation.File, descriptor.Format(args));
}
