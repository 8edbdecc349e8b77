using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Leadtype.Output;

/// <summary>
/// Settings of the output stage: whether to lock, how long to wait, when a lock without an
/// identifiable owner counts as abandoned. <see cref="FromEnvironment()"/> is the one place the
/// <c>LEADTYPE_*</c> environment variables are read.
/// </summary>
public sealed record OutputOptions
{
    /// <summary><c>1</c> turns the lock (and therefore the temp sweep) off.</summary>
    public const string NoLockVariable = "LEADTYPE_NO_LOCK";

    /// <summary>Milliseconds a run waits for another run's lock before failing (default 15 minutes).</summary>
    public const string TimeoutVariable = "LEADTYPE_LOCK_TIMEOUT_MS";

    /// <summary>Milliseconds after which a lock whose owner cannot be identified counts as abandoned (default 10 minutes).</summary>
    public const string StaleVariable = "LEADTYPE_LOCK_STALE_MS";

    /// <summary>Milliseconds between the holder's refreshes of the lock's mtime (default a quarter of the stale window, at least 1 s).</summary>
    public const string KeepaliveVariable = "LEADTYPE_LOCK_KEEPALIVE_MS";

    /// <summary>Directory that holds the lock directories (default <c>&lt;temp&gt;/leadtype-locks-&lt;user&gt;</c>).</summary>
    public const string LockDirectoryVariable = "LEADTYPE_LOCK_DIR";

    public static readonly TimeSpan DefaultWaitTimeout = TimeSpan.FromMinutes(15);

    public static readonly TimeSpan DefaultStaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>Take the single-flight lock for the output directory (on unless <c>LEADTYPE_NO_LOCK=1</c>).</summary>
    public bool UseLock { get; init; } = true;

    /// <summary>How long to wait for another run before failing; longer than <see cref="StaleAfter"/> so a waiter outlives a crashed holder.</summary>
    public TimeSpan WaitTimeout { get; init; } = DefaultWaitTimeout;

    /// <summary>Age after which a lock whose owner cannot be identified (no readable owner, another machine) is reclaimed.</summary>
    public TimeSpan StaleAfter { get; init; } = DefaultStaleAfter;

    /// <summary>Interval of the holder's mtime refresh; null means a quarter of <see cref="StaleAfter"/>, at least 1 s.</summary>
    public TimeSpan? KeepaliveInterval { get; init; }

    /// <summary>Where lock directories live; null means a per-user folder under the system temp directory.</summary>
    public string? LockDirectory { get; init; }

    /// <summary>
    /// On SIGINT/SIGTERM/SIGHUP while the lock is held: stop writing, remove temps in flight, release
    /// the lock and exit with 128 + the signal number (130, 143, 129). Turn off only when the host
    /// handles termination itself and disposes the session.
    /// </summary>
    public bool ExitOnSignal { get; init; } = true;

    /// <summary>Where the one-line wait notice and warnings go (default standard error).</summary>
    public TextWriter? Log { get; init; }

    /// <summary>Problems found while reading the environment (an unparsable number); reported once per session.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = Array.Empty<string>();

    internal TimeSpan EffectiveKeepalive =>
        KeepaliveInterval ?? TimeSpan.FromMilliseconds(Math.Max(1000, StaleAfter.TotalMilliseconds / 4));

    internal TextWriter EffectiveLog => Log ?? Console.Error;

    /// <summary>Options from the process environment.</summary>
    public static OutputOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Options from <paramref name="variable"/> (a lookup of environment variables by name).</summary>
    public static OutputOptions FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var warnings = new List<string>();
        var stale = ReadMilliseconds(variable, StaleVariable, warnings) ?? DefaultStaleAfter;
        var lockDirectory = variable(LockDirectoryVariable);
        return new OutputOptions
        {
            UseLock = variable(NoLockVariable) != "1",
            WaitTimeout = ReadMilliseconds(variable, TimeoutVariable, warnings) ?? DefaultWaitTimeout,
            StaleAfter = stale,
            KeepaliveInterval = ReadMilliseconds(variable, KeepaliveVariable, warnings),
            LockDirectory = string.IsNullOrWhiteSpace(lockDirectory) ? null : lockDirectory,
            Warnings = warnings,
        };
    }

    private static TimeSpan? ReadMilliseconds(Func<string, string?> variable, string name, List<string> warnings)
    {
        var raw = variable(name);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds > 0
            && milliseconds <= TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        warnings.Add($"{name}=\"{raw}\" is not a positive number of milliseconds; the default is used.");
        return null;
    }
}
