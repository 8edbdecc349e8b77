using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Diagnostics;

namespace Leadtype.Config;

/// <summary>Which config file a run uses (null: none — navigation falls back to the folder structure).</summary>
public sealed record ConfigDiscoveryResult(string? Path, EquatableArray<DocsDiagnostic> Diagnostics)
{
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// Finds <c>leadtype.json</c>: the <c>--config</c> file when given (it must exist), else
/// <c>leadtype.json</c> in <c>--src</c>, else in the docs folder. Pure: the caller supplies the
/// file-exists check. When none is found but the original's <c>leadtype.config.*</c> or
/// <c>docs.config.*</c> is there, says so (LT0101) instead of silently running without config.
/// </summary>
public static class ConfigDiscovery
{
    private static readonly string[] ScriptExtensions = { ".ts", ".js", ".mjs", ".cjs" };

    public static ConfigDiscoveryResult Find(string? configOption, string sourceDirectory, string docsDirectory, Func<string, bool> fileExists)
    {
        if (fileExists is null)
        {
            throw new ArgumentNullException(nameof(fileExists));
        }

        if (!string.IsNullOrWhiteSpace(configOption))
        {
            return fileExists(configOption!)
                ? new ConfigDiscoveryResult(configOption, default)
                : new ConfigDiscoveryResult(null, EquatableArray.Create(DocsDiagnostic.Create(
                    DiagnosticCatalog.InvalidConfig, configOption!, 0, 0, "The config file given with --config does not exist")));
        }

        foreach (var directory in new[] { sourceDirectory, docsDirectory })
        {
            var candidate = ConfigPathResolver.Combine(directory, DocsConfigReader.FileName);
            if (fileExists(candidate))
            {
                return new ConfigDiscoveryResult(candidate, default);
            }
        }

        var warnings = new List<DocsDiagnostic>();
        foreach (var (directory, name) in new[] { (sourceDirectory, "leadtype.config"), (docsDirectory, "docs.config") })
        {
            foreach (var extension in ScriptExtensions)
            {
                var candidate = ConfigPathResolver.Combine(directory, name + extension);
                if (fileExists(candidate))
                {
                    warnings.Add(DocsDiagnostic.Create(DiagnosticCatalog.UnsupportedConfigField, candidate, 0, 0, name + extension,
                        "; Leadtype for .NET reads `leadtype.json` (the same fields as JSON) from the project or docs folder, or the file given with --config"));
                    break;
                }
            }
        }

        return new ConfigDiscoveryResult(null, warnings.ToEquatableArray());
    }
}
