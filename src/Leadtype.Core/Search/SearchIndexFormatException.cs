using System;

namespace Leadtype.Search;

/// <summary>
/// A search index (binary or JSON) is corrupt, truncated, of an unknown version or otherwise unreadable.
/// Thrown instead of returning results from damaged data.
/// </summary>
public sealed class SearchIndexFormatException : Exception
{
    public SearchIndexFormatException(string message)
        : base(message)
    {
    }

    public SearchIndexFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
