using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>
/// One file an output session writes: its path relative to the output directory and where its
/// bytes come from (a buffer, text, a streaming writer, or a file to copy). A streaming writer is
/// called only when the session reaches the file, so a large site never needs all pages in memory.
/// </summary>
public sealed class OutputFile
{
    private OutputFile(string relativePath, ReadOnlyMemory<byte>? bytes, string? text, Action<Stream>? writer, string? copyFrom)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        RelativePath = relativePath;
        Bytes = bytes;
        Text = text;
        Writer = writer;
        CopyFrom = copyFrom;
    }

    public string RelativePath { get; }

    internal ReadOnlyMemory<byte>? Bytes { get; }

    internal string? Text { get; }

    internal Action<Stream>? Writer { get; }

    internal string? CopyFrom { get; }

    public static OutputFile FromBytes(string relativePath, ReadOnlyMemory<byte> content) => new(relativePath, content, null, null, null);

    /// <summary>Text written as UTF-8 without a byte order mark.</summary>
    public static OutputFile FromText(string relativePath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(relativePath, null, content, null, null);
    }

    public static OutputFile FromWriter(string relativePath, Action<Stream> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new(relativePath, null, null, writer, null);
    }

    public static OutputFile CopyOf(string relativePath, string sourcePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);
        return new(relativePath, null, null, null, sourcePath);
    }
}
