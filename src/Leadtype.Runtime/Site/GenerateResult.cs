using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;

namespace Leadtype.Site;

/// <summary>How a run ended.</summary>
public enum GenerateStatus
{
    /// <summary>Everything was written; no error diagnostics.</summary>
    Succeeded,

    /// <summary>Every artifact was written, but pages have error diagnostics (exit 1).</summary>
    CompletedWithErrors,

    /// <summary>Stopped before writing anything: invalid config, navigation errors, missing docs (exit 1; the previous output is untouched).</summary>
    Failed,

    /// <summary>The command line was wrong (exit 2).</summary>
    UsageError,
}

/// <summary>What the writer did, relative to the output directory.</summary>
public sealed record OutputCounts(IReadOnlyList<string> Written, int Unchanged, IReadOnlyList<string> Deleted);

/// <summary>Pages converted this run versus reused from the incremental cache.</summary>
public sealed record CacheStats(int Converted, int Reused)
{
    /// <summary>Pages prepared for the search index this run (the others' prepared pages came from the cache).</summary>
    public int SearchPrepared { get; init; }

    /// <summary>Built-in template renders taken from the cache's render memo (their template and model had not changed).</summary>
    public int RendersReused { get; init; }

    /// <summary>Whether the search terms were merged beside the site model (the site indexed the same pages as the last run, in the same order).</summary>
    public bool SearchMergedAhead { get; init; }
}

/// <summary>The outcome of one run: status, every diagnostic (full file paths), and what was produced.</summary>
public sealed record GenerateResult(
    GenerateStatus Status,
    IReadOnlyList<DocsDiagnostic> Diagnostics,
    GenerateSummary? Summary,
    OutputCounts? Output,
    CacheStats? Cache,
    bool UpToDate,
    IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings,
    string? Message = null,
    IReadOnlyList<string>? WatchPaths = null,
    IReadOnlyList<string>? OwnFiles = null)
{
    public int ExitCode => Status switch
    {
        GenerateStatus.Succeeded => 0,
        GenerateStatus.UsageError => 2,
        _ => 1,
    };

    public int ErrorCount => Count(DocsDiagnosticSeverity.Error);

    public int WarningCount => Count(DocsDiagnosticSeverity.Warning);

    private int Count(DocsDiagnosticSeverity severity)
    {
        var count = 0;
        foreach (var diagnostic in Diagnostics)
        {
            if (diagnostic.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
