using System;
using System.Collections.Generic;
using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary><c>search</c>: options for the search index and query engine.</summary>
public sealed record SearchConfig(EquatableArray<SearchSynonym> Synonyms = default)
{
    public static SearchConfig Default { get; } = new();

    /// <summary>The synonyms in the shape the query engine takes (term → alternatives; terms compared case-insensitively).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SynonymMap()
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var synonym in Synonyms)
        {
            map[synonym.Term] = synonym.Alternatives;
        }

        return map;
    }
}

/// <summary>One <c>search.synonyms</c> entry: searching <see cref="Term"/> also matches <see cref="Alternatives"/>.</summary>
public sealed record SearchSynonym(string Term, EquatableArray<string> Alternatives);
