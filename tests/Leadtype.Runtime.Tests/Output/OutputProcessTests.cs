using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OutputProcessCollection
{
    public const string Name = "Output processes";
}

/// <summary>
/// The output stage across real processes (the test-only host in tests/Leadtype.Output.ProcessHost,
/// driving the same <see cref="OutputSession"/> API the CLI uses). Synchronised through ready/go/stop
/// files; every wait is bounded by <see cref="HostProcess.Bound"/>.
/// </summary>
[Collection(OutputProcessCollection.Name)]
public sealed class OutputProcessTests : IDisposable
{
    private readonly TestDirectory _dir = new();
    private readonly List<HostProcess> _hosts = new();

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _dir.Dispose();
    }

    private string Output => _dir.Combine("out");

    private static string Corpus => RepositoryLayout.LeadtypeDocs;

    private HostProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var host = HostProcess.Start(_dir.Locks, environment, arguments);
        _hosts.Add(host);
        return host;
    }

    private HostProcess StartWriter(string output, string passes, IReadOnlyDictionary<string, string>? environment = null, params string[] extra) =>
        Start(environment, ["write-tree", "--out", output, "--source", Corpus, "--prefix", "docs", "--passes", passes, .. extra]);

    private int RunWriter(string output, string passes, IReadOnlyDictionary<string, string>? environment = null) =>
        StartWriter(output, passes, environment).WaitForExit();

    private string LockPath => LockPlanting.LockPathFor(Output, _dir.Locks);

    private bool LockIsFree => !Path.Exists(LockPath) || Directory.GetFileSystemEntries(LockPath).Length == 0;

    private static IEnumerable<string> TempFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(path => AtomicTempName.IsMatch(Path.GetFileName(path)));

    [Fact]
    public void Six_concurrent_writers_and_a_reader_never_see_a_missing_empty_or_torn_page_and_end_with_the_single_run_tree()
    {
        Assert.Equal(0, RunWriter(_dir.Combine("reference"), "canonical"));
        Assert.Equal(0, RunWriter(Output, "old"));
        var reader = Start(null, "read-tree", "--dir", Output, "--source", Corpus, "--prefix", "docs",
            "--stop", _dir.Combine("stop"), "--report", _dir.Combine("reader.txt"), "--ready", _dir.Combine("reader.ready"));
        HostProcess.AwaitFile(_dir.Combine("reader.ready"), reader);
        var writers = Enumerable.Range(0, 6).Select(i => StartWriter(Output, "canonical,old,canonical", null,
            "--log", _dir.Combine("critical.log"), "--sentinel", _dir.Combine("inside"),
            "--ready", _dir.Combine($"writer-{i}.ready"), "--go", _dir.Combine("go"))).ToList();
        for (var i = 0; i < writers.Count; i++)
        {
            HostProcess.AwaitFile(_dir.Combine($"writer-{i}.ready"), [.. writers]);
        }

        File.WriteAllText(_dir.Combine("go"), "go");
        foreach (var writer in writers)
        {
            Assert.True(writer.WaitForExit() == 0, writer.StandardError);
        }

        File.WriteAllText(_dir.Combine("stop"), "stop");
        Assert.Equal(0, reader.WaitForExit());

        var report = File.ReadAllLines(_dir.Combine("reader.txt"));
        Assert.DoesNotContain(report, line => line.StartsWith("anomaly", StringComparison.Ordinal));
        Assert.True(long.Parse(report[0]["reads ".Length..], CultureInfo.InvariantCulture) >= 100, report[0]);
        TreeSnapshot.AssertSameContent(TreeSnapshot.Of(_dir.Combine("reference")), TreeSnapshot.Of(Output));
        Assert.Empty(TempFiles(Output));
        AssertCriticalSectionsNeverOverlapped(_dir.Combine("critical.log"), expectedRuns: 18);
        Assert.True(LockIsFree);
    }

    [Fact]
    public void A_4_MiB_file_rewritten_again_and_again_is_always_read_as_one_whole_version()
    {
        var file = _dir.Combine("big.bin");
        Assert.Equal(0, Start(null, "rewrite", "--file", file, "--versions", "4", "--count", "1").WaitForExit());
        var readers = Enumerable.Range(0, 2).Select(i => Start(null, "read-file", "--file", file, "--versions", "4",
            "--stop", _dir.Combine("stop"), "--report", _dir.Combine($"reader-{i}.txt"), "--ready", _dir.Combine($"reader-{i}.ready"))).ToList();
        var writers = Enumerable.Range(0, 2).Select(i => Start(null, "rewrite", "--file", file, "--versions", "4", "--count", "25",
            "--ready", _dir.Combine($"writer-{i}.ready"), "--go", _dir.Combine("go"))).ToList();
        for (var i = 0; i < 2; i++)
        {
            HostProcess.AwaitFile(_dir.Combine($"reader-{i}.ready"), [.. readers]);
            HostProcess.AwaitFile(_dir.Combine($"writer-{i}.ready"), [.. writers]);
        }

        File.WriteAllText(_dir.Combine("go"), "go");
        foreach (var writer in writers)
        {
            Assert.Equal(0, writer.WaitForExit());
        }

        File.WriteAllText(_dir.Combine("stop"), "stop");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(0, readers[i].WaitForExit());
            var report = File.ReadAllLines(_dir.Combine($"reader-{i}.txt"));
            Assert.DoesNotContain(report, line => line.StartsWith("anomaly", StringComparison.Ordinal));
            Assert.True(long.Parse(report[0]["reads ".Length..], CultureInfo.InvariantCulture) >= 2, report[0]);
        }

        Assert.Equal(4 * 1024 * 1024, new FileInfo(file).Length);
        Assert.Empty(TempFiles(_dir.Path));
    }

    [Fact]
    public void A_holder_killed_with_SIGKILL_is_replaced_at_once_and_only_its_leaked_temp_is_swept()
    {
        Assert.Equal(0, RunWriter(Output, "canonical"));
        File.WriteAllText(Path.Combine(Output, "docs", ".env.tmp"), "SECRET=1");
        File.WriteAllText(Path.Combine(Output, "docs", "notes.md.123-a1b2c3d4e5f6.tmp"), "not the pattern");
        var holder = Start(null, "hold", "--out", Output, "--ready", _dir.Combine("ready"), "--in-flight", "docs/huge.md");
        HostProcess.AwaitFile(_dir.Combine("ready"), holder);
        var leaked = Assert.Single(TempFiles(Output));

        holder.Signal("KILL");
        Assert.Equal(137, holder.WaitForExit());
        Assert.True(File.Exists(leaked));
        Assert.False(LockIsFree);

        // The stale window stays at its 10-minute default; the wait may not exceed 2 minutes.
        var next = StartWriter(Output, "canonical", new Dictionary<string, string> { ["LEADTYPE_LOCK_TIMEOUT_MS"] = "120000" });
        Assert.True(next.WaitForExit() == 0, next.StandardError);

        Assert.DoesNotContain("waiting", next.StandardError, StringComparison.Ordinal);
        Assert.Contains("swept 1", next.StandardOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(leaked));
        Assert.True(File.Exists(Path.Combine(Output, "docs", ".env.tmp")));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "notes.md.123-a1b2c3d4e5f6.tmp")));
        Assert.True(LockIsFree);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public void A_holder_stopped_by_a_signal_releases_the_lock_removes_its_temp_and_exits_with_the_conventional_code(string signal, int exitCode)
    {
        var holder = Start(null, "hold", "--out", Output, "--ready", _dir.Combine("ready"), "--in-flight", "docs/huge.md");
        HostProcess.AwaitFile(_dir.Combine("ready"), holder);
        Assert.Single(TempFiles(Output));
        Assert.False(LockIsFree);

        holder.Signal(signal);

        Assert.Equal(exitCode, holder.WaitForExit());
        Assert.True(LockIsFree);
        Assert.Empty(TempFiles(Output));
        var next = StartWriter(Output, "canonical", new Dictionary<string, string> { ["LEADTYPE_LOCK_TIMEOUT_MS"] = "60000" });
        Assert.Equal(0, next.WaitForExit());
        Assert.DoesNotContain("waiting", next.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_lock_with_an_unknown_owner_is_reclaimed_only_after_the_shortened_stale_window()
    {
        var lockPath = LockPlanting.PlantUnidentified(Output, _dir.Locks);
        var planted = Stopwatch.StartNew();

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string>
        {
            ["LEADTYPE_LOCK_STALE_MS"] = "3000",
            ["LEADTYPE_LOCK_TIMEOUT_MS"] = "120000",
        });

        Assert.True(writer.WaitForExit() == 0, writer.StandardError);
        Assert.True(planted.Elapsed >= TimeSpan.FromSeconds(3), $"reclaimed after {planted.Elapsed}, before the stale window");
        var notice = Assert.Single(writer.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("its owner cannot be identified, so it counts as abandoned after 3.0 s without activity", notice, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(lockPath, "holder-garbage")));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "index.md")));
    }

    [Fact]
    public void A_planted_lock_with_an_unknown_owner_outlives_a_waiter_whose_timeout_is_shorter_than_the_stale_window()
    {
        var lockPath = LockPlanting.PlantUnidentified(Output, _dir.Locks);

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string>
        {
            ["LEADTYPE_LOCK_STALE_MS"] = "600000",
            ["LEADTYPE_LOCK_TIMEOUT_MS"] = "1500",
        });

        Assert.Equal(1, writer.WaitForExit());
        Assert.Contains("leadtype: timed out after", writer.StandardError, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(lockPath, "holder-garbage")));
        Assert.False(Directory.Exists(Path.Combine(Output, "docs")));
    }

    [Fact]
    public void A_planted_lock_whose_pid_is_alive_with_another_start_time_is_reclaimed_at_once()
    {
        LockPlanting.PlantOwner(Output, _dir.Locks, Environment.ProcessId, LockPlanting.OtherStartTimeOfCurrentProcess());

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string> { ["LEADTYPE_LOCK_TIMEOUT_MS"] = "120000" });

        Assert.True(writer.WaitForExit() == 0, writer.StandardError);
        Assert.DoesNotContain("waiting", writer.StandardError, StringComparison.Ordinal);
        Assert.True(LockIsFree);
    }

    [Fact]
    public void A_planted_lock_whose_pid_is_alive_with_the_same_start_time_is_waited_for()
    {
        LockPlanting.PlantOwner(Output, _dir.Locks, Environment.ProcessId, ProcessProbe.CurrentProcessStartTime);

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string> { ["LEADTYPE_LOCK_TIMEOUT_MS"] = "1500" });

        Assert.Equal(1, writer.WaitForExit());
        var lines = writer.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"leadtype: waiting for pid {Environment.ProcessId} ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"leadtype: timed out after", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_processes_racing_to_reclaim_one_abandoned_lock_are_never_inside_together()
    {
        LockPlanting.PlantOwner(Output, _dir.Locks, LockPlanting.DeadProcessId(), "linux:boot:1");
        var racers = Enumerable.Range(0, 10).Select(i => Start(null, "critical", "--out", Output,
            "--log", _dir.Combine("critical.log"), "--sentinel", _dir.Combine("inside"), "--hold-ms", "25",
            "--ready", _dir.Combine($"racer-{i}.ready"), "--go", _dir.Combine("go"))).ToList();
        for (var i = 0; i < racers.Count; i++)
        {
            HostProcess.AwaitFile(_dir.Combine($"racer-{i}.ready"), [.. racers]);
        }

        File.WriteAllText(_dir.Combine("go"), "go");

        foreach (var racer in racers)
        {
            Assert.True(racer.WaitForExit() == 0, racer.StandardError);
        }

        AssertCriticalSectionsNeverOverlapped(_dir.Combine("critical.log"), expectedRuns: 10);
        Assert.True(LockIsFree);
    }

    [Fact]
    public void A_run_that_cannot_get_the_lock_in_time_fails_with_exit_code_1_and_touches_no_output()
    {
        Assert.Equal(0, RunWriter(Output, "canonical"));
        var before = TreeSnapshot.Of(Output);
        var holder = Start(null, "hold", "--out", Output, "--ready", _dir.Combine("ready"), "--until", _dir.Combine("release"));
        HostProcess.AwaitFile(_dir.Combine("ready"), holder);

        var writer = StartWriter(Output, "old", new Dictionary<string, string> { ["LEADTYPE_LOCK_TIMEOUT_MS"] = "1500" });

        Assert.Equal(1, writer.WaitForExit());
        Assert.Contains($"leadtype: waiting for pid {holder.Id} ", writer.StandardError, StringComparison.Ordinal);
        Assert.Contains($"leadtype: timed out after 1.5 s waiting for another leadtype run (pid {holder.Id}) writing to \"{Output}\"", writer.StandardError, StringComparison.Ordinal);
        Assert.Contains("Set LEADTYPE_LOCK_TIMEOUT_MS to wait longer, or LEADTYPE_NO_LOCK=1 to skip locking entirely.", writer.StandardError, StringComparison.Ordinal);
        TreeSnapshot.AssertIdentical(before, TreeSnapshot.Of(Output));
        File.WriteAllText(_dir.Combine("release"), "release");
        Assert.Equal(0, holder.WaitForExit());
        Assert.True(LockIsFree);
    }

    [Fact]
    public void With_LEADTYPE_NO_LOCK_1_a_run_writes_without_waiting_for_a_held_lock()
    {
        var holder = Start(null, "hold", "--out", Output, "--ready", _dir.Combine("ready"), "--until", _dir.Combine("release"));
        HostProcess.AwaitFile(_dir.Combine("ready"), holder);

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string>
        {
            ["LEADTYPE_NO_LOCK"] = "1",
            ["LEADTYPE_LOCK_TIMEOUT_MS"] = "1500",
        });

        Assert.True(writer.WaitForExit() == 0, writer.StandardError);
        Assert.Contains("locked False", writer.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(writer.StandardError);
        Assert.True(File.Exists(Path.Combine(Output, "docs", "index.md")));
        Assert.False(LockIsFree);
        File.WriteAllText(_dir.Combine("release"), "release");
        Assert.Equal(0, holder.WaitForExit());
    }

    [Theory]
    [InlineData("file")]
    [InlineData("symlink")]
    public void Something_planted_at_the_lock_path_is_never_followed_and_nothing_outside_the_lock_folder_is_deleted(string kind)
    {
        var outside = _dir.Combine("outside");
        _dir.Write("outside/precious.txt", "keep me");
        Directory.CreateDirectory(_dir.Locks);
        if (kind == "file")
        {
            File.WriteAllText(LockPath, "planted");
        }
        else
        {
            Directory.CreateSymbolicLink(LockPath, outside);
        }

        var writer = StartWriter(Output, "canonical", new Dictionary<string, string>
        {
            ["LEADTYPE_LOCK_STALE_MS"] = "2000",
            ["LEADTYPE_LOCK_TIMEOUT_MS"] = "120000",
        });

        Assert.True(writer.WaitForExit() == 0, writer.StandardError);
        Assert.Equal(new[] { "precious.txt" }, Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "precious.txt")));
        Assert.False(Path.Exists(LockPath));
        Assert.True(File.Exists(Path.Combine(Output, "docs", "index.md")));
    }

    private static void AssertCriticalSectionsNeverOverlapped(string logPath, int expectedRuns)
    {
        var records = File.ReadAllLines(logPath).Select(line => line.Split(' ')).ToList();
        Assert.DoesNotContain(records, record => record[0] == "overlap");
        Assert.Equal(expectedRuns * 2, records.Count);
        long previous = 0;
        for (var i = 0; i < records.Count; i += 2)
        {
            Assert.Equal("enter", records[i][0]);
            Assert.Equal("leave", records[i + 1][0]);
            Assert.Equal(records[i][1], records[i + 1][1]);
            var entered = long.Parse(records[i][2], CultureInfo.InvariantCulture);
            var left = long.Parse(records[i + 1][2], CultureInfo.InvariantCulture);
            Assert.True(entered >= previous && left >= entered, $"record {i}: entered {entered}, left {left}, previous leave {previous}");
            previous = left;
        }
    }
}
