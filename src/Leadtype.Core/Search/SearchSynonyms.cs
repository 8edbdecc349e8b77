using System;
using System.Collections.Generic;

namespace Leadtype.Search;

/// <summary>
/// Query-side synonyms: the reference's built-in list plus configured ones (<c>search.synonyms</c> in
/// leadtype.json). A query token also looks for its synonyms' tokens, at a lower weight. Configured keys
/// are folded like query tokens (so <c>"Switcher"</c> works as <c>"switcher"</c>); values are tokenized.
/// </summary>
public sealed class SearchSynonyms
{
    /// <summary>The reference's <c>DEFAULT_SYNONYMS</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Defaults { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["ai"] = new[] { "agent", "llm" },
        ["agents"] = new[] { "ai", "llm" },
        ["api"] = new[] { "reference", "sdk" },
        ["auth"] = new[] { "authentication", "login", "signin" },
        ["cli"] = new[] { "command", "terminal" },
        ["config"] = new[] { "configure", "configuration", "settings", "options" },
        ["docs"] = new[] { "documentation", "guide", "guides" },
        ["error"] = new[] { "fail", "failure", "broken" },
        ["find"] = new[] { "search", "lookup" },
        ["install"] = new[] { "setup", "add" },
        ["llm"] = new[] { "agent", "ai" },
        ["publish"] = new[] { "deploy", "release" },
        ["search"] = new[] { "find", "lookup" },
        ["setup"] = new[] { "install", "configure" },
        ["ts"] = new[] { "typescript" },
        ["typescript"] = new[] { "ts" },
    };

    /// <summary>Only the built-in synonyms.</summary>
    public static SearchSynonyms Default { get; } = new(null);

    private readonly Dictionary<string, string[]> _tokens = new(StringComparer.Ordinal);

    public SearchSynonyms(IReadOnlyDictionary<string, IReadOnlyList<string>>? configured)
    {
        var merged = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in Defaults)
        {
            merged[entry.Key] = new List<string>(entry.Value);
        }

        if (configured is not null)
        {
            var keys = new List<string>(configured.Keys);
            keys.Sort(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var folded = SearchText.Fold(key);
                if (!merged.TryGetValue(folded, out var values))
                {
                    values = new List<string>();
                    merged.Add(folded, values);
                }

                values.AddRange(configured[key] ?? Array.Empty<string>());
            }
        }

        foreach (var entry in merged)
        {
            var tokens = new List<string>();
            foreach (var value in entry.Value)
            {
                tokens.AddRange(SearchTokenizer.Tokenize(value ?? string.Empty));
            }

            _tokens.Add(entry.Key, tokens.ToArray());
        }
    }

    /// <summary>The tokens a query token expands to (built-in first, then configured), possibly empty.</summary>
    public IReadOnlyList<string> For(string token) => _tokens.TryGetValue(token, out var tokens) ? tokens : Array.Empty<string>();
}
