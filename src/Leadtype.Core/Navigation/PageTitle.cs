using System;
using System.Collections.Generic;

namespace Leadtype.Navigation;

/// <summary>Page titles when the frontmatter has none (config-cli §5.2, artifacts §2.5).</summary>
public static class PageTitle
{
    /// <summary>True for <c>home</c>, <c>index</c> and <c>readme</c> (any case): names that say nothing about the page.</summary>
    public static bool IsGeneric(string? title)
    {
        var t = title?.Trim();
        return string.Equals(t, "home", StringComparison.OrdinalIgnoreCase)
            || string.Equals(t, "index", StringComparison.OrdinalIgnoreCase)
            || string.Equals(t, "readme", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A site page's title: the trimmed frontmatter title, else its first H1, else one made from the path. The one rule
    /// the site model and the search index (which prepares pages before the model exists) both apply.
    /// </summary>
    public static string ForPage(string? frontmatterTitle, IReadOnlyList<Model.SiteHeading> headings, string relativePath)
    {
        if (Blank(frontmatterTitle) is { } title)
        {
            return title;
        }

        foreach (var heading in headings)
        {
            if (heading.Level == 1)
            {
                return Blank(heading.Text) ?? FromPath(relativePath);
            }
        }

        return FromPath(relativePath);
    }

    private static string? Blank(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>The trimmed frontmatter title, else one made from the path; never empty.</summary>
    public static string Resolve(string? frontmatterTitle, string relativePath)
    {
        var title = frontmatterTitle?.Trim();
        return string.IsNullOrEmpty(title) ? FromPath(relativePath) : title!;
    }

    /// <summary>
    /// The file name without extension, titleized (<c>getting-started</c> → <c>Getting Started</c>);
    /// a generic name takes the parent folder's name instead, or <c>Documentation</c> at the root.
    /// </summary>
    public static string FromPath(string relativePath)
    {
        var segments = DocsUrl.StripExtension(relativePath).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        var name = segments.Length == 0 ? string.Empty : segments[segments.Length - 1];
        if (IsGeneric(name))
        {
            name = segments.Length >= 2 ? segments[segments.Length - 2] : "documentation";
        }

        var title = Titleize(name);
        return title.Length == 0 ? "Untitled" : title;
    }

    /// <summary>Splits on <c>-</c> and <c>_</c>, drops empty pieces, upper-cases each piece's first letter, joins with spaces.</summary>
    public static string Titleize(string name)
    {
        var words = new List<string>();
        foreach (var piece in name.Split('-', '_'))
        {
            if (piece.Length > 0)
            {
                words.Add(char.ToUpperInvariant(piece[0]) + piece.Substring(1));
            }
        }

        return string.Join(" ", words);
    }
}
