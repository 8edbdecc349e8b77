using System.Collections.Generic;

namespace Leadtype.Generators.Naming;

/// <summary>
/// Names the generated code uses itself, so docs files and headings cannot take them. Each kind of
/// source gets a suffix instead (documented in docs/guides/typed-docs.mdx): a folder named
/// <c>search/</c> becomes <c>Docs.SearchPages</c>, a page <c>manifest.mdx</c> becomes
/// <c>Docs.ManifestPage</c>, a heading "Title" becomes <c>TitleHeading</c>.
/// </summary>
internal static class ReservedNames
{
    public const string FolderSuffix = "Pages";
    public const string PageSuffix = "Page";
    public const string HeadingSuffix = "Heading";

    /// <summary>The generated class's own API.</summary>
    public static readonly string[] RootMembers = { "Manifest", "Search", "SearchIndex" };

    /// <summary>Public members of <c>Leadtype.DocPage</c>, which heading members must not hide.</summary>
    public static readonly string[] DocPageMembers =
    {
        "SourcePath", "Url", "MarkdownUrl", "AbsoluteUrl", "Title", "Description", "Headings",
        "Frontmatter", "Manifest", "Group", "Previous", "Next",
    };

    /// <summary>The nested class holding the page instances (contains <c>__</c>, which mapped names never do).</summary>
    public const string DataClass = "__LeadtypeData";

    /// <summary>The nested class holding the search loader.</summary>
    public const string SearchClass = "__LeadtypeSearch";

    public static IEnumerable<string> ForRoot(string className)
    {
        yield return className;
        foreach (var name in RootMembers)
        {
            yield return name;
        }
    }
}
