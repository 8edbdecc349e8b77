using System;
using Leadtype.Generators.Model;
using Leadtype.Paths;

namespace Leadtype.Generators.Site;

/// <summary>
/// TEMPORARY stand-in for Core's URL model (branch <c>config</c>, <c>Leadtype.Navigation</c>):
/// <c>toDocsUrlPath</c> and the mounted Markdown URL of the reference (artifacts §2.1), with the
/// nested-index fix (<c>guides/index</c> → <c>/docs/guides/index.md</c>). Replaced by Core's as soon as it lands.
/// </summary>
internal static class InterimRoutes
{
    public static PageRoute For(string sourcePath, Leadtype.Collections.EquatableArray<MountModel> mounts)
    {
        var (urlPrefix, remainder) = Mount(sourcePath, mounts);
        var withoutExtension = DocsPath.WithoutExtension(remainder);
        var isIndex = withoutExtension == "index" || withoutExtension.EndsWith("/index", StringComparison.Ordinal);
        var rest = withoutExtension == "index" ? string.Empty
            : withoutExtension.EndsWith("/index", StringComparison.Ordinal) ? withoutExtension.Substring(0, withoutExtension.Length - "/index".Length)
            : withoutExtension;
        var url = rest.Length == 0 ? urlPrefix : (urlPrefix == "/" ? "/" + rest : urlPrefix + "/" + rest);
        string markdownUrl;
        if (isIndex)
        {
            markdownUrl = url == "/" ? "/index.md" : url + "/index.md";
        }
        else
        {
            markdownUrl = url + ".md";
        }

        return new PageRoute(url, markdownUrl);
    }

    private static (string UrlPrefix, string Remainder) Mount(string sourcePath, Leadtype.Collections.EquatableArray<MountModel> mounts)
    {
        MountModel? best = null;
        foreach (var mount in mounts)
        {
            var prefix = mount.PathPrefix.Trim('/');
            if (prefix.Length == 0 || sourcePath == prefix || sourcePath.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                if (best is null || prefix.Length > best.PathPrefix.Trim('/').Length)
                {
                    best = mount;
                }
            }
        }

        if (best is null)
        {
            return ("/docs", sourcePath);
        }

        var bestPrefix = best.PathPrefix.Trim('/');
        var remainder = bestPrefix.Length == 0 ? sourcePath : sourcePath.Length > bestPrefix.Length ? sourcePath.Substring(bestPrefix.Length + 1) : string.Empty;
        var urlPrefix = "/" + best.UrlPrefix.Trim('/');
        return (urlPrefix, remainder);
    }
}
