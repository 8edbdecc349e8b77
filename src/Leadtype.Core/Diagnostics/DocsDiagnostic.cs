using System;
using System.Globalization;

namespace Leadtype.Diagnostics;

/// <summary>
/// A located docs problem. Lines and columns are 1-based and point into the original source file
/// (the <c>.mdx</c> page including its frontmatter, or <c>leadtype.json</c>); 0 means "whole file".
/// Value-equatable so the source generator can cache models that carry diagnostics.
/// </summary>
public sealed record DocsDiagnostic(
    string Id,
    DocsDiagnosticSeverity Severity,
    string FilePath,
    int Line,
    int Column,
    string Message,
    int EndLine = 0,
    int EndColumn = 0)
{
    public static DocsDiagnostic Create(DocsDiagnosticDescriptor descriptor, string filePath, int line, int column, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, filePath, line, column, descriptor.Format(args));

    public static DocsDiagnostic Create(DocsDiagnosticDescriptor descriptor, string filePath, SourceSpan span, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, filePath, span.Line, span.Column, descriptor.Format(args), span.EndLine, span.EndColumn);

    public bool IsError => Severity == DocsDiagnosticSeverity.Error;

    /// <summary>The same diagnostic with the file path replaced (used when a stage reports relative to another root).</summary>
    public DocsDiagnostic WithFile(string filePath) => this with { FilePath = filePath };

    /// <summary>The compiler-style form the CLI prints: <c>path:line:col: severity LT0001: message</c>.</summary>
    public string ToCompilerString()
    {
        var location = Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}", FilePath, Line, Math.Max(Column, 1)) : FilePath;
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", location, SeverityWord(Severity), Id, Message);
    }

    /// <summary>MSBuild's canonical error format, which IDEs and build logs make clickable: <c>path(line,col): error LT0001: message</c>.</summary>
    public string ToMSBuildString()
    {
        var location = Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", FilePath, Line, Math.Max(Column, 1)) : FilePath;
        // MSBuild only recognises "error" and "warning"; info is printed as a message-like warning-free line.
        var category = Severity switch
        {
            DocsDiagnosticSeverity.Error => "error",
            DocsDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2}: {3}", location, category, Id, Message);
    }

    public override string ToString() => ToCompilerString();

    private static string SeverityWord(DocsDiagnosticSeverity severity) => severity switch
    {
        DocsDiagnosticSeverity.Error => "error",
        DocsDiagnosticSeverity.Warning => "warning",
        DocsDiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
