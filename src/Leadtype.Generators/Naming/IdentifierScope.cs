using System;
using System.Collections.Generic;
using System.Globalization;

namespace Leadtype.Generators.Naming;

/// <summary>
/// The member names of one generated type. Names are claimed in a deterministic order (the caller
/// sorts its sources ordinally); a reserved name gets the scope's suffix (<c>Search</c> →
/// <c>SearchPages</c>), a name already taken gets the next free number (<c>Install2</c>).
/// </summary>
internal sealed class IdentifierScope
{
    /// <summary>Members every generated type inherits from <see cref="object"/>; redeclaring them warns (CS0108).</summary>
    public static readonly string[] ObjectMembers =
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private readonly HashSet<string> _reserved;
    private readonly Dictionary<string, string> _taken = new(StringComparer.Ordinal);
    private readonly List<NameConflict> _conflicts = new();

    public IdentifierScope(IEnumerable<string> reserved)
    {
        _reserved = new HashSet<string>(reserved, StringComparer.Ordinal);
        _reserved.UnionWith(ObjectMembers);
    }

    public IReadOnlyList<NameConflict> Conflicts => _conflicts;

    /// <summary>Claims <paramref name="wanted"/> for <paramref name="source"/> (a path or heading, used in messages).</summary>
    public string Claim(string wanted, string source, string reservedSuffix)
    {
        var candidate = wanted;
        if (_reserved.Contains(candidate))
        {
            candidate = wanted + reservedSuffix;
            var assignedReserved = TakeFree(candidate, source, out _);
            _conflicts.Add(new NameConflict(NameConflictKind.Reserved, source, null, wanted, assignedReserved));
            return assignedReserved;
        }

        var assigned = TakeFree(candidate, source, out var owner);
        if (owner is not null)
        {
            _conflicts.Add(new NameConflict(NameConflictKind.Collision, source, owner, wanted, assigned));
        }

        return assigned;
    }

    private string TakeFree(string candidate, string source, out string? firstOwner)
    {
        firstOwner = null;
        if (!_reserved.Contains(candidate) && !_taken.ContainsKey(candidate))
        {
            _taken[candidate] = source;
            return candidate;
        }

        _taken.TryGetValue(candidate, out firstOwner);
        firstOwner ??= "(reserved)";
        for (var n = 2; ; n++)
        {
            var numbered = candidate + (char.IsDigit(candidate[candidate.Length - 1]) ? "_" : string.Empty) + n.ToString(CultureInfo.InvariantCulture);
            if (!_reserved.Contains(numbered) && !_taken.ContainsKey(numbered))
            {
                _taken[numbered] = source;
                return numbered;
            }
        }
    }
}
