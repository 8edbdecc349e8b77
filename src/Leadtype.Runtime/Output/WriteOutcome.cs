namespace Leadtype.Output;

/// <summary>What an atomic write did to its target.</summary>
public enum WriteOutcome
{
    /// <summary>The target was created or replaced with new content.</summary>
    Written,

    /// <summary>The target already held exactly these bytes; it was not touched (its mtime is kept).</summary>
    Unchanged,
}
