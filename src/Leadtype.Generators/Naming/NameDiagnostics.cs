using Leadtype.Diagnostics;
using Leadtype.Generators.Model;

namespace Leadtype.Generators.Naming;

/// <summary>LT0200 / LT0201 for a name that could not be used as wished.</summary>
internal static class NameDiagnostics
{
    public static DiagnosticInfo For(NameConflict conflict, string sourcePath, string fullPath, SourceLocation location)
    {
        var source = Describe(conflict.Source, sourcePath);
        if (conflict.Kind == NameConflictKind.Reserved)
        {
            var reserved = DiagnosticCatalog.ReservedIdentifier;
            return new DiagnosticInfo(reserved.Id, reserved.DefaultSeverity, fullPath, location, reserved.Format(source, conflict.Wanted, conflict.Assigned));
        }

        var collision = DiagnosticCatalog.IdentifierCollision;
        var other = Describe(conflict.OtherSource ?? string.Empty, sourcePath);
        return new DiagnosticInfo(collision.Id, collision.DefaultSeverity, fullPath, location, collision.Format(other, source, conflict.Wanted, conflict.Assigned));
    }

    // Heading sources are "#slug"; name them with their page so the message stands alone.
    private static string Describe(string source, string sourcePath) =>
        source.StartsWith("#", System.StringComparison.Ordinal) ? sourcePath + source : source;
}
