namespace Leadtype.Config;

/// <summary>Which directory a relative path written in the config is resolved against.</summary>
public enum ConfigPathBase
{
    /// <summary>The directory holding <c>leadtype.json</c> (templates, openapi inputs).</summary>
    ConfigDirectory,

    /// <summary>The project root, <c>--src</c> (skill bodies, type-table base path).</summary>
    SourceDirectory,

    /// <summary>The (first) docs folder (the redirects lockfile).</summary>
    DocsDirectory,
}

/// <summary>
/// A path exactly as written in the config, plus the directory it is relative to. Kept unresolved
/// so the model stays pure and machine-independent (the generator caches it); <see cref="ConfigPathResolver"/>
/// turns it into a full path when the caller knows the directories.
/// </summary>
public sealed record ConfigRelativePath(string Value, ConfigPathBase Base, ConfigLocation Location = default)
{
    public override string ToString() => Value;
}
