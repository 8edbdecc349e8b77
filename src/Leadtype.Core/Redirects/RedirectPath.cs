using System;
using System.Security.Cryptography;
using System.Text;

namespace Leadtype.Redirects;

/// <summary>The path and content rules of rename tracking (artifacts §3.17).</summary>
public static class RedirectPath
{
    /// <summary>Trimmed, with a leading <c>/</c> and no trailing ones; empty is <c>/</c>.</summary>
    public static string Normalize(string path)
    {
        var trimmed = path.Trim();
        if (!trimmed.StartsWith("/", StringComparison.Ordinal))
        {
            trimmed = "/" + trimmed;
        }

        trimmed = trimmed.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    /// <summary>
    /// What identifies a page's content across a rename: the first 16 hex digits of the SHA-256 of its Markdown
    /// body (frontmatter left out, trimmed), as the original computes it from the mirror.
    /// </summary>
    public static string ContentHash(string markdownBody)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(markdownBody.Trim()));
        var hex = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            hex.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
