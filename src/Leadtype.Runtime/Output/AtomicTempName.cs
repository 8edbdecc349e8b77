using System;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Leadtype.Output;

/// <summary>
/// The name of the temp sibling an atomic write goes through: <c>.&lt;name&gt;.&lt;pid&gt;-&lt;12 hex&gt;.tmp</c>
/// in the target's own directory (a rename is only atomic within one file system). The pattern is
/// strict so the sweep of leaked temps can never match a user's file such as <c>.env.tmp</c>.
/// </summary>
public static class AtomicTempName
{
    private const string Extension = ".tmp";
    private const int HexLength = 12;

    // NAME_MAX is 255 bytes on ext4/APFS and 255 UTF-16 units on NTFS; UTF-8 bytes bound both.
    private const int MaxNameBytes = 255;

    /// <summary>A fresh temp path beside <paramref name="targetPath"/> for the current process.</summary>
    public static string For(string targetPath) => For(targetPath, Environment.ProcessId);

    internal static string For(string targetPath, int processId)
    {
        var directory = Path.GetDirectoryName(targetPath) ?? string.Empty;
        var name = Path.GetFileName(targetPath);
        if (name.Length == 0)
        {
            throw new ArgumentException($"\"{targetPath}\" does not name a file.", nameof(targetPath));
        }

        Span<byte> random = stackalloc byte[HexLength / 2];
        RandomNumberGenerator.Fill(random);
        var suffix = "." + processId.ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexString(random).ToLowerInvariant() + Extension;
        return Path.Combine(directory, "." + FitName(name, MaxNameBytes - 1 - Encoding.UTF8.GetByteCount(suffix)) + suffix);
    }

    /// <summary>True when <paramref name="fileName"/> (a bare name, no directory) has the exact temp pattern.</summary>
    public static bool IsMatch(string fileName) => TryParseProcessId(fileName, out _);

    /// <summary>Parses the writer's pid out of a temp name; false when the name does not have the exact pattern.</summary>
    public static bool TryParseProcessId(string fileName, out int processId)
    {
        processId = 0;
        var span = fileName.AsSpan();

        // Shortest match: "." + 1 char + "." + 1 digit + "-" + 12 hex + ".tmp".
        if (span.Length < 1 + 1 + 1 + 1 + 1 + HexLength + Extension.Length
            || span[0] != '.'
            || !span.EndsWith(Extension.AsSpan(), StringComparison.Ordinal))
        {
            return false;
        }

        var rest = span[..^Extension.Length];
        var hex = rest[^HexLength..];
        foreach (var c in hex)
        {
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        rest = rest[..^HexLength];
        if (rest[^1] != '-')
        {
            return false;
        }

        rest = rest[..^1];
        var digits = 0;
        while (digits < rest.Length && rest[rest.Length - 1 - digits] is >= '0' and <= '9')
        {
            digits++;
        }

        // Digits, then the dot that ends the embedded name, which must itself be non-empty.
        if (digits == 0 || rest.Length - digits < 3 || rest[rest.Length - digits - 1] != '.')
        {
            return false;
        }

        return int.TryParse(rest[^digits..], NumberStyles.None, CultureInfo.InvariantCulture, out processId);
    }

    private static string FitName(string name, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(name) <= maxBytes)
        {
            return name;
        }

        // Truncate by whole code points; the pattern only needs a non-empty name.
        var builder = new StringBuilder();
        var bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            builder.Append(rune.ToString());
            bytes += rune.Utf8SequenceLength;
        }

        return builder.Length == 0 ? "x" : builder.ToString();
    }
}
