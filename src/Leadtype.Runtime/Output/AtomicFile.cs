using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace Leadtype.Output;

/// <summary>
/// Writes a file so that readers see either the old or the new complete content, never a torn,
/// empty or missing file: the bytes go to a temp sibling (<see cref="AtomicTempName"/>) that is then
/// renamed over the target. A target that already holds the same bytes is left alone, so its mtime
/// does not change and watchers and incremental builds stay quiet. The temp is removed when anything
/// fails. The target's directory must exist. There is no fsync: the goal is consistent readers, not
/// durability across power loss.
/// </summary>
public static class AtomicFile
{
    private const int TempNameAttempts = 3;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static WriteOutcome WriteAllBytes(string path, ReadOnlySpan<byte> content) => WriteAllBytes(path, content, gate: null);

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark.</summary>
    public static WriteOutcome WriteAllText(string path, string content) => WriteAllText(path, content, gate: null);

    /// <summary>Streams the content through <paramref name="writer"/>; nothing is held in memory beyond the stream's buffer.</summary>
    public static WriteOutcome Write(string path, Action<Stream> writer) => Write(path, writer, gate: null);

    /// <summary>Copies <paramref name="sourcePath"/> over <paramref name="destinationPath"/> atomically.</summary>
    public static WriteOutcome Copy(string sourcePath, string destinationPath) => Copy(sourcePath, destinationPath, gate: null);

    internal static WriteOutcome WriteAllBytes(string path, ReadOnlySpan<byte> content, WriteGate? gate) => WriteAllBytes(path, content, gate, compare: true);

    /// <param name="compare">Whether to compare with the target first; false when the caller knows it differs.</param>
    internal static WriteOutcome WriteAllBytes(string path, ReadOnlySpan<byte> content, WriteGate? gate, bool compare)
    {
        if (compare && FileContent.Equals(path, content))
        {
            return WriteOutcome.Unchanged;
        }

        var temp = CreateTemp(path, gate, out var handle);
        try
        {
            using (handle)
            {
                RandomAccess.Write(handle, content, 0);
            }

            Commit(temp, path, gate);
            return WriteOutcome.Written;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            gate?.Untrack(temp);
        }
    }

    internal static WriteOutcome WriteAllText(string path, string content, WriteGate? gate)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(content.Length));
        try
        {
            var length = Utf8NoBom.GetBytes(content, buffer);
            return WriteAllBytes(path, buffer.AsSpan(0, length), gate);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static WriteOutcome Write(string path, Action<Stream> writer, WriteGate? gate) =>
        Write(path, writer, gate, static (_, _) => null, out _, out _);

    /// <summary>Streams into the temp sibling while hashing; the target is compared only when <paramref name="known"/> cannot tell.</summary>
    /// <param name="known">
    /// Given the streamed length and content hash: true when the target is known to hold exactly these bytes,
    /// false when it is known to differ, null when the files must be compared.
    /// </param>
    internal static WriteOutcome Write(string path, Action<Stream> writer, WriteGate? gate, Func<long, ulong, bool?> known, out long length, out ulong hash)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var temp = CreateTemp(path, gate, out var handle);
        try
        {
            using (var stream = new FileStream(handle, FileAccess.Write, bufferSize: 64 * 1024))
            using (var hashing = new HashingStream(stream))
            {
                writer(hashing);
                hashing.Flush();
                length = hashing.Length;
                hash = hashing.Hash;
            }

            if (known(length, hash) ?? FileContent.FilesEqual(temp, path))
            {
                TryDelete(temp);
                return WriteOutcome.Unchanged;
            }

            Commit(temp, path, gate);
            return WriteOutcome.Written;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            gate?.Untrack(temp);
        }
    }

    internal static WriteOutcome Copy(string sourcePath, string destinationPath, WriteGate? gate) => Copy(sourcePath, destinationPath, gate, compare: true);

    /// <param name="compare">Whether to compare with the target first; false when the caller knows it differs.</param>
    internal static WriteOutcome Copy(string sourcePath, string destinationPath, WriteGate? gate, bool compare)
    {
        if (!File.Exists(sourcePath))
        {
            throw new FileNotFoundException($"Cannot copy \"{sourcePath}\": the file does not exist.", sourcePath);
        }

        if (compare && FileContent.FilesEqual(sourcePath, destinationPath))
        {
            return WriteOutcome.Unchanged;
        }

        var temp = CreateTemp(destinationPath, gate, out var handle);
        try
        {
            using (handle)
            using (var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1))
            using (var target = new FileStream(handle, FileAccess.Write, bufferSize: 1))
            {
                source.CopyTo(target, 64 * 1024);
            }

            Commit(temp, destinationPath, gate);
            return WriteOutcome.Written;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        finally
        {
            gate?.Untrack(temp);
        }
    }

    private static string CreateTemp(string targetPath, WriteGate? gate, out Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        for (var attempt = 1; ; attempt++)
        {
            var temp = AtomicTempName.For(targetPath);
            gate?.Track(temp);
            try
            {
                // CreateNew: a temp name is never shared, even if the random part collides.
                handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                return temp;
            }
            catch (IOException) when (attempt < TempNameAttempts && File.Exists(temp))
            {
                gate?.Untrack(temp);
            }
            catch
            {
                gate?.Untrack(temp);
                throw;
            }
        }
    }

    private static void Commit(string temp, string target, WriteGate? gate)
    {
        gate?.EnterCommit();
        try
        {
            FileReplace.Replace(temp, target);
        }
        finally
        {
            gate?.ExitCommit();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temp that cannot be removed now is swept by the next locked run.
        }
    }
}
