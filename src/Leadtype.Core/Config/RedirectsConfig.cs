using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>
/// <c>redirects</c>: its presence (even <c>{}</c>) turns on rename tracking with a committed
/// lockfile (default <c>paths.lock.json</c> in the docs folder).
/// </summary>
public sealed record RedirectsConfig(ConfigRelativePath? Lockfile = null, EquatableArray<string> Removed = default)
{
    public const string DefaultLockfile = "paths.lock.json";

    /// <summary>The lockfile path, defaulted, relative to the docs folder.</summary>
    public ConfigRelativePath EffectiveLockfile => Lockfile ?? new ConfigRelativePath(DefaultLockfile, ConfigPathBase.DocsDirectory);
}
