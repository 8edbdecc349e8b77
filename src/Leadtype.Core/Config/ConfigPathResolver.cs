using System;
using System.Collections.Generic;

namespace Leadtype.Config;

/// <summary>
/// Resolves config-relative paths the way the reference resolves them for <c>docs.config.ts</c>
/// (config-cli §1.4): templates and openapi inputs against the config file's directory, skill
/// bodies and the type-table base against <c>--src</c>, the redirects lockfile against the docs folder.
/// Pure string work: no file system access, no current directory; absolute inputs stay absolute.
/// Results use <c>/</c> separators (Windows APIs accept them).
/// </summary>
public sealed class ConfigPathResolver
{
    public ConfigPathResolver(string configDirectory, string sourceDirectory, string docsDirectory)
    {
        ConfigDirectory = configDirectory ?? throw new ArgumentNullException(nameof(configDirectory));
        SourceDirectory = sourceDirectory ?? throw new ArgumentNullException(nameof(sourceDirectory));
        DocsDirectory = docsDirectory ?? throw new ArgumentNullException(nameof(docsDirectory));
    }

    public string ConfigDirectory { get; }

    public string SourceDirectory { get; }

    public string DocsDirectory { get; }

    public string Resolve(ConfigRelativePath path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var baseDirectory = path.Base switch
        {
            ConfigPathBase.SourceDirectory => SourceDirectory,
            ConfigPathBase.DocsDirectory => DocsDirectory,
            _ => ConfigDirectory,
        };
        return Combine(baseDirectory, path.Value);
    }

    /// <summary>Joins <paramref name="relative"/> onto <paramref name="baseDirectory"/> and folds <c>.</c>/<c>..</c> segments; a rooted <paramref name="relative"/> wins.</summary>
    public static string Combine(string baseDirectory, string relative)
    {
        var rel = relative.Replace('\\', '/');
        var combined = IsRooted(rel) ? rel : baseDirectory.Replace('\\', '/').TrimEnd('/') + "/" + rel;
        var root = RootOf(combined);
        var segments = new List<string>();
        foreach (var segment in combined.Substring(root.Length).Split('/'))
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

            if (segment == ".." && root.Length > 0)
            {
                continue; // ".." above a root stays at the root, as the OS does.
            }

            segments.Add(segment);
        }

        return root + string.Join("/", segments);
    }

    /// <summary><c>/x</c>, <c>C:/x</c>, <c>C:\x</c> and <c>\\server\share</c> are rooted.</summary>
    public static bool IsRooted(string path)
    {
        var p = path.Replace('\\', '/');
        return p.StartsWith("/", StringComparison.Ordinal) || (p.Length >= 2 && p[1] == ':' && char.IsLetter(p[0]));
    }

    private static string RootOf(string path)
    {
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            // UNC: //server/share/
            var serverEnd = path.IndexOf('/', 2);
            var shareEnd = serverEnd < 0 ? -1 : path.IndexOf('/', serverEnd + 1);
            return shareEnd < 0 ? path : path.Substring(0, shareEnd + 1);
        }

        if (path.StartsWith("/", StringComparison.Ordinal))
        {
            return "/";
        }

        if (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]))
        {
            return path.Length >= 3 && path[2] == '/' ? path.Substring(0, 3) : path.Substring(0, 2);
        }

        return string.Empty;
    }
}
