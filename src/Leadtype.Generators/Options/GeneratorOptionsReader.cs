using System;
using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Leadtype.Generators.Options;

/// <summary>Turns the global analyzer config and parse options into <see cref="GeneratorOptions"/>.</summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptions global, CSharpParseOptions? parseOptions)
    {
        var rootNamespace = Get(global, MSBuildProperties.RootNamespace);
        var ns = Get(global, MSBuildProperties.Namespace) ?? rootNamespace ?? string.Empty;
        var className = Get(global, MSBuildProperties.ClassName) ?? GeneratorOptions.DefaultClassName;
        var docsDir = Get(global, MSBuildProperties.DocsDir) ?? GeneratorOptions.DefaultDocsDir;
        var projectDir = Get(global, MSBuildProperties.ProjectDir) ?? string.Empty;
        var baseUrl = Get(global, MSBuildProperties.BaseUrl);
        var max = GetLong(global, MSBuildProperties.MaxEmbeddedIndexBytes, GeneratorOptions.DefaultMaxEmbeddedIndexBytes);
        var warn = GetLong(global, MSBuildProperties.EmbeddedIndexWarningBytes, GeneratorOptions.DefaultEmbeddedIndexWarningBytes);
        var brokenLinksAsErrors = GetBool(global, MSBuildProperties.BrokenLinksAsErrors, false);
        var embed = GetBool(global, MSBuildProperties.EmbedSearchIndex, true);

        // "u8" literals need C# 11 in the consuming project; ParseOptions null means "latest".
        var supportsUtf8 = parseOptions is null || parseOptions.LanguageVersion >= LanguageVersion.CSharp11;

        return new GeneratorOptions(
            NamespaceOrEmpty(ns),
            IdentifierOr(className, GeneratorOptions.DefaultClassName),
            docsDir,
            projectDir,
            baseUrl,
            max,
            warn,
            brokenLinksAsErrors,
            embed,
            supportsUtf8);
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(MSBuildProperties.Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static long GetLong(AnalyzerConfigOptions options, string name, long fallback) =>
        Get(options, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;

    private static bool GetBool(AnalyzerConfigOptions options, string name, bool fallback) =>
        Get(options, name) is { } text ? string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) : fallback;

    // A namespace made of valid dotted identifiers, else the global namespace (never broken code).
    private static string NamespaceOrEmpty(string ns)
    {
        foreach (var part in ns.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return string.Empty;
            }
        }

        return ns;
    }

    private static string IdentifierOr(string name, string fallback) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : fallback;
}
