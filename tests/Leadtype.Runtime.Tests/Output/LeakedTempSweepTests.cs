using System;
using System.IO;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class LeakedTempSweepTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Only_pattern_temps_of_dead_writers_are_removed()
    {
        var dead = LockPlanting.DeadProcessId();
        var output = _dir.Combine("out");
        _dir.Write($"out/.page.md.{dead}-a1b2c3d4e5f6.tmp", "leaked");
        _dir.Write($"out/docs/guides/.install.md.{dead}-00ff00ff00ff.tmp", "leaked deep");
        _dir.Write($"out/.live.md.{1}-a1b2c3d4e5f6.tmp", "pid 1 is alive: a writer without the lock");
        _dir.Write($"out/.mine.md.{Environment.ProcessId}-a1b2c3d4e5f6.tmp", "this process");
        _dir.Write("out/.env.tmp", "SECRET=1");
        _dir.Write("out/.gitkeep", string.Empty);
        _dir.Write("out/page.md", "page");
        _dir.Write($"out/page.md.{dead}-a1b2c3d4e5f6.tmp", "no leading dot");
        _dir.Write($"out/.page.md.{dead}-short.tmp", "not 12 hex");

        var removed = LeakedTempSweep.Sweep(output, TimeSpan.FromMinutes(10));

        Assert.Equal(new[] { $".page.md.{dead}-a1b2c3d4e5f6.tmp", $"docs/guides/.install.md.{dead}-00ff00ff00ff.tmp" }, removed);
        foreach (var survivor in new[] { $".live.md.1-a1b2c3d4e5f6.tmp", $".mine.md.{Environment.ProcessId}-a1b2c3d4e5f6.tmp", ".env.tmp", ".gitkeep", "page.md", $"page.md.{dead}-a1b2c3d4e5f6.tmp", $".page.md.{dead}-short.tmp" })
        {
            Assert.True(File.Exists(Path.Combine(output, survivor)), survivor + " was removed");
        }
    }

    [Fact]
    public void A_temp_older_than_the_stale_window_is_removed_even_if_its_pid_is_alive_again()
    {
        var path = _dir.Write("out/.page.md.1-a1b2c3d4e5f6.tmp", "pid reused since");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));

        var removed = LeakedTempSweep.Sweep(_dir.Combine("out"), TimeSpan.FromMinutes(10));

        Assert.Equal(new[] { ".page.md.1-a1b2c3d4e5f6.tmp" }, removed);
    }

    [Fact]
    public void Symlinked_directories_are_not_swept_through()
    {
        var dead = LockPlanting.DeadProcessId();
        var outside = _dir.Write($"elsewhere/.page.md.{dead}-a1b2c3d4e5f6.tmp", "not ours");
        Directory.CreateDirectory(_dir.Combine("out"));
        Directory.CreateSymbolicLink(_dir.Combine("out", "linked"), _dir.Combine("elsewhere"));

        var removed = LeakedTempSweep.Sweep(_dir.Combine("out"), TimeSpan.FromMinutes(10));

        Assert.Empty(removed);
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public void A_missing_directory_is_a_no_op()
    {
        Assert.Empty(LeakedTempSweep.Sweep(_dir.Combine("absent"), TimeSpan.FromMinutes(10)));
    }
}
