using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Leadtype.Navigation;

/// <summary>Path, glob and slug rules of curated navigation (config-cli §5.4).</summary>
public static class NavPath
{
    private static readonly Regex ValidSlug = new("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// The key a page is found by: slashes normalised, leading and trailing <c>/</c> dropped,
    /// extension dropped, a trailing <c>/index</c> dropped and a bare <c>index</c> made empty —
    /// so <c>index</c>, <c>""</c>, <c>guides</c> and <c>guides/index</c> all name what they mean.
    /// </summary>
    public static string Normalize(string path)
    {
        var p = DocsUrl.StripExtension(DocsUrl.NormalizePath(path).Trim('/'));
        return DocsUrl.StripIndex(p);
    }

    /// <summary>
    /// Resolves a navigation entry against a base: blank → the base itself; a leading <c>/</c>
    /// escapes to the docs root; anything else is joined onto the base (<c>.</c> and <c>..</c> folded).
    /// </summary>
    public static string Join(string @base, string input)
    {
        if (input.Trim().Length == 0)
        {
            return Normalize(@base);
        }

        var normalized = DocsUrl.NormalizePath(input);
        if (normalized.StartsWith("/", StringComparison.Ordinal))
        {
            return Normalize(Fold(normalized));
        }

        return Normalize(Fold(@base.Length == 0 ? normalized : @base + "/" + normalized));
    }

    /// <summary>
    /// The include-glob dialect (a tiny one on purpose): <c>**/</c> matches zero or more whole
    /// segments, <c>**</c> anything, <c>*</c> anything within a segment; everything else is literal;
    /// anchored at both ends. No <c>?</c>, <c>{}</c> or <c>[]</c>.
    /// </summary>
    public static Regex GlobToRegex(string glob)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                if (i + 2 < glob.Length && glob[i + 2] == '/')
                {
                    pattern.Append("(?:[^/]+/)*");
                    i += 2;
                }
                else
                {
                    pattern.Append(".*");
                    i += 1;
                }
            }
            else if (glob[i] == '*')
            {
                pattern.Append("[^/]*");
            }
            else
            {
                pattern.Append(Regex.Escape(glob[i].ToString()));
            }
        }

        pattern.Append('$');
        return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// A node's slug from its explicit slug or title: trimmed, lower-cased, runs of anything but
    /// <c>a-z0-9</c> turned into <c>-</c>, dashes trimmed (<c>Next.js</c> → <c>next-js</c>).
    /// </summary>
    public static string InferSlug(string value)
    {
        var lower = value.Trim().ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        var pendingDash = false;
        foreach (var c in lower)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Slugs are URL-safe: letters, digits and single dashes (letters in either case).</summary>
    public static bool IsValidSlug(string slug) => ValidSlug.IsMatch(slug);

    private static string Fold(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join("/", segments);
    }
}
