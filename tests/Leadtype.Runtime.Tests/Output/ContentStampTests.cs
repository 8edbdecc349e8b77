using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Leadtype.Output;
using Leadtype.Runtime.Tests.Output.Support;

namespace Leadtype.Runtime.Tests.Output;

/// <summary>
/// Identical-skip by stamp: a session that remembers what the previous one wrote (length, content hash, mtime)
/// confirms a file whose new bytes hash the same without reading it, replaces one whose bytes differ without
/// comparing, and falls back to comparing when the file changed on disk since.
/// </summary>
public sealed class ContentStampTests : IDisposable
{
    private readonly TestDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Output => _dir.Combine("public");

    private string PathOf(string relative) => Path.Combine(Output, relative);

    private OutputOptions Options() => new() { UseLock = false, Log = new StringWriter() };

    [Fact]
    public void Every_write_is_stamped_with_its_length_hash_and_mtime()
    {
        var bytes = "# Install\n"u8.ToArray();
        using var session = OutputSession.Open(Output, Options());
        session.Write("docs/install.md", bytes);
        session.Write("docs/search-index.json", stream => stream.Write(bytes));

        foreach (var path in new[] { "docs/install.md", "docs/search-index.json" })
        {
            var stamp = session.Stamps[path];
            Assert.Equal(bytes.Length, stamp.Length);
            Assert.Equal(ContentHash.Of(bytes), stamp.Hash);
            Assert.Equal(File.GetLastWriteTimeUtc(PathOf(path)).Ticks, stamp.LastWriteTicks);
        }

        session.Complete();
    }

    [Fact]
    public void A_file_whose_new_bytes_match_its_stamp_is_confirmed_without_being_read()
    {
        var stamps = WriteOnce("page.md", "original text");

        // Same length and mtime as stamped, different bytes: only a session that reads the file would notice.
        Tamper("page.md", "ORIGINAL TEXT", stamps["page.md"].LastWriteTicks);

        using var session = OutputSession.Open(Output, Options());
        session.Remember(stamps);
        Assert.Equal(WriteOutcome.Unchanged, session.WriteText("page.md", "original text"));
        Assert.Equal(WriteOutcome.Unchanged, session.Write("streamed.md", stream => stream.Write(Encoding.UTF8.GetBytes("streamed text"))));
        session.Complete();

        Assert.Equal("ORIGINAL TEXT", File.ReadAllText(PathOf("page.md")));
        Assert.Equal(stamps["page.md"], session.Stamps["page.md"]);
    }

    [Fact]
    public void A_file_whose_new_bytes_differ_from_its_stamp_is_replaced()
    {
        var stamps = WriteOnce("page.md", "original text");

        using var session = OutputSession.Open(Output, Options());
        session.Remember(stamps);
        Assert.Equal(WriteOutcome.Written, session.WriteText("page.md", "edited text!!"));
        Assert.Equal(WriteOutcome.Written, session.Write("streamed.md", stream => stream.Write(Encoding.UTF8.GetBytes("streamed, edited"))));
        session.Complete();

        Assert.Equal("edited text!!", File.ReadAllText(PathOf("page.md")));
        Assert.Equal("streamed, edited", File.ReadAllText(PathOf("streamed.md")));
        Assert.Equal(ContentHash.Of(Encoding.UTF8.GetBytes("edited text!!")), session.Stamps["page.md"].Hash);
    }

    [Fact]
    public void A_file_changed_on_disk_since_its_stamp_is_compared_and_written_back()
    {
        var stamps = WriteOnce("page.md", "original text");
        Tamper("page.md", "someone else", stamps["page.md"].LastWriteTicks + TimeSpan.TicksPerSecond);
        Tamper("same.md", "original text", DateTime.UtcNow.AddHours(-1).Ticks);

        using var session = OutputSession.Open(Output, Options());
        session.Remember(stamps);
        Assert.Equal(WriteOutcome.Written, session.WriteText("page.md", "original text"));

        // Not stamped at all, but already holding the bytes: compared, left alone.
        Assert.Equal(WriteOutcome.Unchanged, session.WriteText("same.md", "original text"));
        session.Complete();

        Assert.Equal("original text", File.ReadAllText(PathOf("page.md")));
    }

    [Fact]
    public void A_second_copy_of_a_written_file_is_copied_and_confirmed_by_stamp_next_time()
    {
        IReadOnlyDictionary<string, ContentStamp> stamps;
        using (var first = OutputSession.Open(Output, Options()))
        {
            first.Write("llms-full.txt", stream => stream.Write("full text\n"u8));
            Assert.Equal(WriteOutcome.Written, first.CopyWritten(".well-known/llms-full.txt", "llms-full.txt"));
            first.Complete();
            stamps = new Dictionary<string, ContentStamp>(first.Stamps);
        }

        Assert.Equal("full text\n", File.ReadAllText(PathOf(".well-known/llms-full.txt")));
        Tamper(".well-known/llms-full.txt", "FULL TEXT\n", stamps[".well-known/llms-full.txt"].LastWriteTicks);

        using var second = OutputSession.Open(Output, Options());
        second.Remember(stamps);
        second.Write("llms-full.txt", stream => stream.Write("full text\n"u8));
        Assert.Equal(WriteOutcome.Unchanged, second.CopyWritten(".well-known/llms-full.txt", "llms-full.txt"));
        Assert.Throws<InvalidOperationException>(() => second.CopyWritten("other.txt", "never-written.txt"));
        second.Complete();
    }

    private IReadOnlyDictionary<string, ContentStamp> WriteOnce(string path, string text)
    {
        using var session = OutputSession.Open(Output, Options());
        session.WriteText(path, text);
        session.Write("streamed.md", stream => stream.Write(Encoding.UTF8.GetBytes("streamed text")));
        session.Complete();
        return new Dictionary<string, ContentStamp>(session.Stamps);
    }

    private void Tamper(string relative, string text, long lastWriteTicks)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, new DateTime(lastWriteTicks, DateTimeKind.Utc));
    }
}
