using System.Diagnostics;
using System.IO;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>Page dates from git history, when the docs live in a repository and a page has no date of its own.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateGitDatesTests
{
    [Fact]
    public void A_page_without_frontmatter_dates_is_dated_by_its_last_commit_and_a_new_commit_is_not_up_to_date()
    {
        using var workspace = GenerateWorkspace.WithDocs(
            ("index.mdx", "---\ntitle: Home\n---\n# Home\n"),
            ("guide.mdx", "---\ntitle: Guide\n---\n# Guide\n\nFirst.\n"));
        Git(workspace, null, "init", "-q", "-b", "main");
        Git(workspace, null, "add", ".");
        Git(workspace, "2026-02-01T00:00:00+00:00", "commit", "-q", "-m", "first");
        workspace.Generate();
        Assert.Contains("<loc>http://localhost:3000/docs/guide</loc>\n    <lastmod>2026-02-01T00:00:00.000Z</lastmod>", workspace.ReadOutput("sitemap.xml"));

        // Edit, generate (uncommitted: still the old date), then commit without touching the file.
        workspace.WriteSource("docs/guide.mdx", "---\ntitle: Guide\n---\n# Guide\n\nSecond.\n");
        workspace.Generate();
        Git(workspace, null, "add", ".");
        Git(workspace, "2026-03-01T00:00:00+00:00", "commit", "-q", "-m", "second");

        var (exit, _, stderr) = workspace.Generate();

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("Up to date", stderr);
        Assert.Contains("<loc>http://localhost:3000/docs/guide</loc>\n    <lastmod>2026-03-01T00:00:00.000Z</lastmod>", workspace.ReadOutput("sitemap.xml"));
        Assert.Contains("\"generatedAt\": \"2026-03-01T00:00:00.000Z\"", workspace.ReadOutput("docs/agent-readability.json"));
    }

    private static void Git(GenerateWorkspace workspace, string? date, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = workspace.Source, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("user.name=Test");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("user.email=test@example.com");
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE" })
        {
            info.Environment.Remove(variable);
        }

        if (date is not null)
        {
            info.Environment["GIT_AUTHOR_DATE"] = date;
            info.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
