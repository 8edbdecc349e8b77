using System;
using System.Collections.Generic;
using System.IO;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class DirectorySyncTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Docs => _dir.Combine("docs");

    [Fact]
    public void Stale_files_are_deleted_and_the_directories_they_leave_empty_are_removed()
    {
        _dir.Write("docs/keep.md", "keep");
        _dir.Write("docs/guides/kept.md", "keep");
        _dir.Write("docs/guides/old.md", "stale");
        _dir.Write("docs/legacy/deep/older.md", "stale");

        var result = DirectorySync.Prune(Docs, new HashSet<string> { "keep.md", "guides/kept.md" });

        Assert.Equal(new[] { "guides/old.md", "legacy/deep/older.md" }, result.DeletedFiles);
        Assert.Equal(new[] { "legacy", "legacy/deep" }, result.RemovedDirectories);
        Assert.True(File.Exists(_dir.Combine("docs", "keep.md")));
        Assert.True(File.Exists(_dir.Combine("docs", "guides", "kept.md")));
        Assert.False(Directory.Exists(_dir.Combine("docs", "legacy")));
        Assert.True(Directory.Exists(_dir.Combine("docs", "guides")));
    }

    [Fact]
    public void The_synced_directory_itself_is_kept_even_when_it_ends_up_empty()
    {
        _dir.Write("docs/old.md", "stale");

        var result = DirectorySync.Prune(Docs, new HashSet<string>());

        Assert.Equal(new[] { "old.md" }, result.DeletedFiles);
        Assert.True(Directory.Exists(Docs));
    }

    [Fact]
    public void A_prunable_filter_protects_files_it_rejects()
    {
        _dir.Write("docs/old.md", "stale");
        _dir.Write("docs/diagram.png", "user asset");
        _dir.Write("docs/.gitkeep", string.Empty);

        var result = DirectorySync.Prune(Docs, new HashSet<string>(), path => path.EndsWith(".md", StringComparison.Ordinal));

        Assert.Equal(new[] { "old.md" }, result.DeletedFiles);
        Assert.True(File.Exists(_dir.Combine("docs", "diagram.png")));
        Assert.True(File.Exists(_dir.Combine("docs", ".gitkeep")));
    }

    [Fact]
    public void Empty_directories_that_held_no_pruned_file_are_left_alone()
    {
        Directory.CreateDirectory(_dir.Combine("docs", "user-made-empty"));
        _dir.Write("docs/old.md", "stale");

        DirectorySync.Prune(Docs, new HashSet<string>());

        Assert.True(Directory.Exists(_dir.Combine("docs", "user-made-empty")));
    }

    [Fact]
    public void A_symlinked_directory_inside_is_not_followed_and_its_target_survives()
    {
        _dir.Write("elsewhere/precious.md", "outside the output");
        _dir.Write("docs/old.md", "stale");
        Directory.CreateSymbolicLink(_dir.Combine("docs", "linked"), _dir.Combine("elsewhere"));

        var result = DirectorySync.Prune(Docs, new HashSet<string>());

        Assert.Equal(new[] { "old.md" }, result.DeletedFiles);
        Assert.True(File.Exists(_dir.Combine("elsewhere", "precious.md")));
        Assert.NotNull(new DirectoryInfo(_dir.Combine("docs", "linked")).LinkTarget);
    }

    [Fact]
    public void A_symlinked_file_is_neither_deleted_nor_followed()
    {
        var outside = _dir.Write("elsewhere/precious.md", "outside the output");
        Directory.CreateDirectory(Docs);
        File.CreateSymbolicLink(_dir.Combine("docs", "alias.md"), outside);

        var result = DirectorySync.Prune(Docs, new HashSet<string>());

        Assert.Empty(result.DeletedFiles);
        Assert.True(File.Exists(outside));
        Assert.NotNull(new FileInfo(_dir.Combine("docs", "alias.md")).LinkTarget);
    }

    [Fact]
    public void A_synced_directory_that_is_a_link_is_refused()
    {
        _dir.Write("elsewhere/precious.md", "outside the output");
        Directory.CreateSymbolicLink(Docs, _dir.Combine("elsewhere"));

        var error = Assert.Throws<OutputException>(() => DirectorySync.Prune(Docs, new HashSet<string>()));

        Assert.Contains("is a link", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(_dir.Combine("elsewhere", "precious.md")));
    }

    [Fact]
    public void Atomic_temp_files_are_left_to_the_sweep()
    {
        _dir.Write("docs/.page.md.99999-a1b2c3d4e5f6.tmp", "in flight");

        var result = DirectorySync.Prune(Docs, new HashSet<string>());

        Assert.Empty(result.DeletedFiles);
        Assert.True(File.Exists(_dir.Combine("docs", ".page.md.99999-a1b2c3d4e5f6.tmp")));
    }

    [Fact]
    public void A_closed_write_gate_stops_the_prune_before_it_deletes_anything()
    {
        _dir.Write("docs/old.md", "stale");
        var gate = new WriteGate();
        gate.Close(TimeSpan.FromSeconds(1));

        Assert.Throws<OperationCanceledException>(() => DirectorySync.Prune(Docs, new HashSet<string>(), null, gate));

        Assert.True(File.Exists(_dir.Combine("docs", "old.md")));
    }

    [Fact]
    public void A_missing_directory_is_nothing_to_prune()
    {
        var result = DirectorySync.Prune(_dir.Combine("absent"), new HashSet<string>());

        Assert.Empty(result.DeletedFiles);
        Assert.False(Directory.Exists(_dir.Combine("absent")));
    }
}
