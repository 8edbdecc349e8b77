namespace Leadtype.Generators.Options;

/// <summary>
/// The MSBuild properties (<c>build_property.*</c>) and parse options the generator reads, as one
/// small value-equatable record selected early, so only a change of these values reruns the site step.
/// </summary>
internal sealed record GeneratorOptions(
    string Namespace,
    string ClassName,
    string DocsDir,
    string ProjectDir,
    string? BaseUrl,
    long MaxEmbeddedIndexBytes,
    long EmbeddedIndexWarningBytes,
    bool BrokenLinksAsErrors,
    bool EmbedSearchIndex,
    bool SupportsUtf8Literals)
{
    public const string DefaultClassName = "Docs";
    public const string DefaultDocsDir = "docs";

    /// <summary>
    /// Above this payload the index is left out of the source (LT0202): 1 MiB. A <c>"…"u8</c> literal costs the
    /// consuming project's compile about 0.2 s and 140 MB of compiler allocations per MB (Roslyn lowers it to one
    /// constant per byte), on every build; above 1 MiB the manifest resource or search-index.json serves
    /// <c>Docs.Search</c> at no compile cost (see benchmarks/README-generator.md).
    /// </summary>
    public const long DefaultMaxEmbeddedIndexBytes = 1L * 1024 * 1024;

    /// <summary>Above this embedded payload LT0203 warns: 2 MiB (only reachable when the limit above is raised).</summary>
    public const long DefaultEmbeddedIndexWarningBytes = 2L * 1024 * 1024;

    /// <summary>Where the docs folder lives on disk (absolute, <c>/</c>-separated, no trailing slash), or empty when unknown.</summary>
    public string DocsRoot => ResolveDocsRoot(ProjectDir, DocsDir);

    /// <summary>The docs folder on disk from the project folder and the (relative or absolute) docs dir; empty when the project folder is unknown.</summary>
    public static string ResolveDocsRoot(string projectDir, string docsDir)
    {
        if (projectDir.Length == 0)
        {
            return string.Empty;
        }

        var root = projectDir;
        var relative = docsDir;
        var left = root.Replace('\\', '/').TrimEnd('/');
        var right = relative.Replace('\\', '/').Trim('/');
        if (right.Length == 0 || right == ".")
        {
            return left;
        }

        // An absolute docs dir (rooted, or with a drive letter) replaces the project dir.
        var rel = relative.Replace('\\', '/');
        if (rel.StartsWith("/", System.StringComparison.Ordinal) || (rel.Length > 1 && rel[1] == ':'))
        {
            return rel.TrimEnd('/');
        }

        return left + "/" + right;
    }
}
