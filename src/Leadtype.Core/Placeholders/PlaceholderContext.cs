using System;

namespace Leadtype.Placeholders;

/// <summary>
/// What a page's path tells about its context (§5.5): a page under <c>/docs/frameworks/&lt;slug&gt;/</c> has
/// <c>framework = slug</c> and <c>frameworkDocsBase = /docs/frameworks/slug</c>; any other page has neither.
/// </summary>
public sealed record PlaceholderContext(string? Framework, string? FrameworkDocsBase)
{
    public static PlaceholderContext None { get; } = new(null, null);

    /// <summary>
    /// The context of a page from its path as the original sees it (absolute or repository-relative,
    /// either separator): the segment after <c>/docs/frameworks/</c> names the framework.
    /// </summary>
    public static PlaceholderContext FromPath(string path)
    {
        var normalized = "/" + path.Replace('\\', '/').TrimStart('/');
        const string marker = "/docs/frameworks/";
        var index = normalized.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0)
        {
            return None;
        }

        var slugStart = index + marker.Length;
        var slugEnd = normalized.IndexOf('/', slugStart);
        if (slugEnd <= slugStart)
        {
            return None;
        }

        var slug = normalized.Substring(slugStart, slugEnd - slugStart);
        return new PlaceholderContext(slug, "/docs/frameworks/" + slug);
    }

    /// <summary>
    /// The context of a page from its path relative to the docs folder (<c>frameworks/vue/guide.mdx</c>),
    /// which is how Leadtype names pages: the docs folder plays the original's <c>docs/</c> segment.
    /// </summary>
    public static PlaceholderContext FromDocsRelativePath(string docsRelativePath) =>
        FromPath("/docs/" + docsRelativePath.Replace('\\', '/').TrimStart('/'));

    public string? Lookup(string name) => name switch
    {
        "framework" => Framework,
        "frameworkDocsBase" => FrameworkDocsBase,
        _ => null,
    };
}
