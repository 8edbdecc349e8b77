using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Diagnostics;

namespace Leadtype.Cli.Reporting;

/// <summary>How diagnostics are printed: compiler style, or MSBuild's canonical format.</summary>
internal enum DiagnosticFormat
{
    /// <summary><c>path:line:col: severity LTxxxx: message</c>, paths relative to the current directory when under it.</summary>
    Text,

    /// <summary><c>path(line,col): error LTxxxx: message</c> with full paths, which MSBuild and IDEs turn into clickable errors.</summary>
    MSBuild,
}

/// <summary>Prints diagnostics to standard error, one per line.</summary>
internal sealed class DiagnosticPrinter
{
    private readonly TextWriter _writer;
    private readonly DiagnosticFormat _format;
    private readonly string _workingDirectory;

    public DiagnosticPrinter(TextWriter writer, DiagnosticFormat format, string workingDirectory)
    {
        _writer = writer;
        _format = format;
        _workingDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory));
    }

    public void Print(IEnumerable<DocsDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DocsDiagnosticSeverity.Hidden)
            {
                continue;
            }

            _writer.WriteLine(Format(diagnostic));
        }
    }

    public string Format(DocsDiagnostic diagnostic) => _format == DiagnosticFormat.MSBuild
        ? diagnostic.ToMSBuildString()
        : diagnostic.WithFile(Display(diagnostic.FilePath)).ToCompilerString();

    /// <summary>A path relative to the working directory when it lies under it; otherwise as given.</summary>
    public string Display(string path)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            return path;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (path.StartsWith(_workingDirectory + Path.DirectorySeparatorChar, comparison))
        {
            return path.Substring(_workingDirectory.Length + 1).Replace('\\', '/');
        }

        return path;
    }
}
