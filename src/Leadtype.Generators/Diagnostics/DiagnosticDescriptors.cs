using System.Collections.Generic;
using Leadtype.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Leadtype.Generators.Diagnostics;

/// <summary>
/// Roslyn descriptors for every id of Core's <see cref="DiagnosticCatalog"/>: the generator reports
/// the same ids, titles, severities and messages as the CLI, with the catalogue's help links.
/// </summary>
internal static class DiagnosticDescriptors
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static DiagnosticDescriptor For(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : Unknown(id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticSeverity ToRoslyn(DocsDiagnosticSeverity severity) => severity switch
    {
        DocsDiagnosticSeverity.Error => DiagnosticSeverity.Error,
        DocsDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        DocsDiagnosticSeverity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>();
        foreach (var entry in DiagnosticCatalog.All)
        {
            map[entry.Id] = Create(entry.Id, entry.Title, entry.Category, ToRoslyn(entry.DefaultSeverity), entry.HelpLink);
        }

        return map;
    }

    // Messages arrive fully formatted from Core (the CLI prints the very same text), so the
    // descriptor's format is the message itself.
    private static DiagnosticDescriptor Create(string id, string title, string category, DiagnosticSeverity severity, string helpLink) =>
        new(id, title, "{0}", "Leadtype." + category, severity, isEnabledByDefault: true, description: null, helpLinkUri: helpLink);

    private static DiagnosticDescriptor Unknown(string id) =>
        Create(id, id, "Docs", DiagnosticSeverity.Warning, DiagnosticCatalog.HelpLinkFor(id));
}
