using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Config;

namespace Leadtype.Navigation;

/// <summary>
/// One docs folder given with <c>--docs-dir DIR[=/prefix]</c>: where its files live
/// (<see cref="Directory"/>, as given), where they sit inside the merged docs tree
/// (<see cref="MountPath"/>: <c>""</c> for the first source, the folder's basename for the others)
/// and the URL prefix they are served under.
/// </summary>
public sealed record DocsSource(string Directory, string MountPath, string UrlPrefix)
{
    public const string DefaultDirectory = "docs";

    /// <summary>
    /// Parses the repeated <c>--docs-dir</c> values (none means <c>docs</c>), following artifacts §2.2:
    /// the first source mounts at <c>""</c> under <c>/docs</c> (or its explicit prefix); each later one
    /// mounts at its basename under <c>/docs/&lt;basename&gt;</c> (or its explicit prefix). Returns the
    /// sources or a usage error message.
    /// </summary>
    public static (EquatableArray<DocsSource> Sources, string? Error) Parse(IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return (EquatableArray.Create(new DocsSource(DefaultDirectory, string.Empty, DocsUrl.DefaultUrlPrefix)), null);
        }

        var sources = new List<DocsSource>();
        var mountPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i] ?? string.Empty;
            var equals = value.IndexOf('=');
            var directory = (equals < 0 ? value : value.Substring(0, equals)).Trim();
            var prefix = equals < 0 ? null : value.Substring(equals + 1).Trim();
            if (directory.Length == 0 || (prefix is not null && prefix.Length == 0))
            {
                return (default, "--docs-dir \"" + value + "\" must be DIR or DIR=/url-prefix");
            }

            directory = TrimTrailingSeparators(directory);
            var urlPrefix = prefix is null ? null : DocsUrl.NormalizeUrlPrefix(prefix);
            if (urlPrefix == "/")
            {
                return (default, "--docs-dir \"" + value + "\": the URL prefix must not be \"/\" (docs need their own prefix, such as /docs)");
            }

            var mountPath = i == 0 ? string.Empty : BaseName(directory);
            if (i > 0)
            {
                if (mountPath.Length == 0 || mountPath == "." || mountPath == "..")
                {
                    return (default, "--docs-dir \"" + value + "\": an additional docs folder needs a folder name to mount under");
                }

                if (mountPaths.TryGetValue(mountPath, out var previous))
                {
                    return (default, "--docs-dir \"" + value + "\" and \"" + previous + "\" both mount at \"" + mountPath + "\"; folder names of additional docs folders must differ");
                }

                mountPaths[mountPath] = value;
            }

            sources.Add(new DocsSource(directory, mountPath, urlPrefix ?? (i == 0 ? DocsUrl.DefaultUrlPrefix : DocsUrl.DefaultUrlPrefix + "/" + mountPath)));
        }

        return (sources.ToEquatableArray(), null);
    }

    /// <summary>
    /// The effective mount list (config-cli §4.4): each source's <c>{mountPath → urlPrefix}</c>,
    /// then the config's <c>mounts</c>, in that order.
    /// </summary>
    public static MountTable EffectiveMounts(IEnumerable<DocsSource> sources, IEnumerable<MountConfig>? configMounts)
    {
        var mounts = new List<Mount>();
        foreach (var source in sources)
        {
            mounts.Add(Mount.Create(source.MountPath, source.UrlPrefix));
        }

        if (configMounts is not null)
        {
            foreach (var mount in configMounts)
            {
                mounts.Add(Mount.Create(mount.PathPrefix, mount.UrlPrefix));
            }
        }

        return new MountTable(mounts);
    }

    private static string TrimTrailingSeparators(string directory)
    {
        var trimmed = directory.TrimEnd('/', '\\');
        return trimmed.Length == 0 ? directory.Substring(0, 1) : trimmed;
    }

    private static string BaseName(string directory)
    {
        var normalized = directory.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
