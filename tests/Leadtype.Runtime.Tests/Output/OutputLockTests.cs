using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class OutputLockTests : IDisposable
{
    private readonly TestDirectory _dir = new();
    private readonly StringWriter _log = new();

    public void Dispose() => _dir.Dispose();

    private string Output => _dir.Combine("public");

    private OutputOptions Options(TimeSpan? timeout = null, TimeSpan? stale = null, TimeSpan? keepalive = null) => new()
    {
        LockDirectory = _dir.Locks,
        WaitTimeout = timeout ?? TimeSpan.FromSeconds(30),
        StaleAfter = stale ?? TimeSpan.FromMinutes(10),
        KeepaliveInterval = keepalive,
        ExitOnSignal = false,
        Log = TextWriter.Synchronized(_log),
    };

    [Fact]
    public void Acquiring_creates_a_lock_directory_outside_the_output_with_a_complete_owner_record()
    {
        using var held = OutputLock.Acquire(Output, Options());

        Assert.StartsWith(_dir.Locks + Path.DirectorySeparatorChar, held.LockPath, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output), "the lock must not create or touch the output directory");
        var holder = Assert.Single(Directory.GetDirectories(held.LockPath));
        Assert.StartsWith("holder-", Path.GetFileName(holder), StringComparison.Ordinal);
        var owner = LockOwner.TryRead(Path.Combine(holder, "owner.json"));
        Assert.NotNull(owner);
        Assert.Equal(Environment.ProcessId, owner.ProcessId);
        Assert.Equal(ProcessProbe.CurrentProcessStartTime, owner.ProcessStartTime);
        Assert.StartsWith("linux:", owner.ProcessStartTime, StringComparison.Ordinal);
        Assert.Equal(Environment.MachineName, owner.MachineName);
        Assert.Equal(Path.GetFullPath(Output), owner.OutputDirectory);
        Assert.InRange(owner.AcquiredAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal("holder-" + owner.Token, Path.GetFileName(holder));
    }

    [Fact]
    public void Releasing_removes_the_lock_and_releasing_twice_is_harmless()
    {
        var held = OutputLock.Acquire(Output, Options());
        var lockPath = held.LockPath;

        held.Dispose();
        held.Dispose();

        Assert.False(held.IsHeld);
        Assert.False(Directory.Exists(lockPath));
        Assert.Empty(Directory.GetFileSystemEntries(_dir.Locks));
    }

    [Fact]
    public void Different_output_directories_do_not_contend()
    {
        using var first = OutputLock.Acquire(_dir.Combine("site-a"), Options());
        using var second = OutputLock.Acquire(_dir.Combine("site-b"), Options(timeout: TimeSpan.FromMilliseconds(200)));

        Assert.NotEqual(first.LockPath, second.LockPath);
        Assert.Empty(_log.ToString());
    }

    [Fact]
    public void Spellings_of_one_directory_share_one_lock()
    {
        var plain = LockPlanting.LockPathFor(Output, _dir.Locks);

        Assert.Equal(plain, LockPlanting.LockPathFor(Output + "/", _dir.Locks));
        Assert.Equal(plain, LockPlanting.LockPathFor(_dir.Combine("public", "..", "public"), _dir.Locks));
        Assert.Equal(plain, LockPlanting.LockPathFor(_dir.Combine(".", "public"), _dir.Locks));
    }

    [Fact]
    public void The_key_folds_case_only_for_case_insensitive_file_systems()
    {
        Assert.Equal(LockLocation.KeyFor("/Site/Public", caseInsensitive: true), LockLocation.KeyFor("/site/public", caseInsensitive: true));
        Assert.NotEqual(LockLocation.KeyFor("/Site/Public", caseInsensitive: false), LockLocation.KeyFor("/site/public", caseInsensitive: false));
        Assert.Matches("^[0-9a-f]{32}$", LockLocation.KeyFor("/site/public", caseInsensitive: false));
    }

    [Fact]
    public void A_nested_acquire_of_the_same_directory_fails_at_once_instead_of_deadlocking()
    {
        using var held = OutputLock.Acquire(Output, Options());
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<OutputException>(() => OutputLock.Acquire(Output + "/", Options()));

        Assert.Contains("not reentrant", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(Output), error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.True(held.IsHeld);
    }

    [Fact]
    public void After_release_the_same_flow_may_acquire_again()
    {
        OutputLock.Acquire(Output, Options()).Dispose();

        using var again = OutputLock.Acquire(Output, Options());

        Assert.True(again.IsHeld);
    }

    [Fact]
    public void Independent_threads_of_one_process_take_turns()
    {
        var inside = 0;
        var maxInside = 0;
        var turns = 0;
        using var start = new Barrier(4);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            try
            {
                start.SignalAndWait(HostProcess.Bound);
                for (var i = 0; i < 8; i++)
                {
                    using var held = OutputLock.Acquire(Output, Options());
                    InterlockedMax(ref maxInside, Interlocked.Increment(ref inside));
                    Thread.Sleep(2); // widens the window in which a broken lock would let a second thread in
                    Interlocked.Decrement(ref inside);
                    Interlocked.Increment(ref turns);
                }
            }
            catch (Exception error)
            {
                failures.Enqueue(error);
            }
        })).ToList();

        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => Assert.True(worker.Join(HostProcess.Bound)));

        Assert.Empty(failures);
        Assert.Equal(32, turns);
        Assert.Equal(1, maxInside);
        Assert.Contains($"leadtype: waiting for pid {Environment.ProcessId} ", _log.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(LockPlanting.LockPathFor(Output, _dir.Locks)));
    }

    [Fact]
    public void A_lock_whose_owner_pid_is_gone_is_reclaimed_at_once_despite_a_fresh_mtime()
    {
        LockPlanting.PlantOwner(Output, _dir.Locks, LockPlanting.DeadProcessId(), "linux:boot:12345");

        using var held = OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromSeconds(20), stale: TimeSpan.FromHours(1)));

        Assert.True(held.IsHeld);
        Assert.Empty(_log.ToString());
        Assert.DoesNotContain(Directory.GetDirectories(held.LockPath), path => path.EndsWith("0123456789abcdef", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lock_whose_pid_now_belongs_to_a_process_started_at_another_time_is_reclaimed_at_once()
    {
        LockPlanting.PlantOwner(Output, _dir.Locks, Environment.ProcessId, LockPlanting.OtherStartTimeOfCurrentProcess());

        using var held = OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromSeconds(20), stale: TimeSpan.FromHours(1)));

        Assert.True(held.IsHeld);
        Assert.Empty(_log.ToString());
    }

    [Fact]
    public void A_live_owner_is_waited_for_with_one_notice_and_the_wait_times_out_with_a_clear_message()
    {
        var lockPath = LockPlanting.PlantOwner(Output, _dir.Locks, Environment.ProcessId, ProcessProbe.CurrentProcessStartTime);
        LockPlanting.Age(lockPath, TimeSpan.FromHours(5));

        var error = Assert.Throws<OutputLockTimeoutException>(() =>
            OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromMilliseconds(400), stale: TimeSpan.FromMinutes(1))));

        Assert.StartsWith("timed out after 0.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"(pid {Environment.ProcessId})", error.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{Path.GetFullPath(Output)}\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(lockPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("LEADTYPE_LOCK_TIMEOUT_MS", error.Message, StringComparison.Ordinal);
        Assert.Contains("LEADTYPE_NO_LOCK=1", error.Message, StringComparison.Ordinal);
        var notice = Assert.Single(_log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"leadtype: waiting for pid {Environment.ProcessId} (holding the output lock since ", notice, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(lockPath, "holder-0123456789abcdef")), "a verified live owner is never reclaimed, however old its mtime");
    }

    [Fact]
    public void A_lock_without_an_identifiable_owner_is_reclaimed_only_after_the_stale_window()
    {
        var lockPath = LockPlanting.PlantUnidentified(Output, _dir.Locks);

        Assert.Throws<OutputLockTimeoutException>(() =>
            OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromMilliseconds(300), stale: TimeSpan.FromMinutes(10))));
        Assert.Contains("its owner cannot be identified, so it counts as abandoned after 600 s", _log.ToString(), StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(lockPath, "holder-garbage")));

        LockPlanting.Age(lockPath, TimeSpan.FromMinutes(11));
        using var held = OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromSeconds(20), stale: TimeSpan.FromMinutes(10)));

        Assert.True(held.IsHeld);
        Assert.False(Directory.Exists(Path.Combine(lockPath, "holder-garbage")));
    }

    [Fact]
    public void An_owner_on_another_machine_cannot_be_probed_and_waits_for_the_stale_window()
    {
        var lockPath = LockPlanting.PlantOwner(Output, _dir.Locks, LockPlanting.DeadProcessId(), "linux:boot:1", machine: "build-agent-7");

        Assert.Throws<OutputLockTimeoutException>(() => OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromMilliseconds(300))));
        Assert.Contains("on build-agent-7", _log.ToString(), StringComparison.Ordinal);

        LockPlanting.Age(lockPath, TimeSpan.FromMinutes(11));
        using var held = OutputLock.Acquire(Output, Options());
        Assert.True(held.IsHeld);
    }

    [Fact]
    public void A_file_planted_at_the_lock_path_is_not_written_into_and_is_removed_only_after_the_stale_window()
    {
        var lockPath = LockPlanting.LockPathFor(Output, _dir.Locks);
        Directory.CreateDirectory(_dir.Locks);
        File.WriteAllText(lockPath, "planted");

        Assert.Throws<OutputLockTimeoutException>(() => OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromMilliseconds(300))));
        Assert.Equal("planted", File.ReadAllText(lockPath));

        File.SetLastWriteTimeUtc(lockPath, DateTime.UtcNow.AddHours(-1));
        using (var held = OutputLock.Acquire(Output, Options()))
        {
            Assert.True(Directory.Exists(lockPath));
        }

        Assert.False(Path.Exists(lockPath));
    }

    [Fact]
    public void A_symlink_planted_at_the_lock_path_is_never_followed_and_its_target_is_untouched()
    {
        var outside = _dir.Combine("outside");
        _dir.Write("outside/precious.txt", "keep me");
        var lockPath = LockPlanting.LockPathFor(Output, _dir.Locks);
        Directory.CreateDirectory(_dir.Locks);
        Directory.CreateSymbolicLink(lockPath, outside);

        Assert.Throws<OutputLockTimeoutException>(() => OutputLock.Acquire(Output, Options(timeout: TimeSpan.FromMilliseconds(300))));
        Assert.Equal(new[] { "precious.txt" }, Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));

        LockPlanting.AgeLinkItself(lockPath, TimeSpan.FromHours(1));
        using (var held = OutputLock.Acquire(Output, Options()))
        {
            Assert.Null(new DirectoryInfo(lockPath).LinkTarget);
        }

        Assert.Equal(new[] { "precious.txt" }, Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "precious.txt")));
    }

    [Fact]
    public void A_reclaim_judged_on_an_old_look_never_removes_a_lock_taken_since()
    {
        var location = LockLocation.For(Output, Options());
        LockPlanting.PlantOwner(Output, _dir.Locks, LockPlanting.DeadProcessId(), "linux:boot:1");
        var judged = LockSnapshot.Take(location);
        Assert.Equal(LockState.Held, judged.State);

        // Meanwhile another waiter reclaimed the dead lock and a new run took it.
        Directory.Delete(location.LockPath, recursive: true);
        using var fresh = OutputLock.Acquire(Output, Options());
        var freshHolder = Assert.Single(Directory.GetDirectories(location.LockPath));

        OutputLock.Reclaim(location, judged);

        Assert.True(Directory.Exists(freshHolder), "the late reclaim removed a fresh lock");
        Assert.NotNull(LockOwner.TryRead(Path.Combine(freshHolder, "owner.json")));
    }

    [Fact]
    public void A_lock_taken_after_waiting_records_when_it_was_really_taken()
    {
        var planted = LockPlanting.PlantOwner(Output, _dir.Locks, Environment.ProcessId, ProcessProbe.CurrentProcessStartTime);
        var released = DateTimeOffset.MinValue;
        var releaser = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            while (!_log.ToString().Contains("waiting for pid", StringComparison.Ordinal) && clock.Elapsed < HostProcess.Bound)
            {
                Thread.Sleep(10);
            }

            released = DateTimeOffset.UtcNow;
            Directory.Delete(planted, recursive: true);
        });
        releaser.Start();

        using var held = OutputLock.Acquire(Output, Options());
        Assert.True(releaser.Join(HostProcess.Bound));

        var holder = Assert.Single(Directory.GetDirectories(held.LockPath));
        var owner = LockOwner.TryRead(Path.Combine(holder, "owner.json"));
        Assert.NotNull(owner);
        Assert.True(owner.AcquiredAt >= released.AddMilliseconds(-1), $"acquiredAt {owner.AcquiredAt:O} is before the release at {released:O}");
        Assert.True(Directory.GetLastWriteTimeUtc(holder) >= released.UtcDateTime.AddMilliseconds(-1));
        Assert.Equal(new[] { "owner.json" }, Directory.GetFileSystemEntries(holder).Select(Path.GetFileName));
    }

    [Fact]
    public void The_holder_refreshes_its_mtime_while_it_holds_the_lock()
    {
        using var held = OutputLock.Acquire(Output, Options(keepalive: TimeSpan.FromMilliseconds(50)));
        var holder = Assert.Single(Directory.GetDirectories(held.LockPath));
        var old = DateTime.UtcNow.AddHours(-1);
        Directory.SetLastWriteTimeUtc(holder, old);

        var clock = Stopwatch.StartNew();
        while (Directory.GetLastWriteTimeUtc(holder) <= old.AddMinutes(1) && clock.Elapsed < HostProcess.Bound)
        {
            Thread.Sleep(20);
        }

        Assert.True(Directory.GetLastWriteTimeUtc(holder) > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void A_holder_whose_lock_was_taken_away_warns_when_it_releases()
    {
        var held = OutputLock.Acquire(Output, Options());
        Directory.Delete(Assert.Single(Directory.GetDirectories(held.LockPath)), recursive: true);

        held.Dispose();

        Assert.Contains("was taken away while this run held it", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_and_trash_folders_left_by_dead_processes_are_tidied_on_acquire()
    {
        var location = LockLocation.For(Output, Options());
        var dead = LockPlanting.DeadProcessId();
        Directory.CreateDirectory(Path.Combine(_dir.Locks, $"{location.Name}.stage-{dead}-0011223344556677", "holder-0011223344556677"));
        Directory.CreateDirectory(Path.Combine(_dir.Locks, $"{location.Name}.trash-{dead}-8899aabbccddeeff"));
        var live = Path.Combine(_dir.Locks, $"{location.Name}.stage-1-0011223344556677");
        Directory.CreateDirectory(live);
        var unrelated = Path.Combine(_dir.Locks, "someone-else.stage-" + dead + "-x");
        Directory.CreateDirectory(unrelated);

        using var held = OutputLock.Acquire(Output, Options());

        Assert.Equal(
            new[] { Path.GetFileName(held.LockPath), Path.GetFileName(live), Path.GetFileName(unrelated) }.Order(StringComparer.Ordinal),
            Directory.GetFileSystemEntries(_dir.Locks).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
