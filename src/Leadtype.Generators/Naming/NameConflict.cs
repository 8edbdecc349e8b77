namespace Leadtype.Generators.Naming;

internal enum NameConflictKind
{
    /// <summary>The name is one the generated type reserves (LT0201).</summary>
    Reserved = 0,

    /// <summary>Another source already took the name (LT0200).</summary>
    Collision = 1,
}

/// <summary>A name that could not be used as wished, and the name used instead.</summary>
internal sealed record NameConflict(NameConflictKind Kind, string Source, string? OtherSource, string Wanted, string Assigned);
