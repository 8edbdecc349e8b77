using System;
using System.Collections.Generic;
using System.IO;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// <c>leadtype generate --watch</c> as a real process: it rebuilds after edits, survives a broken
/// edit and rebuilds once it is fixed, never retriggers on its own output, and stops cleanly on
/// Ctrl+C (SIGINT) with the output lock released. Waits are on file and output conditions, bounded.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class GenerateWatchTests
{
    [Fact]
    public void An_edit_is_rebuilt_and_the_output_does_not_retrigger_the_watch()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        using var lockDirectory = new TempFolder();
        // The output lies inside the watched docs folder: its writes must not count as changes.
        var output = Path.Combine(workspace.Docs, "_site");
        using var watch = StartWatch(workspace, lockDirectory.Path, output);
        watch.WaitUntil(() => watch.Stderr.Contains("watching for changes"), "the first build");
        Assert.True(File.Exists(Path.Combine(output, "docs", "quickstart.md")));

        workspace.WriteSource("docs/quickstart.mdx", File.ReadAllText(Path.Combine(workspace.Docs, "quickstart.mdx")).Replace("Set `ACME_KEY`", "Export `ACME_KEY`"));
        watch.WaitUntil(() => File.ReadAllText(Path.Combine(output, "docs", "quickstart.md")).Contains("Export `ACME_KEY`"), "the edited page to be rebuilt");
        watch.WaitUntil(() => CliProcess.Count(watch.Stderr, "Generated docs pipeline output") == 2, "the rebuild's summary");

        workspace.WriteSource("docs/guides/deploy.mdx", File.ReadAllText(Path.Combine(workspace.Docs, "guides", "deploy.mdx")).Replace("acme rollback", "acme undo"));
        watch.WaitUntil(() => File.ReadAllText(Path.Combine(output, "docs", "guides", "deploy.md")).Contains("acme undo"), "the second edit to be rebuilt");
        watch.WaitUntil(() => CliProcess.Count(watch.Stderr, "Generated docs pipeline output") == 3, "the second rebuild's summary");

        // Two edits, two rebuilds: writing the output did not start more.
        Assert.Equal(2, CliProcess.Count(watch.Stderr, "change detected"));
        Stop(watch);
    }

    [Fact]
    public void The_redirects_lockfile_the_run_writes_into_the_docs_folder_does_not_retrigger_the_watch()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        using var lockDirectory = new TempFolder();
        workspace.WriteSource("leadtype.json", File.ReadAllText(Path.Combine(workspace.Source, "leadtype.json")).Replace("\"mounts\":", "\"redirects\": {},\n  \"mounts\":"));
        var lockfile = Path.Combine(workspace.Docs, "paths.lock.json");
        using var watch = StartWatch(workspace, lockDirectory.Path, workspace.Output);
        watch.WaitUntil(() => watch.Stderr.Contains("watching for changes"), "the first build");
        Assert.True(File.Exists(lockfile), watch.Stderr);

        // A new page changes the lockfile; writing it must not start another build.
        workspace.WriteSource("docs/guides/rollback.mdx", "---\ntitle: Rollback\n---\n\nUndo a deploy.\n");
        watch.WaitUntil(() => File.ReadAllText(lockfile).Contains("/docs/guides/rollback"), "the lockfile to list the new page");
        watch.WaitUntil(() => CliProcess.Count(watch.Stderr, "Generated docs pipeline output") == 2, "the rebuild's summary");
        workspace.WriteSource("docs/quickstart.mdx", File.ReadAllText(Path.Combine(workspace.Docs, "quickstart.mdx")).Replace("Set `ACME_KEY`", "Export `ACME_KEY`"));
        watch.WaitUntil(() => CliProcess.Count(watch.Stderr, "Generated docs pipeline output") == 3, "the second rebuild's summary");

        // Two edits, two rebuilds, and no change line names the lockfile (alone, or coalesced with the second edit).
        Assert.Equal(2, CliProcess.Count(watch.Stderr, "change detected"));
        Assert.DoesNotContain("paths.lock.json", watch.Stderr);
        Stop(watch);
    }

    [Fact]
    public void A_broken_edit_reports_an_error_keeps_watching_and_the_fix_is_rebuilt()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        using var lockDirectory = new TempFolder();
        using var watch = StartWatch(workspace, lockDirectory.Path);
        watch.WaitUntil(() => watch.Stderr.Contains("watching for changes"), "the first build");
        var config = File.ReadAllText(Path.Combine(workspace.Source, "leadtype.json"));

        workspace.WriteSource("leadtype.json", config.Replace("\"quickstart\",", "\"quickstart\", \"no-such-page\","));
        watch.WaitUntil(() => watch.Stderr.Contains("error LT0102"), "the navigation error to be reported");
        Assert.False(watch.HasExited);

        workspace.WriteSource("leadtype.json", config);
        workspace.WriteSource("docs/index.mdx", File.ReadAllText(Path.Combine(workspace.Docs, "index.mdx")).Replace("Welcome to Acme.", "Welcome back to Acme."));
        watch.WaitUntil(() => workspace.ReadOutput("docs/index.md").Contains("Welcome back to Acme."), "the fixed site to be rebuilt");
        Stop(watch);
    }

    [Fact]
    public void Ctrl_c_stops_watching_with_exit_0_and_releases_the_output_lock()
    {
        using var workspace = GenerateWorkspace.FromFixture("site");
        using var lockDirectory = new TempFolder();
        using var watch = StartWatch(workspace, lockDirectory.Path);
        watch.WaitUntil(() => watch.Stderr.Contains("watching for changes"), "the first build");

        Stop(watch);

        // Ctrl+C is acknowledged at once, then the watcher stops.
        Assert.Contains("stopping…\nstopped watching", watch.Stderr.Replace("\r\n", "\n"));
        Assert.Empty(Directory.GetFileSystemEntries(lockDirectory.Path, "*.lock"));

        // Another run takes the lock at once (it would wait, then fail, if the lock had been left behind).
        using var next = CliProcess.Start(
            new Dictionary<string, string> { ["LEADTYPE_LOCK_DIR"] = lockDirectory.Path, ["LEADTYPE_LOCK_TIMEOUT_MS"] = "5000" },
            "generate", "--src", workspace.Source, "--out", workspace.Output, "--base-url", "https://acme.example", "--force");
        Assert.True(next.WaitForExit() == 0, next.Stderr);
    }

    private static CliProcess StartWatch(GenerateWorkspace workspace, string lockDirectory, string? output = null) =>
        CliProcess.Start(
            new Dictionary<string, string> { ["LEADTYPE_LOCK_DIR"] = lockDirectory },
            "generate", "--watch", "--src", workspace.Source, "--out", output ?? workspace.Output, "--base-url", "https://acme.example");

    private static void Stop(CliProcess watch)
    {
        watch.Signal("INT");
        Assert.True(watch.WaitForExit() == 0, watch.Stderr);
    }
}

/// <summary>Tests that start CLI processes run one at a time: they time-share a small machine.</summary>
[CollectionDefinition(nameof(ProcessCollection), DisableParallelization = true)]
public sealed class ProcessCollection
{
}

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "leadtype-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
