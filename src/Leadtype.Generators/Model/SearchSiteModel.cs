using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// What the search merge needs from the site step: the indexed documents in index order (source path
/// order, as the reference enumerates pages), and the embedding settings. Prepared pages are joined to
/// the documents by source path in the merge step, so a prose edit reruns the merge, not the site step.
/// </summary>
internal sealed record SearchSiteModel(
    string Namespace,
    string ClassName,
    bool Emit,
    bool Embed,
    bool SupportsUtf8Literals,
    long MaxEmbeddedIndexBytes,
    long EmbeddedIndexWarningBytes,
    EquatableArray<SearchEntryModel> Documents);

/// <summary>One search document: the page's source path and the index entry fields the site resolved (title, description, URLs, <c>search:</c> flag).</summary>
internal sealed record SearchEntryModel(string SourcePath, string Title, string Description, string UrlPath, string AbsoluteUrl, string RelativePath, bool? Search);
