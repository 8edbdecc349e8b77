using System;
using System.Buffers;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Leadtype.Output;

/// <summary>
/// Byte-for-byte comparisons the writer uses to leave identical targets untouched. Any failure to
/// read counts as "different": the write that follows then either succeeds or reports the real error.
/// </summary>
internal static class FileContent
{
    private const int ChunkSize = 64 * 1024;

    public static bool Equals(string path, ReadOnlySpan<byte> expected)
    {
        // One stat first: a missing target or one of another length (the common cases of a cold or
        // changed file) needs no open, and no exception is thrown for a missing file.
        if (LengthOf(path) != expected.Length)
        {
            return false;
        }

        using var handle = TryOpen(path);
        if (handle is null || RandomAccess.GetLength(handle) != expected.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(expected.Length, 1), ChunkSize));
        try
        {
            long offset = 0;
            while (offset < expected.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, expected.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(expected.Slice((int)offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            // The file may have grown between GetLength and the last read.
            return RandomAccess.GetLength(handle) == expected.Length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static bool FilesEqual(string left, string right)
    {
        var leftLength = LengthOf(left);
        if (leftLength < 0 || leftLength != LengthOf(right))
        {
            return false;
        }

        using var a = TryOpen(left);
        using var b = TryOpen(right);
        if (a is null || b is null)
        {
            return false;
        }

        var length = RandomAccess.GetLength(a);
        if (RandomAccess.GetLength(b) != length)
        {
            return false;
        }

        var size = (int)Math.Min(Math.Max(length, 1), ChunkSize);
        var bufferA = ArrayPool<byte>.Shared.Rent(size);
        var bufferB = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            long offset = 0;
            while (offset < length)
            {
                var want = (int)Math.Min(size, length - offset);
                var readA = ReadFully(a, bufferA.AsSpan(0, want), offset);
                var readB = ReadFully(b, bufferB.AsSpan(0, want), offset);
                if (readA != want || readB != want || !bufferA.AsSpan(0, want).SequenceEqual(bufferB.AsSpan(0, want)))
                {
                    return false;
                }

                offset += want;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bufferA);
            ArrayPool<byte>.Shared.Return(bufferB);
        }
    }

    private static int ReadFully(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>The length of a regular file, or -1 when there is none (missing, a directory, unreadable).</summary>
    private static long LengthOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : -1;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    private static SafeFileHandle? TryOpen(string path)
    {
        try
        {
            // Delete sharing so a concurrent rename over this file is never blocked by our read on Windows.
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
