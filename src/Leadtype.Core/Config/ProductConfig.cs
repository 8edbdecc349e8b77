using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>Whether JSON-LD describes the product as an app or as a library (SoftwareSourceCode too).</summary>
public enum ProductKind
{
    App,
    Library,
}

/// <summary>
/// <c>product</c>: what the docs are about. <see cref="Name"/> is the llms.txt H1 and
/// <see cref="Tagline"/> its blockquote. The legacy fields (<c>summary</c>, <c>bullets</c>,
/// <c>bestStartingPoints</c>, <c>agentGuidance</c>) are still read, as the reference does.
/// </summary>
public sealed record ProductConfig(
    string Name,
    string Tagline,
    string? Homepage = null,
    string? Docs = null,
    string? Repository = null,
    ProductKind Kind = ProductKind.App,
    string? Category = null,
    EquatableArray<string> Bullets = default,
    EquatableArray<CuratedLink> BestStartingPoints = default,
    string? AgentGuidance = null,
    ConfigLocation Location = default);
