using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Writing_creates_the_file_with_exactly_the_bytes_and_leaves_no_temp()
    {
        var path = _dir.Combine("page.md");

        var outcome = AtomicFile.WriteAllBytes(path, "# Hello\n"u8);

        Assert.Equal(WriteOutcome.Written, outcome);
        Assert.Equal("# Hello\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Equal(new[] { "page.md" }, Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Writing_replaces_existing_content_of_any_length()
    {
        var path = _dir.Write("page.md", "a much longer previous version of the page\n");

        Assert.Equal(WriteOutcome.Written, AtomicFile.WriteAllText(path, "short\n"));
        Assert.Equal("short\n", File.ReadAllText(path));
        Assert.Equal(WriteOutcome.Written, AtomicFile.WriteAllText(path, "sharp\n"));
        Assert.Equal("sharp\n", File.ReadAllText(path));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark()
    {
        var path = _dir.Combine("page.md");

        AtomicFile.WriteAllText(path, "Grüße — ✓\n");

        Assert.Equal(Encoding.UTF8.GetBytes("Grüße — ✓\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void An_identical_target_is_left_untouched_and_keeps_its_mtime()
    {
        var path = _dir.Write("page.md", "same\n");
        var old = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.Equal(WriteOutcome.Unchanged, AtomicFile.WriteAllText(path, "same\n"));
        Assert.Equal(WriteOutcome.Unchanged, AtomicFile.Write(path, stream => stream.Write("same\n"u8)));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Same_length_but_different_bytes_is_a_change()
    {
        var path = _dir.Write("page.md", "abc\n");

        Assert.Equal(WriteOutcome.Written, AtomicFile.WriteAllText(path, "abd\n"));
        Assert.Equal("abd\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_directory_fails_and_creates_nothing()
    {
        var path = _dir.Combine("missing", "page.md");

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.False(Directory.Exists(_dir.Combine("missing")));
        Assert.Empty(Directory.GetFileSystemEntries(_dir.Path));
    }

    [Fact]
    public void A_failing_streaming_writer_leaves_the_target_as_it_was_and_no_temp()
    {
        var path = _dir.Write("page.md", "previous\n");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half of the new"u8);
            throw new InvalidOperationException("renderer failed");
        }));

        Assert.Equal("renderer failed", error.Message);
        Assert.Equal("previous\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_streaming_writer_produces_the_streamed_bytes()
    {
        var path = _dir.Combine("big.md");
        var chunk = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        var outcome = AtomicFile.Write(path, stream =>
        {
            for (var i = 0; i < 300; i++)
            {
                stream.Write(chunk);
            }
        });

        Assert.Equal(WriteOutcome.Written, outcome);
        var written = File.ReadAllBytes(path);
        Assert.Equal(300_000, written.Length);
        Assert.Equal(chunk, written.AsSpan(299_000).ToArray());
    }

    [Fact]
    public void Copy_replaces_the_target_and_skips_an_identical_one()
    {
        var source = _dir.Write("source.png", "image bytes v2");
        var target = _dir.Write("public/logo.png", "image bytes v1");

        Assert.Equal(WriteOutcome.Written, AtomicFile.Copy(source, target));
        Assert.Equal("image bytes v2", File.ReadAllText(target));
        Assert.Equal(WriteOutcome.Unchanged, AtomicFile.Copy(source, target));
        Assert.Single(Directory.GetFiles(_dir.Combine("public")));
    }

    [Fact]
    public void Copy_of_a_missing_source_throws_and_leaves_no_temp()
    {
        var target = _dir.Write("public/logo.png", "kept");

        Assert.Throws<FileNotFoundException>(() => AtomicFile.Copy(_dir.Combine("nope.png"), target));
        Assert.Equal("kept", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_dir.Combine("public")));
    }

    [Fact]
    public void A_file_name_of_250_characters_is_written()
    {
        var path = _dir.Combine(new string('p', 247) + ".md");

        Assert.Equal(WriteOutcome.Written, AtomicFile.WriteAllText(path, "long\n"));
        Assert.Equal("long\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void A_target_that_is_a_symlink_is_replaced_by_a_file_and_the_link_target_is_not_written()
    {
        var outside = _dir.Write("outside/secret.txt", "do not touch");
        var link = _dir.Combine("page.md");
        File.CreateSymbolicLink(link, outside);

        AtomicFile.WriteAllText(link, "new page\n");

        Assert.Equal("do not touch", File.ReadAllText(outside));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal("new page\n", File.ReadAllText(link));
    }

    [Fact]
    public void Concurrent_writers_of_4_MiB_versions_never_expose_a_partial_file_to_readers()
    {
        var path = _dir.Combine("big.bin");
        var versions = Enumerable.Range(0, 4).Select(v => Enumerable.Repeat((byte)(v + 1), 4 * 1024 * 1024).ToArray()).ToArray();
        AtomicFile.WriteAllBytes(path, versions[0]);
        var writersDone = 0;
        var reads = 0;
        var torn = 0;
        using var start = new Barrier(3);
        var writers = Enumerable.Range(0, 2).Select(w => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 15; i++)
            {
                AtomicFile.WriteAllBytes(path, versions[(i + w + 1) % versions.Length]);
            }

            Interlocked.Increment(ref writersDone);
        })).ToList();
        var reader = new Thread(() =>
        {
            start.SignalAndWait();
            do
            {
                var seen = File.ReadAllBytes(path);
                if (!versions.Any(version => version.AsSpan().SequenceEqual(seen)))
                {
                    Interlocked.Increment(ref torn);
                }

                Interlocked.Increment(ref reads);
            }
            while (Volatile.Read(ref writersDone) < 2);
        });

        writers.ForEach(thread => thread.Start());
        reader.Start();
        writers.ForEach(thread => Assert.True(thread.Join(HostProcess.Bound)));
        Assert.True(reader.Join(HostProcess.Bound));

        Assert.Equal(0, torn);
        Assert.True(reads > 0);
        Assert.Single(Directory.GetFiles(_dir.Path));
    }
}
