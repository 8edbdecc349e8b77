using System.Collections.Immutable;
using System.Threading;

namespace Leadtype.Output;

/// <summary>
/// The lock keys held by the current logical flow (thread or async chain). The lock is not
/// reentrant: a nested acquire of the same key in the same flow would wait for itself forever, so
/// it fails at once instead. Independent flows in one process are not affected; they queue on the
/// lock directory like separate processes do.
/// </summary>
internal static class HeldLocks
{
    private static readonly AsyncLocal<ImmutableHashSet<string>?> Current = new();

    public static bool IsHeldByCurrentFlow(string key) => Current.Value?.Contains(key) == true;

    public static void Add(string key) => Current.Value = (Current.Value ?? ImmutableHashSet<string>.Empty).Add(key);

    public static void Remove(string key)
    {
        if (Current.Value is { } held)
        {
            Current.Value = held.Remove(key);
        }
    }
}
