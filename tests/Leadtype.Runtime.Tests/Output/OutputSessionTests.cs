using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class OutputSessionTests : IDisposable
{
    private readonly TestDirectory _dir = new();
    private readonly StringWriter _log = new();

    public void Dispose() => _dir.Dispose();

    private string Output => _dir.Combine("public");

    private OutputOptions Options(bool useLock = true) => new()
    {
        UseLock = useLock,
        LockDirectory = _dir.Locks,
        WaitTimeout = TimeSpan.FromSeconds(30),
        ExitOnSignal = false,
        Log = _log,
    };

    [Fact]
    public void A_run_writes_every_file_and_reports_what_it_wrote()
    {
        var report = OutputSession.Run(
            Output,
            [
                OutputFile.FromText("llms.txt", "# Acme\n"),
                OutputFile.FromBytes("docs/guides/install.md", "# Install\n"u8.ToArray()),
                OutputFile.FromWriter("docs/search-index.json", stream => stream.Write("{}\n"u8)),
                OutputFile.CopyOf("docs/logo.svg", _dir.Write("assets/logo.svg", "<svg/>")),
            ],
            options: Options());

        Assert.Equal(new[] { "docs/guides/install.md", "docs/logo.svg", "docs/search-index.json", "llms.txt" }, report.Written);
        Assert.Empty(report.Unchanged);
        Assert.True(report.Locked);
        Assert.Equal("# Install\n", File.ReadAllText(Path.Combine(Output, "docs", "guides", "install.md")));
        Assert.Equal("{}\n", File.ReadAllText(Path.Combine(Output, "docs", "search-index.json")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(Output, "docs", "logo.svg")));
        Assert.False(Directory.Exists(LockPlanting.LockPathFor(Output, _dir.Locks)), "the lock is released after the run");
    }

    [Fact]
    public void A_second_identical_run_changes_nothing_on_disk()
    {
        var files = new[] { OutputFile.FromText("a.md", "A\n"), OutputFile.FromText("b/c.md", "C\n") };
        OutputSession.Run(Output, files, options: Options());
        var old = new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Output, "a.md"), old);

        var report = OutputSession.Run(Output, files, options: Options());

        Assert.Empty(report.Written);
        Assert.Equal(new[] { "a.md", "b/c.md" }, report.Unchanged);
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(Output, "a.md")));
    }

    [Fact]
    public void A_synced_directory_is_pruned_after_the_writes_and_other_directories_are_not()
    {
        _dir.Write("public/docs/renamed-away.md", "old page");
        _dir.Write("public/docs/legacy/gone.md", "old page");
        _dir.Write("public/docs/diagram.png", "user asset");
        _dir.Write("public/index.html", "the site's own page");

        var report = OutputSession.Run(
            Output,
            [OutputFile.FromText("docs/new.md", "new\n"), OutputFile.FromText("llms.txt", "x\n")],
            [new SyncScope("docs", path => path.EndsWith(".md", StringComparison.Ordinal))],
            Options());

        Assert.Equal(new[] { "docs/legacy/gone.md", "docs/renamed-away.md" }, report.Deleted);
        Assert.Equal(new[] { "docs/legacy" }, report.RemovedDirectories);
        Assert.True(File.Exists(Path.Combine(Output, "docs", "diagram.png")));
        Assert.True(File.Exists(Path.Combine(Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "new.md")));
    }

    [Fact]
    public void A_run_that_fails_midway_prunes_nothing_and_releases_the_lock()
    {
        _dir.Write("public/docs/still-current.md", "page");

        IEnumerable<OutputFile> Files()
        {
            yield return OutputFile.FromText("docs/first.md", "first\n");
            throw new InvalidOperationException("page 2 failed to render");
        }

        Assert.Throws<InvalidOperationException>(() => OutputSession.Run(Output, Files(), [new SyncScope("docs")], Options()));

        Assert.True(File.Exists(Path.Combine(Output, "docs", "still-current.md")));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "first.md")));
        Assert.False(Path.Exists(LockPlanting.LockPathFor(Output, _dir.Locks)));
    }

    [Fact]
    public void Files_are_pulled_one_at_a_time_so_a_large_site_is_never_all_in_memory()
    {
        var produced = 0;
        var maxAhead = 0;
        var written = 0;

        IEnumerable<OutputFile> Pages()
        {
            for (var i = 0; i < 3000; i++)
            {
                produced++;
                maxAhead = Math.Max(maxAhead, produced - written);
                var index = i;
                yield return OutputFile.FromWriter($"docs/section-{index % 30:D2}/page-{index:D4}.md", stream =>
                {
                    stream.Write(Encoding.UTF8.GetBytes($"# Page {index}\n"));
                    written++;
                });
            }
        }

        var report = OutputSession.Run(Output, Pages(), options: Options());

        Assert.Equal(3000, report.Written.Count);
        Assert.Equal(1, maxAhead);
        Assert.Equal("# Page 2999\n", File.ReadAllText(Path.Combine(Output, "docs", "section-29", "page-2999.md")));
    }

    [Fact]
    public async Task Writes_from_many_threads_of_one_session_are_all_recorded()
    {
        using var session = OutputSession.Open(Output, Options());

        await Parallel.ForEachAsync(Enumerable.Range(0, 400), (i, _) =>
        {
            session.WriteText($"docs/d{i % 7}/p{i}.md", $"page {i}\n");
            return ValueTask.CompletedTask;
        });
        var report = session.Complete();

        Assert.Equal(400, report.Written.Count);
        Assert.Equal(400, Directory.GetFiles(Path.Combine(Output, "docs"), "*.md", SearchOption.AllDirectories).Length);
    }

    [Theory]
    [InlineData("../escape.md", "contains \"..\"")]
    [InlineData("docs/../../escape.md", "contains \"..\"")]
    [InlineData("/etc/passwd", "is absolute")]
    [InlineData("docs//page.md", "empty or \".\" segment")]
    [InlineData("docs/.page.md.123-a1b2c3d4e5f6.tmp", "temp files")]
    [InlineData("", "is empty")]
    public void Paths_that_could_leave_the_output_or_collide_with_temps_are_refused(string path, string reason)
    {
        using var session = OutputSession.Open(Output, Options());

        var error = Assert.Throws<OutputException>(() => session.WriteText(path, "x"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Output));
    }

    [Fact]
    public void Backslash_separated_paths_are_written_as_nested_directories()
    {
        using var session = OutputSession.Open(Output, Options());

        session.WriteText("docs\\guides\\install.md", "x");
        var report = session.Complete();

        Assert.Equal(new[] { "docs/guides/install.md" }, report.Written);
        Assert.True(File.Exists(Path.Combine(Output, "docs", "guides", "install.md")));
    }

    [Fact]
    public void A_directory_link_inside_the_output_is_never_written_through()
    {
        _dir.Write("elsewhere/keep.txt", "outside");
        Directory.CreateDirectory(Output);
        Directory.CreateSymbolicLink(Path.Combine(Output, "docs"), _dir.Combine("elsewhere"));
        using var session = OutputSession.Open(Output, Options());

        var error = Assert.Throws<OutputException>(() => session.WriteText("docs/page.md", "x"));

        Assert.Contains("is a link", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "keep.txt" }, Directory.GetFileSystemEntries(_dir.Combine("elsewhere")).Select(Path.GetFileName));
    }

    [Fact]
    public void Opening_sweeps_temps_of_dead_writers_before_writing()
    {
        var dead = LockPlanting.DeadProcessId();
        _dir.Write($"public/docs/.page.md.{dead}-a1b2c3d4e5f6.tmp", "leaked");
        _dir.Write("public/docs/.env.tmp", "user file");

        using var session = OutputSession.Open(Output, Options());

        Assert.Equal(new[] { $"docs/.page.md.{dead}-a1b2c3d4e5f6.tmp" }, session.SweptTempFiles);
        Assert.True(File.Exists(Path.Combine(Output, "docs", ".env.tmp")));
    }

    [Fact]
    public void Without_the_lock_nothing_is_locked_and_nothing_is_swept()
    {
        var dead = LockPlanting.DeadProcessId();
        _dir.Write($"public/.page.md.{dead}-a1b2c3d4e5f6.tmp", "maybe another unlocked run's");

        using var session = OutputSession.Open(Output, Options(useLock: false));
        session.WriteText("a.md", "a");
        var report = session.Complete();

        Assert.False(report.Locked);
        Assert.Empty(report.SweptTempFiles);
        Assert.False(Directory.Exists(_dir.Locks));
        Assert.True(File.Exists(Path.Combine(Output, $".page.md.{dead}-a1b2c3d4e5f6.tmp")));
    }

    [Fact]
    public void A_session_cannot_be_written_after_it_completed()
    {
        var session = OutputSession.Open(Output, Options());
        session.Complete();

        Assert.Throws<ObjectDisposedException>(() => session.WriteText("late.md", "x"));
        Assert.False(File.Exists(Path.Combine(Output, "late.md")));
    }

    [Fact]
    public void Environment_warnings_are_reported_when_a_session_opens()
    {
        var options = OutputOptions.FromEnvironment(name => name == OutputOptions.TimeoutVariable ? "soon" : null) with
        {
            LockDirectory = _dir.Locks,
            ExitOnSignal = false,
            Log = _log,
        };

        using var session = OutputSession.Open(Output, options);

        Assert.Equal(
            "leadtype: warning: LEADTYPE_LOCK_TIMEOUT_MS=\"soon\" is not a positive number of milliseconds; the default is used.",
            _log.ToString().TrimEnd('\n'));
    }
}
