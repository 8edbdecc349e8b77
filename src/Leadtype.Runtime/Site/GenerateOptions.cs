using System;
using System.Collections.Generic;
using Leadtype.Model;

namespace Leadtype.Site;

/// <summary>
/// What one <c>leadtype generate</c> run is asked to do, as given on the command line (or by the
/// MSBuild targets). Relative paths are resolved against <see cref="WorkingDirectory"/>.
/// </summary>
public sealed record GenerateOptions
{
    /// <summary>Environment variable naming the cache directory (the MSBuild targets point it into <c>obj/</c>).</summary>
    public const string CacheDirectoryVariable = "LEADTYPE_CACHE_DIR";

    /// <summary>The project root that holds the docs folder (<c>--src</c>, default <c>.</c>).</summary>
    public string SourceDirectory { get; init; } = ".";

    /// <summary>The output directory (<c>--out</c>, default <c>public</c>), relative to the working directory.</summary>
    public string OutputDirectory { get; init; } = "public";

    /// <summary>Raw <c>--docs-dir DIR[=/prefix]</c> values, relative to <see cref="SourceDirectory"/>; empty means <c>docs</c>.</summary>
    public IReadOnlyList<string> DocsDirectories { get; init; } = Array.Empty<string>();

    /// <summary><c>--base-url</c>; null falls back to the deployment environment variables, then localhost.</summary>
    public string? BaseUrl { get; init; }

    public SiteMode Mode { get; init; } = SiteMode.Site;

    /// <summary><c>--config</c>: the leadtype.json to use instead of discovering one.</summary>
    public string? ConfigFile { get; init; }

    /// <summary><c>--name</c>: overrides <c>product.name</c>.</summary>
    public string? ProductName { get; init; }

    /// <summary><c>--summary</c>: overrides <c>product.tagline</c>.</summary>
    public string? ProductSummary { get; init; }

    /// <summary><c>--force</c>: ignore the incremental cache (every page is converted, nothing stops early).</summary>
    public bool Force { get; init; }

    /// <summary><c>--cache-dir</c>; null means <c>$LEADTYPE_CACHE_DIR</c>, else <c>&lt;src&gt;/.leadtype/cache</c>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// <c>--search-binary</c>: also write the compact binary search index (the form the source generator
    /// embeds, from the same in-memory index as the JSON files) to this file, outside the output directory.
    /// The MSBuild targets point it into <c>obj/</c> and copy it next to the app assembly, where
    /// <c>Docs.Search</c> loads it when the index was too large to embed. Null: not written.
    /// </summary>
    public string? SearchBinaryFile { get; init; }

    /// <summary>
    /// <c>--include</c> globs over docs-relative paths: only matching <c>.mdx</c> files are pages this run (empty: all).
    /// With any include or exclude, curated navigation is not used (see <see cref="PageFilter"/>).
    /// </summary>
    public IReadOnlyList<string> IncludePages { get; init; } = Array.Empty<string>();

    /// <summary><c>--exclude</c> globs: matching <c>.mdx</c> files are not pages this run (applied after <see cref="IncludePages"/>).</summary>
    public IReadOnlyList<string> ExcludePages { get; init; } = Array.Empty<string>();

    /// <summary>Turns <c>agents.mcp.enabled</c> on for this run (the original's deprecated <c>--mcp</c> flag; bundle mode).</summary>
    public bool EnableMcp { get; init; }

    /// <summary>The directory relative paths are resolved against (the process's current directory by default).</summary>
    public string WorkingDirectory { get; init; } = System.IO.Directory.GetCurrentDirectory();

    /// <summary>Reads environment variables (<c>SOURCE_DATE_EPOCH</c>, base URL fallbacks, <c>LEADTYPE_*</c>).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Progress of the long stages, for a terminal display; null for none.</summary>
    public IProgress<GenerateProgress>? Progress { get; init; }

    /// <summary>
    /// Output-stage settings (lock, timeouts); null reads them from <see cref="Environment"/>.
    /// Watch mode turns off the lock's own exit-on-signal so Ctrl-C ends the watch cleanly.
    /// </summary>
    public Output.OutputOptions? Output { get; init; }
}

/// <summary>A step of a run, for progress display: the stage name and how far it is.</summary>
public readonly record struct GenerateProgress(string Stage, int Done, int Total);
