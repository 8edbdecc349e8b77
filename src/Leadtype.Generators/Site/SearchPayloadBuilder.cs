using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Leadtype.Collections;
using Leadtype.Diagnostics;
using Leadtype.Generators.Model;
using Leadtype.Search;

namespace Leadtype.Generators.Site;

/// <summary>
/// The search step: merges the pages prepared in the page step (Core's <see cref="SearchIndexMerger"/>,
/// the same index <c>search-index.json</c> is written from), serializes it to the compact binary form and
/// spells it in ASCII for a <c>u8</c> literal. Decides whether it is embedded: not when disabled, when
/// the project's C# is older than 11 (LT0205), or when the payload passes <c>LeadtypeMaxEmbeddedIndexBytes</c>
/// (LT0202) — known without building anything when even the index's lower bound passes it; above
/// <c>LeadtypeEmbeddedIndexWarningBytes</c> it is embedded with a warning (LT0203).
/// </summary>
internal static class SearchPayloadBuilder
{
    /// <summary>The reference's chunking, and a fixed <c>generatedAt</c> so the assembly is reproducible (the generator has no clock).</summary>
    public static readonly SearchIndexOptions Options = new("1970-01-01T00:00:00.000Z");

    public static SearchPayloadModel Build(ImmutableArray<PageSearchModel> pages, SearchSiteModel site, CancellationToken cancellationToken)
    {
        var none = new SearchPayloadModel(site.Namespace, site.ClassName, null, 0, site.Emit, default);
        if (!site.Embed || site.Documents.IsEmpty)
        {
            return none;
        }

        if (!site.SupportsUtf8Literals)
        {
            return none with { Diagnostics = EquatableArray.Create(ProjectWide(DiagnosticCatalog.SearchIndexNeedsCSharp11)) };
        }

        var prepared = new Dictionary<string, PreparedSearchPage>(pages.Length, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.Prepared is not null)
            {
                prepared[page.SourcePath] = page.Prepared;
            }
        }

        var documents = new List<PreparedSearchDocument>(site.Documents.Count);
        foreach (var entry in site.Documents)
        {
            // A page without a prepared form said `search: false`, so the merge would leave it out anyway.
            if (prepared.TryGetValue(entry.SourcePath, out var page))
            {
                var document = new SearchDocument(entry.Title, entry.UrlPath, entry.AbsoluteUrl, entry.RelativePath, string.Empty)
                {
                    Id = entry.UrlPath,
                    Description = entry.Description,
                    Search = entry.Search,
                    LogicalPath = entry.RelativePath,
                };
                documents.Add(new PreparedSearchDocument(document, page));
            }
        }

        // Cheap first: when even the lower bound is too large, nothing is built or encoded.
        var minimum = SearchIndexAscii.EncodedLength(SearchIndexMerger.MinimumBinaryLength(documents));
        if (minimum > site.MaxEmbeddedIndexBytes)
        {
            return none with { IndexBytes = minimum, Diagnostics = NotEmbedded(minimum, site) };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var index = SearchIndexMerger.Merge(documents, Options);
        var payload = SearchIndexAscii.Encode(SearchIndexBinaryWriter.Write(index), SearchIndexAsciiEncoding.Base64);
        if (payload.Length > site.MaxEmbeddedIndexBytes)
        {
            return none with { IndexBytes = payload.Length, Diagnostics = NotEmbedded(payload.Length, site) };
        }

        var diagnostics = payload.Length > site.EmbeddedIndexWarningBytes
            ? EquatableArray.Create(ProjectWide(DiagnosticCatalog.SearchIndexLarge, payload.Length, site.EmbeddedIndexWarningBytes))
            : default;
        return new SearchPayloadModel(site.Namespace, site.ClassName, payload, payload.Length, site.Emit, diagnostics);
    }

    private static EquatableArray<DiagnosticInfo> NotEmbedded(long bytes, SearchSiteModel site) =>
        EquatableArray.Create(ProjectWide(DiagnosticCatalog.SearchIndexNotEmbedded, bytes, site.MaxEmbeddedIndexBytes));

    // Project-wide findings: no file to point at.
    private static DiagnosticInfo ProjectWide(DocsDiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, string.Empty, SourceLocation.File, descriptor.Format(args));
}
