using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Leadtype.Generators.Tests.Infrastructure;

/// <summary>
/// Hand-rolled snapshot files (Verify is not available here): <c>Snapshots/NAME.verified.cs</c> in the
/// repository. On mismatch a <c>.received.cs</c> is written beside it and the failure shows a
/// DiffPlex line diff; set <c>LEADTYPE_ACCEPT_SNAPSHOTS=1</c> to overwrite the verified file.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "LEADTYPE_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "tests", "Leadtype.Generators.Tests", "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            throw new Xunit.Sdk.XunitException($"No snapshot {verified}; the output was written to {received}. Run with {AcceptVariable}=1 to accept it.");
        }

        throw new Xunit.Sdk.XunitException($"Snapshot {name} differs (received: {received}; accept with {AcceptVariable}=1):\n" + Diff(expected, actual));
    }

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in model.Lines)
        {
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            builder.Append(line.Type == ChangeType.Inserted ? "+ " : line.Type == ChangeType.Deleted ? "- " : "~ ").AppendLine(line.Text);
            if (++shown == 80)
            {
                builder.AppendLine("…");
                break;
            }
        }

        return builder.ToString();
    }
}
