using System.Text;

namespace LibraryWithDocs;

/// <summary>Turns a title into a URL slug: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class Slug
{
    public static string From(string title)
    {
        var slug = new StringBuilder(title.Length);
        var hyphen = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (char.IsWhiteSpace(c) || c == '-' || c == '_')
            {
                if (!hyphen && slug.Length > 0)
                {
                    slug.Append('-');
                    hyphen = true;
                }
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Where this library's docs are, for code that links to them (the generated manifest).</summary>
    public static string DocsUrl => Docs.Usage.Url;
}
