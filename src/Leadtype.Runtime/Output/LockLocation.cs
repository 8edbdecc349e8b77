using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Leadtype.Output;

/// <summary>
/// Where the lock for one output directory lives: a directory named from a hash of the normalised
/// full output path, under a per-user folder in the system temp directory (never inside the output,
/// which is often deployed as is). Per-user, because a lock folder created by one user in a shared
/// <c>/tmp</c> would otherwise block or expose every other user (the NuGet scratch-folder lesson).
/// </summary>
internal sealed class LockLocation
{
    private const string Prefix = "leadtype-output-";

    private LockLocation(string outputDirectory, string key, string baseDirectory, bool isDefaultBase)
    {
        OutputDirectory = outputDirectory;
        Key = key;
        BaseDirectory = baseDirectory;
        IsDefaultBase = isDefaultBase;
    }

    /// <summary>The output directory as a full path (original case).</summary>
    public string OutputDirectory { get; }

    /// <summary>The hash of the normalised output path (32 lowercase hex).</summary>
    public string Key { get; }

    public string BaseDirectory { get; }

    public string Name => Prefix + Key;

    public string LockPath => Path.Combine(BaseDirectory, Name + ".lock");

    private bool IsDefaultBase { get; }

    public static LockLocation For(string outputDirectory, OutputOptions options)
    {
        var full = NormalizeFullPath(outputDirectory);
        var key = KeyFor(full, IsCaseInsensitiveFileSystem);
        var configured = options.LockDirectory;
        return configured is null
            ? new LockLocation(full, key, Path.Combine(Path.GetTempPath(), "leadtype-locks-" + SafeUserName()), isDefaultBase: true)
            : new LockLocation(full, key, Path.GetFullPath(configured), isDefaultBase: false);
    }

    /// <summary>
    /// Windows and macOS volumes are case-insensitive by default, so <c>C:\Site\Public</c> and
    /// <c>c:\site\public</c> are one directory and must share one lock. (A case-sensitive APFS volume
    /// then gets one lock for names that differ only in case; that only costs some waiting.)
    /// </summary>
    public static bool IsCaseInsensitiveFileSystem =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() || OperatingSystem.IsMacCatalyst();

    public static string NormalizeFullPath(string outputDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        var full = Path.GetFullPath(outputDirectory);
        if (OperatingSystem.IsWindows())
        {
            full = full.Replace('/', '\\');
        }

        return Path.TrimEndingDirectorySeparator(full);
    }

    /// <summary>The lock key of an already normalised full path.</summary>
    public static string KeyFor(string normalizedFullPath, bool caseInsensitive)
    {
        var text = caseInsensitive ? normalizedFullPath.ToUpperInvariant() : normalizedFullPath;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }

    public string HolderName(string token) => "holder-" + token;

    public string StagePath(string token) =>
        Path.Combine(BaseDirectory, Name + ".stage-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + token);

    public string TrashPath(string token) =>
        Path.Combine(BaseDirectory, Name + ".trash-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + token);

    /// <summary>Creates the lock folder; the default per-user folder must be private to the current user.</summary>
    public void EnsureBaseDirectory()
    {
        try
        {
            if (OperatingSystem.IsWindows() || !IsDefaultBase)
            {
                Directory.CreateDirectory(BaseDirectory);
                return;
            }

            const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Directory.CreateDirectory(BaseDirectory, Private);
            if (PathEntry.KindOf(BaseDirectory) != PathEntryKind.Directory)
            {
                throw new OutputException(
                    $"the lock folder \"{BaseDirectory}\" is not a plain directory (a link or a file); remove it or set " +
                    $"{OutputOptions.LockDirectoryVariable} to a directory of your own.");
            }

            if ((File.GetUnixFileMode(BaseDirectory) & ~Private) != 0)
            {
                // Only the owner (or root) may change the mode, so this doubles as an ownership check.
                File.SetUnixFileMode(BaseDirectory, Private);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException && error is not OutputException)
        {
            throw new OutputException(
                $"cannot use the lock folder \"{BaseDirectory}\": {error.Message} Set {OutputOptions.LockDirectoryVariable} to a " +
                $"writable directory of your own, or {OutputOptions.NoLockVariable}=1 to skip locking.",
                error);
        }
    }

    /// <summary>True when <paramref name="entryName"/> is a stage or trash folder this lock's protocol left behind.</summary>
    public bool TryParseLeftover(string entryName, out int processId)
    {
        processId = 0;
        foreach (var kind in new[] { ".stage-", ".trash-" })
        {
            var prefix = Name + kind;
            if (entryName.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = entryName.AsSpan(prefix.Length);
                var dash = rest.IndexOf('-');
                return dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out processId);
            }
        }

        return false;
    }

    private static string SafeUserName()
    {
        var builder = new StringBuilder();
        foreach (var c in Environment.UserName)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.Length == 0 ? "user" : builder.ToString();
    }
}
