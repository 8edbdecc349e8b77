using System.Collections.Generic;
using System.Linq;
using Leadtype.Diagnostics;

namespace Leadtype.Runtime.Conversion;

/// <summary>One converted file: where it came from, where it went, what was reported.</summary>
public sealed record ConvertedFile(string SourcePath, string OutputPath, IReadOnlyList<DocsDiagnostic> Diagnostics);

/// <summary>The outcome of converting a docs folder.</summary>
public sealed class DocsConversionResult
{
    public DocsConversionResult(IReadOnlyList<ConvertedFile> files, long elapsedMilliseconds)
    {
        Files = files;
        ElapsedMilliseconds = elapsedMilliseconds;
    }

    /// <summary>Every converted file, ordered by source path (ordinal).</summary>
    public IReadOnlyList<ConvertedFile> Files { get; }

    public long ElapsedMilliseconds { get; }

    public IEnumerable<DocsDiagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DocsDiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DocsDiagnosticSeverity.Warning);

    public int InfoCount => Diagnostics.Count(d => d.Severity == DocsDiagnosticSeverity.Info);

    public int FilesWithErrors => Files.Count(f => f.Diagnostics.Any(d => d.IsError));
}
