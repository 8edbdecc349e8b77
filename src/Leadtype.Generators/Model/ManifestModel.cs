using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// What the user-visible manifest source is emitted from. It holds no source lines, diagnostics or
/// search data, so a prose edit that keeps titles and headings leaves it equal and nothing is re-emitted.
/// </summary>
internal sealed record ManifestModel(
    string Namespace,
    string ClassName,
    ProductModel Product,
    string? BaseUrl,
    EquatableArray<ManifestPageModel> Pages,
    NavigationModel Navigation,
    ClassModel Root,
    bool Emit,
    bool IncludeSearch,
    EquatableArray<SearchSynonymModel> Synonyms);

/// <summary>A <c>search.synonyms</c> entry of <c>leadtype.json</c>, passed to the query engine.</summary>
internal sealed record SearchSynonymModel(string Term, EquatableArray<string> Alternatives);

/// <summary>A page in navigation order, with the names it gets in the generated code.</summary>
internal sealed record ManifestPageModel(
    string SourcePath,
    string Url,
    string MarkdownUrl,
    string? AbsoluteUrl,
    string Title,
    string Description,
    EquatableArray<ManifestHeadingModel> Headings,
    EquatableArray<FrontmatterEntryModel> Frontmatter,
    string MemberName,
    string? TypeName);

internal sealed record ManifestHeadingModel(string Id, string Text, int Level, string MemberName);

/// <summary>A generated static class (the root <c>Docs</c> class or one per folder): its pages and nested folder classes.</summary>
internal sealed record ClassModel(string Name, string FolderPath, EquatableArray<int> Pages, EquatableArray<ClassModel> Classes);

internal sealed record NavigationModel(EquatableArray<NavGroupModel> Groups, EquatableArray<int> Ungrouped);

internal sealed record NavGroupModel(string Slug, string Title, string? Description, bool Optional, EquatableArray<int> Pages, EquatableArray<NavGroupModel> Children);
