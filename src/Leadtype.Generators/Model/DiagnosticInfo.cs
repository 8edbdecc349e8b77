using Leadtype.Diagnostics;

namespace Leadtype.Generators.Model;

/// <summary>
/// A diagnostic as data: catalogue id, effective default severity, the file as the compiler named it
/// (absolute; used for the location only, never emitted into code), the location and the final message.
/// </summary>
internal sealed record DiagnosticInfo(string Id, DocsDiagnosticSeverity Severity, string FilePath, SourceLocation Location, string Message);
