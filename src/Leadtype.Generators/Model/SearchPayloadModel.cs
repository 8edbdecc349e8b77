namespace Leadtype.Generators.Model;

/// <summary>
/// What the implementation-only search output is emitted from: the ASCII-safe encoded index, or
/// <c>null</c> when it is not embedded (too large, disabled, or C# older than 11).
/// </summary>
internal sealed record SearchPayloadModel(string Namespace, string ClassName, string? Payload, int IndexBytes);
