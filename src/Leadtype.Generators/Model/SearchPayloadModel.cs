using Leadtype.Collections;

namespace Leadtype.Generators.Model;

/// <summary>
/// What the implementation-only search output is emitted from: the ASCII-safe encoded binary index
/// (<see cref="Payload"/>), or <c>null</c> when it is not embedded (too large, disabled, or C# older
/// than 11); <see cref="IndexBytes"/> is the payload size, or its lower bound when the index was too
/// large to build, or 0 when none was considered. <see cref="Emit"/> is false when the project's
/// runtime has no <c>Leadtype.DocsSearch</c>. <see cref="Diagnostics"/>: LT0202, LT0203, LT0205.
/// </summary>
internal sealed record SearchPayloadModel(string Namespace, string ClassName, string? Payload, long IndexBytes, bool Emit, EquatableArray<DiagnosticInfo> Diagnostics);
