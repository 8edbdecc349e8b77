using System;
using System.Diagnostics;
using System.IO;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// A stale mirror that cannot be deleted (here: immutable, which stops even root) fails the run after everything else
/// was written; the run is not recorded as complete, so the next run does not take the output as up to date, and
/// once the file can be deleted a run prunes it.
/// </summary>
public sealed class GeneratePruneFailureTests
{
    [Fact]
    public void A_failed_prune_fails_the_run_is_not_recorded_as_complete_and_the_next_run_recovers()
    {
        using var workspace = GenerateWorkspace.WithDocs(
            ("index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n"),
            ("old.mdx", "---\ntitle: Old\n---\n\nGoing away.\n"));
        Assert.Equal(0, workspace.Generate().ExitCode);
        var stale = Path.Combine(workspace.Output, "docs", "old.md");
        if (!Chattr("+i", stale))
        {
            // chattr needs Linux, a file system with the immutable flag (ext4, xfs, btrfs) and root, as on the CI
            // machine; nothing else makes a delete fail for root. Without them there is no way to stage the failure.
            return;
        }

        try
        {
            workspace.DeleteSource("docs/old.mdx");
            workspace.WriteSource("docs/index.mdx", "---\ntitle: Home\n---\n\nWelcome back.\n");

            var failed = workspace.Generate();
            Assert.Equal(1, failed.ExitCode);
            Assert.Contains("cannot delete the stale output file", failed.Stderr);
            Assert.Contains("old.md", failed.Stderr);
            // Write-then-prune: the new output was written before the prune failed.
            Assert.Contains("Welcome back.", workspace.ReadOutput("docs/index.md"));

            // Not recorded as complete: the same inputs run again (and fail the same way) instead of "Up to date".
            var again = workspace.Generate();
            Assert.Equal(1, again.ExitCode);
            Assert.DoesNotContain("Up to date", again.Stdout + again.Stderr);
        }
        finally
        {
            Chattr("-i", stale);
        }

        var recovered = workspace.Generate();
        Assert.True(recovered.ExitCode == 0, recovered.Stderr);
        Assert.False(File.Exists(stale));
        var unchanged = workspace.Generate();
        Assert.Contains("Up to date", unchanged.Stdout + unchanged.Stderr);
    }

    private static bool Chattr(string flag, string path)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/chattr"))
        {
            return false;
        }

        using var process = Process.Start(new ProcessStartInfo("/usr/bin/chattr", new[] { flag, path }) { RedirectStandardError = true, UseShellExecute = false })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
