using System;
using System.Threading;
using Leadtype.Generators.Options;
using Leadtype.Paths;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Leadtype.Generators.Inputs;

/// <summary>Classifies an additional file (page, config or unrelated) and reads it into a <see cref="DocsFileInput"/>.</summary>
internal static class DocsFileReader
{
    public const string ConfigFileName = "leadtype.json";

    public static DocsFileInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        var options = provider.GetOptions(file);
        var docsRoot = DocsRootOf(provider.GlobalOptions);
        var kind = Classify(file.Path, options, docsRoot);
        if (kind == DocsFileKind.None)
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var sourcePath = kind == DocsFileKind.Config ? ConfigFileName : SourcePathOf(file.Path, options, docsRoot);
        return new DocsFileInput(kind, file.Path, sourcePath, text);
    }

    internal static DocsFileKind Classify(string path, AnalyzerConfigOptions options, string docsRoot)
    {
        if (IsTrue(options, MSBuildProperties.ConfigMetadata))
        {
            return DocsFileKind.Config;
        }

        if (options.TryGetValue(MSBuildProperties.MetadataPrefix + MSBuildProperties.PageMetadata, out var page) && !string.IsNullOrWhiteSpace(page))
        {
            return string.Equals(page.Trim(), "true", StringComparison.OrdinalIgnoreCase) ? DocsFileKind.Page : DocsFileKind.Partial;
        }

        // Without the props file's metadata: .mdx files under the docs folder are pages, and the
        // docs folder's leadtype.json is the config.
        var fileName = DocsPath.GetFileName(path);
        var underDocs = docsRoot.Length == 0 || DocsPath.RelativeTo(docsRoot, path) is not null;
        if (!underDocs)
        {
            return DocsFileKind.None;
        }

        if (string.Equals(fileName, ConfigFileName, StringComparison.OrdinalIgnoreCase))
        {
            return DocsFileKind.Config;
        }

        if (fileName.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
        {
            return DocsFileKind.Page;
        }

        // Only text a page can include; the docs root is known here (an unknown root accepts nothing else).
        return docsRoot.Length > 0 && (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            ? DocsFileKind.Partial
            : DocsFileKind.None;
    }

    internal static string SourcePathOf(string path, AnalyzerConfigOptions options, string docsRoot)
    {
        if (options.TryGetValue(MSBuildProperties.MetadataPrefix + MSBuildProperties.RelativePathMetadata, out var relative)
            && !string.IsNullOrWhiteSpace(relative)
            && DocsPath.Normalize(relative) is { Length: > 0 } normalized)
        {
            return normalized;
        }

        if (docsRoot.Length > 0 && DocsPath.RelativeTo(docsRoot, path) is { Length: > 0 } underRoot)
        {
            return underRoot;
        }

        return DocsPath.GetFileName(path);
    }

    private static string DocsRootOf(AnalyzerConfigOptions global)
    {
        global.TryGetValue(MSBuildProperties.Prefix + MSBuildProperties.ProjectDir, out var projectDir);
        global.TryGetValue(MSBuildProperties.Prefix + MSBuildProperties.DocsDir, out var docsDir);
        if (string.IsNullOrWhiteSpace(projectDir))
        {
            return string.Empty;
        }

        return GeneratorOptions.ResolveDocsRoot(projectDir!.Trim(), string.IsNullOrWhiteSpace(docsDir) ? GeneratorOptions.DefaultDocsDir : docsDir!.Trim());
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(MSBuildProperties.MetadataPrefix + metadata, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
