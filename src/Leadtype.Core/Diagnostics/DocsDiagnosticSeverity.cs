namespace Leadtype.Diagnostics;

/// <summary>How serious a docs problem is. Mirrors Roslyn's severities so the generator can map 1:1.</summary>
public enum DocsDiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
