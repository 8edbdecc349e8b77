using System;
using System.IO;
using System.Text.Json;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>Rename tracking with a <c>redirects</c> block: <c>docs/redirects.json</c>, the committed lockfile, and the errors that stop a run.</summary>
public sealed class GenerateRedirectsTests
{
    private const string Config = "{ \"product\": { \"name\": \"Acme\", \"tagline\": \"Widgets.\" }, \"redirects\": { \"removed\": [\"/docs/retired\"] } }";

    private static GenerateWorkspace Site() => GenerateWorkspaceWith(
        ("index.mdx", "---\ntitle: Home\n---\n\nWelcome.\n"),
        ("about.mdx", "---\ntitle: About\n---\n\nWho we are.\n"),
        ("faq.mdx", "---\ntitle: FAQ\n---\n\nQuestions.\n"));

    private static GenerateWorkspace GenerateWorkspaceWith(params (string Path, string Text)[] pages)
    {
        var workspace = GenerateWorkspace.WithDocs(pages);
        workspace.WriteSource("leadtype.json", Config);
        return workspace;
    }

    private static string Lockfile(GenerateWorkspace workspace) => File.ReadAllText(Path.Combine(workspace.Docs, "paths.lock.json"));

    [Fact]
    public void A_renamed_page_gets_a_308_the_lockfile_follows_and_an_unchanged_rerun_stops_early()
    {
        using var workspace = Site();
        var first = workspace.Generate();
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("\"path\": \"/docs/about\"", Lockfile(workspace));
        Assert.Contains("\"from\": \"/docs/retired\",\n      \"status\": 410", workspace.ReadOutput("docs/redirects.json"));

        // The lockfile the run wrote into the docs folder is not a docs change.
        var again = workspace.Generate();
        Assert.Contains("Up to date", again.Stdout + again.Stderr);

        workspace.DeleteSource("docs/about.mdx");
        workspace.WriteSource("docs/company/about-us.mdx", "---\ntitle: About us\n---\n\nWho we are.\n");
        var renamed = workspace.Generate("--json");

        Assert.True(renamed.ExitCode == 0, renamed.Stderr);
        Assert.Contains("about-us.mdx: info LT0123: redirect: /docs/about → /docs/company/about-us (rename detected)", renamed.Stderr);
        Assert.Equal(
            "{\n  \"version\": 1,\n  \"redirects\": [\n    {\n      \"from\": \"/docs/about\",\n      \"to\": \"/docs/company/about-us\",\n      \"status\": 308\n    },\n    {\n      \"from\": \"/docs/retired\",\n      \"status\": 410\n    }\n  ]\n}\n",
            workspace.ReadOutput("docs/redirects.json"));
        Assert.Contains("\"path\": \"/docs/company/about-us\"", Lockfile(workspace));
        Assert.DoesNotContain("\"path\": \"/docs/about\"", Lockfile(workspace));
        var files = JsonDocument.Parse(renamed.Stdout).RootElement.GetProperty("files");
        Assert.Equal(Path.Combine(workspace.Output, "docs", "redirects.json"), files.GetProperty("redirectsJson").GetString());
        Assert.Equal(Path.Combine(workspace.Docs, "paths.lock.json"), files.GetProperty("redirectsLockfile").GetString());

        // The news is reported once: an unchanged rerun does not announce the rename again.
        var rerun = workspace.Generate();
        Assert.Contains("Up to date", rerun.Stdout + rerun.Stderr);
        Assert.DoesNotContain("LT0123", rerun.Stderr);
    }

    [Fact]
    public void A_page_deleted_without_a_redirect_stops_the_run_and_a_claim_or_removal_lets_it_through()
    {
        using var workspace = Site();
        Assert.Equal(0, workspace.Generate().ExitCode);
        var lockBefore = Lockfile(workspace);
        var before = workspace.Snapshot();

        workspace.DeleteSource("docs/faq.mdx");
        var failed = workspace.Generate();

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("paths.lock.json: error LT0120: 1 docs page(s) disappeared without a redirect: /docs/faq.", failed.Stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
        Assert.Equal(lockBefore, Lockfile(workspace));

        // The successor claims the old URL.
        workspace.WriteSource("docs/index.mdx", "---\ntitle: Home\nredirectFrom:\n  - /docs/faq\n---\n\nWelcome, with answers.\n");
        var claimed = workspace.Generate();
        Assert.True(claimed.ExitCode == 0, claimed.Stderr);
        Assert.Contains("\"from\": \"/docs/faq\",\n      \"to\": \"/docs\",\n      \"status\": 308", workspace.ReadOutput("docs/redirects.json"));
        Assert.False(workspace.OutputExists("docs/faq.md"));
    }

    [Fact]
    public void Claiming_a_live_page_is_located_at_the_claim()
    {
        using var workspace = Site();
        workspace.WriteSource("docs/index.mdx", "---\ntitle: Home\nredirectFrom: /docs/faq\n---\n\nWelcome.\n");

        var run = workspace.Generate();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("index.mdx:3:1: error LT0119: redirectFrom path \"/docs/faq\" (claimed by /docs) is still a live page", run.Stderr);
        Assert.False(Directory.Exists(workspace.Output));
        Assert.False(File.Exists(Path.Combine(workspace.Docs, "paths.lock.json")));
    }

    [Fact]
    public void A_damaged_lockfile_is_an_error_that_writes_nothing()
    {
        using var workspace = Site();
        workspace.WriteSource("docs/paths.lock.json", "<<<<<<< HEAD\n{}\n");

        var run = workspace.Generate();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("paths.lock.json:1:1: error LT0121: paths lockfile at", run.Stderr);
        Assert.Contains("is not valid JSON", run.Stderr);
        Assert.False(Directory.Exists(workspace.Output));
        Assert.StartsWith("<<<<<<<", Lockfile(workspace));
    }

    [Fact]
    public void A_filtered_run_skips_tracking_with_a_warning_and_leaves_the_lockfile()
    {
        using var workspace = Site();
        Assert.Equal(0, workspace.Generate().ExitCode);
        var lockBefore = Lockfile(workspace);
        var redirectsBefore = workspace.ReadOutput("docs/redirects.json");

        var run = workspace.Generate("--include", "index.mdx");

        // The full run's redirects stay as they were: a partial preview neither rewrites nor deletes them.
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("warning LT0122: Redirect tracking is skipped when --include or --exclude filters are active.", run.Stderr);
        Assert.Equal(lockBefore, Lockfile(workspace));
        Assert.Equal(redirectsBefore, workspace.ReadOutput("docs/redirects.json"));
        Assert.False(workspace.OutputExists("docs/about.md"));
    }

    [Fact]
    public void Bundles_do_not_track_renames()
    {
        using var workspace = Site();

        var run = workspace.Generate("--bundle");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(workspace.OutputExists("docs/redirects.json"));
        Assert.False(File.Exists(Path.Combine(workspace.Docs, "paths.lock.json")));
    }
}
