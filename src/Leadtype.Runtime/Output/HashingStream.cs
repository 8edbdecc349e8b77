using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>A write-only pass-through that hashes (<see cref="ContentHash"/>) and counts what goes to the inner stream.</summary>
internal sealed class HashingStream : Stream
{
    private readonly Stream _inner;
    private readonly Search.XxHash64.Builder _hash = new();
    private long _length;

    public HashingStream(Stream inner) => _inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public ulong Hash => _hash.Hash;

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        _length += buffer.Length;
        _inner.Write(buffer);
    }

    public override void WriteByte(byte value) => Write(new ReadOnlySpan<byte>(in value));

    public override void Flush() => _inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
