using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// Everything the manifest is made of: what the implementation-only manifest data is written from
/// (<see cref="Emit.ManifestDataWriter"/>) and what <see cref="ManifestShapeModel"/>, the user-visible
/// source's input, is taken from. It holds no source lines, diagnostics or search data, so a prose edit
/// that keeps titles and headings leaves it equal and nothing is re-emitted.
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
    EquatableArray<SearchSynonymModel> Synonyms,
    bool SupportsUtf8Literals);

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

/// <summary>
/// The user-visible source's input: names, XML doc texts and the class tree, without frontmatter,
/// navigation or Markdown URLs (those are data), so a change to them re-emits the data only.
/// </summary>
internal sealed record ManifestShapeModel(
    string Namespace,
    string ClassName,
    string ProductName,
    EquatableArray<PageShapeModel> Pages,
    ClassModel Root,
    bool Emit,
    bool IncludeSearch,
    EquatableArray<SearchSynonymModel> Synonyms)
{
    public static ManifestShapeModel From(ManifestModel manifest)
    {
        var pages = new PageShapeModel[manifest.Pages.Count];
        for (var i = 0; i < pages.Length; i++)
        {
            var page = manifest.Pages[i];
            var headings = new HeadingShapeModel[page.Headings.Count];
            for (var h = 0; h < headings.Length; h++)
            {
                var heading = page.Headings[h];
                headings[h] = new HeadingShapeModel(heading.Id, heading.Text, heading.MemberName);
            }

            pages[i] = new PageShapeModel(page.SourcePath, page.Url, page.Title, page.Description, page.MemberName, page.TypeName, new EquatableArray<HeadingShapeModel>(headings));
        }

        return new ManifestShapeModel(
            manifest.Namespace,
            manifest.ClassName,
            manifest.Product.Name,
            new EquatableArray<PageShapeModel>(pages),
            manifest.Root,
            manifest.Emit,
            manifest.IncludeSearch,
            manifest.Synonyms);
    }
}

/// <summary>A page as the user-visible source names and documents it.</summary>
internal sealed record PageShapeModel(string SourcePath, string Url, string Title, string Description, string MemberName, string? TypeName, EquatableArray<HeadingShapeModel> Headings);

/// <summary>A heading as its member: anchor, text for the doc comment, member name.</summary>
internal sealed record HeadingShapeModel(string Id, string Text, string MemberName);
