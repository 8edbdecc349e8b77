using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Leadtype.Navigation;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

public sealed class DocsTreeAndGitTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leadtype-tree-tests", Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void The_tree_merges_folders_under_their_mount_paths_and_skips_git_node_modules_and_excluded_folders()
    {
        Write("docs/index.mdx", "# Home\n");
        Write("docs/guides/a.mdx", "# A\n");
        Write("docs/shared/part.md", "Part\n");
        Write("docs/.git/config", "x");
        Write("docs/node_modules/pkg/readme.mdx", "# Nope\n");
        Write("docs/_site/docs/index.md", "# Output\n");
        Write("blog/post.mdx", "# Post\n");
        var folders = new[]
        {
            new DocsFolder(new DocsSource("docs", string.Empty, "/docs"), Path.Combine(_root, "docs")),
            new DocsFolder(new DocsSource("blog", "blog", "/blog"), Path.Combine(_root, "blog")),
        };

        var (tree, diagnostics) = DocsTree.Scan(folders, new[] { Path.Combine(_root, "docs", "_site") });

        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "blog/post.mdx", "guides/a.mdx", "index.mdx", "shared/part.md" }, tree.Files.Select(f => f.DocsPath));
        Assert.Equal(new[] { "blog/post.mdx", "guides/a.mdx", "index.mdx" }, tree.Pages.Select(f => f.DocsPath));
        Assert.True(tree.TryRead("shared/part.md", out var text));
        Assert.Equal("Part\n", text);
        Assert.False(tree.TryRead("shared/missing.md", out _));
        Assert.Equal(string.Empty, tree.HashOf("shared/missing.md"));
    }

    [Fact]
    public void A_hash_recorded_for_an_unchanged_stat_is_reused_without_reading_the_file()
    {
        Write("docs/index.mdx", "# Home\n");
        var folders = new[] { new DocsFolder(new DocsSource("docs", string.Empty, "/docs"), Path.Combine(_root, "docs")) };

        var (tree, _) = DocsTree.Scan(folders, Array.Empty<string>(), file => "RECORDED");

        Assert.Equal("RECORDED", tree.HashOf(tree.Pages[0]));
        Assert.Equal(DocsTree.Hash(File.ReadAllBytes(Path.Combine(_root, "docs", "index.mdx"))), DocsTree.Scan(folders, Array.Empty<string>()).Tree.HashOf(tree.Pages[0]));
    }

    [Fact]
    public void Git_dates_come_from_one_log_of_the_folder_and_the_head_is_read_without_git()
    {
        Write("docs/a.mdx", "# A\n");
        Write("docs/sub/b.mdx", "# B\n");
        Git("init", "-q", "-b", "main");
        Git("add", "docs/a.mdx");
        Commit("2026-01-02T03:04:05+00:00", "first");
        Git("add", "docs/sub/b.mdx");
        Commit("2026-02-03T00:00:00+00:00", "second");
        File.AppendAllText(Path.Combine(_root, "docs", "a.mdx"), "More.\n");
        Git("add", "docs/a.mdx");
        Commit("2026-03-04T00:00:00+00:00", "third");

        var dates = GitHistory.LatestDates(Path.Combine(_root, "docs"));

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), dates["a.mdx"]);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 0, 0, 0, TimeSpan.Zero), dates["sub/b.mdx"]);
        Assert.Equal("refs/heads/main@" + Git("rev-parse", "HEAD").Trim(), GitHistory.Head(Path.Combine(_root, "docs")));
    }

    [Fact]
    public void Outside_a_repository_there_are_no_git_dates_and_no_head()
    {
        Write("docs/a.mdx", "# A\n");

        Assert.Empty(GitHistory.LatestDates(Path.Combine(_root, "docs")));
        Assert.Null(GitHistory.Head(Path.Combine(_root, "docs")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private void Commit(string date, string message)
    {
        var info = Start("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
        info.Environment["GIT_AUTHOR_DATE"] = date;
        info.Environment["GIT_COMMITTER_DATE"] = date;
        Run(info);
    }

    private string Git(params string[] arguments) => Run(Start(arguments));

    private ProcessStartInfo Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var variable in new[] { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE" })
        {
            info.Environment.Remove(variable);
        }

        return info;
    }

    private static string Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
