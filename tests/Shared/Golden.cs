using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace Leadtype.Tests.Shared;

/// <summary>
/// Golden-file assertions: the actual bytes must equal a checked-in <c>.expected</c> file. Run with
/// <c>LEADTYPE_ACCEPT=1</c> to (re)write the expected files from the actual output; review the diff
/// in git before committing. A mismatch fails with a line diff that shows invisible differences
/// (trailing newline, trailing spaces).
/// </summary>
internal static class Golden
{
    public static bool Accepting => Environment.GetEnvironmentVariable("LEADTYPE_ACCEPT") == "1";

    /// <param name="relativePath">Path of the expected file under the repository root.</param>
    public static void Matches(string relativePath, string actual) => Matches(relativePath, Encoding.UTF8.GetBytes(actual));

    public static void Matches(string relativePath, byte[] actual)
    {
        var path = RepositoryPaths.Combine(relativePath);
        if (Accepting)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            throw new XunitException("Missing golden file " + relativePath + ". Run the tests with LEADTYPE_ACCEPT=1 to create it, then review it.");
        }

        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        throw new XunitException("Golden file " + relativePath + " differs (- expected, + actual; ⏎ marks line ends). Run with LEADTYPE_ACCEPT=1 to accept.\n"
            + Diff(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual)));
    }

    /// <summary>Asserts two texts are equal, failing with a readable line diff.</summary>
    public static void TextEqual(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        throw new XunitException("Texts differ (- expected, + actual; ⏎ marks line ends):\n" + Diff(expected, actual));
    }

    public static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(Visible(expected), Visible(actual), ignoreWhiteSpace: false, ignoreCase: false);
        var builder = new StringBuilder();
        var unchangedRun = 0;
        foreach (var line in model.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                unchangedRun++;
                if (unchangedRun <= 2)
                {
                    builder.Append("  ").Append(line.Text).Append('\n');
                }
                else if (unchangedRun == 3)
                {
                    builder.Append("  …\n");
                }

                continue;
            }

            unchangedRun = 0;
            builder.Append(line.Type == ChangeType.Deleted ? "- " : line.Type == ChangeType.Inserted ? "+ " : "~ ").Append(line.Text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Marks every line end so a missing or extra final newline shows up in the diff.</summary>
    private static string Visible(string text) => text.Replace("\r", "␍").Replace("\n", "⏎\n") + (text.EndsWith("\n", StringComparison.Ordinal) ? string.Empty : "[no final newline]");
}
