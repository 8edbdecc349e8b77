namespace Leadtype.Generators.Model;

/// <summary>
/// What the implementation-only search output is emitted from: the ASCII-safe encoded binary index
/// (<see cref="Payload"/>), or <c>null</c> when it is not embedded (too large, disabled, or C# older
/// than 11); <see cref="IndexBytes"/> is the payload size either way (0 when none was built).
/// <see cref="Emit"/> is false when the project's runtime has no <c>Leadtype.DocsSearch</c>.
/// </summary>
internal sealed record SearchPayloadModel(string Namespace, string ClassName, string? Payload, int IndexBytes, bool Emit);
