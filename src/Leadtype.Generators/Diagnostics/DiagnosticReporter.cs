using System.Collections.Generic;
using Leadtype.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Leadtype.Generators.Diagnostics;

/// <summary>Reports diagnostic models, building the Roslyn <see cref="Location"/> only now (models never hold one).</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            context.ReportDiagnostic(ToDiagnostic(info));
        }
    }

    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var severity = DiagnosticDescriptors.ToRoslyn(info.Severity);
        var descriptor = DiagnosticDescriptors.For(info.Id, severity);
        return Diagnostic.Create(descriptor, ToLocation(info), info.Message);
    }

    public static Location ToLocation(DiagnosticInfo info)
    {
        if (info.FilePath.Length == 0)
        {
            return Location.None;
        }

        var l = info.Location;
        return Location.Create(
            info.FilePath,
            new TextSpan(l.Start, l.Length),
            new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(l.EndLine, l.EndColumn)));
    }
}
