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

    private static readonly Dictionary<string, DiagnosticDescriptor> Promoted = new();

    public static DiagnosticDescriptor For(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : Unknown(id);

    /// <summary>
    /// The descriptor for <paramref name="id"/> whose default severity is <paramref name="severity"/>:
    /// the catalogue's own, or a variant for a severity an MSBuild switch chose (broken links as
    /// errors), so the IDE and <c>.editorconfig</c> see it as the default.
    /// </summary>
    public static DiagnosticDescriptor For(string id, DiagnosticSeverity severity)
    {
        var descriptor = For(id);
        if (descriptor.DefaultSeverity == severity)
        {
            return descriptor;
        }

        lock (Promoted)
        {
            var key = id + "/" + severity;
            if (!Promoted.TryGetValue(key, out var variant))
            {
                variant = new DiagnosticDescriptor(id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, severity, isEnabledByDefault: true, description: null, helpLinkUri: descriptor.HelpLinkUri);
                Promoted[key] = variant;
            }

            return variant;
        }
    }

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
