using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Site;

namespace Leadtype.Cli.Reporting;

/// <summary>
/// <c>generate --skip-diagnostics LT0001,LT0030,…</c>: ids another reporter already shows in the same
/// build. The MSBuild targets pass the ids the source generator reports, so a page problem appears
/// once (from the compiler, located in the <c>.mdx</c>) and the build step adds only what the compiler
/// cannot see (output, template, feed and file errors).
/// </summary>
internal sealed class SkippedDiagnostics
{
    private readonly HashSet<string> _ids;

    private SkippedDiagnostics(HashSet<string> ids) => _ids = ids;

    public static SkippedDiagnostics None { get; } = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => _ids.Count == 0;

    /// <summary>Ids separated by commas, semicolons or spaces, in any number of option values.</summary>
    public static SkippedDiagnostics Parse(IEnumerable<string>? values)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? Array.Empty<string>())
        {
            foreach (var id in value.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                ids.Add(id);
            }
        }

        return ids.Count == 0 ? None : new SkippedDiagnostics(ids);
    }

    public bool Skips(DocsDiagnostic diagnostic) => _ids.Contains(diagnostic.Id);

    /// <summary>
    /// The result as this reporter shows it. A completed run drops the skipped diagnostics, and errors
    /// among them no longer fail it: the other reporter owns them (the compiler fails the build on its
    /// own errors). A run that stopped before writing keeps every diagnostic, so the failure is explained.
    /// </summary>
    public GenerateResult Apply(GenerateResult result)
    {
        if (IsEmpty || result.Status is GenerateStatus.Failed or GenerateStatus.UsageError)
        {
            return result;
        }

        var kept = new List<DocsDiagnostic>(result.Diagnostics.Count);
        var errors = false;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (Skips(diagnostic))
            {
                continue;
            }

            kept.Add(diagnostic);
            errors |= diagnostic.IsError;
        }

        var status = result.Status == GenerateStatus.CompletedWithErrors && !errors ? GenerateStatus.Succeeded : result.Status;
        return result with { Diagnostics = kept, Status = status };
    }
}
