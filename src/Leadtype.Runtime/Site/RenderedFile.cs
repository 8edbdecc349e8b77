using System;
using System.IO;

namespace Leadtype.Site;

/// <summary>
/// One artifact ready to be written: its bytes, a writer that streams them when the file is written (a
/// page-body-sized artifact is never held whole), or the same bytes as another artifact of the run (a
/// <c>.well-known</c> copy, written by copying that file instead of producing it twice).
/// </summary>
public sealed class RenderedFile
{
    private RenderedFile(string path, byte[]? content, Action<Stream>? writer, string? sameAs)
    {
        Path = path;
        Content = content;
        Writer = writer;
        SameAs = sameAs;
    }

    /// <summary>Relative to the output directory, <c>/</c>-separated.</summary>
    public string Path { get; }

    public byte[]? Content { get; }

    public Action<Stream>? Writer { get; }

    /// <summary>The path of the artifact whose bytes this one repeats.</summary>
    public string? SameAs { get; }

    public static RenderedFile Bytes(string path, byte[] content) => new(path, content ?? throw new ArgumentNullException(nameof(content)), null, null);

    public static RenderedFile Streamed(string path, Action<Stream> writer) => new(path, null, writer ?? throw new ArgumentNullException(nameof(writer)), null);

    public static RenderedFile Copy(string path, string sameAs) => new(path, null, null, sameAs ?? throw new ArgumentNullException(nameof(sameAs)));
}
