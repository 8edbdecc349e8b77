using System;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Resolve;

/// <summary>
/// Points relative links at <c>.mdx</c> sources to their <c>.md</c> mirrors (<c>./other.mdx#x</c> →
/// <c>./other.md#x</c>). The original left them dangling in the Markdown output; the mirror
/// layout keeps every page's relative position, so the rewritten link resolves.
/// </summary>
public static class MdxLinkRewriter
{
    public static void Apply(MdRoot root) => MdTree.Visit(root, node =>
    {
        switch (node)
        {
            case MdLink link:
                link.Url = Rewrite(link.Url);
                break;
            case MdDefinition definition:
                definition.Url = Rewrite(definition.Url);
                break;
        }
    });

    public static string Rewrite(string url)
    {
        if (url.IndexOf(".mdx", StringComparison.OrdinalIgnoreCase) < 0 || IsAbsolute(url))
        {
            return url;
        }

        var end = url.IndexOfAny(new[] { '#', '?' });
        var path = end < 0 ? url : url.Substring(0, end);
        if (!path.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
        {
            return url;
        }

        return path.Substring(0, path.Length - 1) + (end < 0 ? string.Empty : url.Substring(end));
    }

    /// <summary>Scheme URLs (<c>https:</c>, <c>mailto:</c>), protocol-relative and root-absolute site URLs are left alone.</summary>
    private static bool IsAbsolute(string url)
    {
        if (url.StartsWith("/", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
