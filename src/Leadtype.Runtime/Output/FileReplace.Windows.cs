using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Leadtype.Output;

internal static partial class FileReplace
{
    private const int ErrorAccessDenied = 5;
    private const int ErrorSharingViolation = 32;
    private const int ErrorLockViolation = 33;

    // Backoff between attempts; about 3 s in total, enough for a dev server or a virus scanner to
    // let go of a file it is reading, short enough not to stall a build that will never succeed.
    private static readonly int[] BackoffMilliseconds = [10, 20, 40, 80, 160, 320, 500, 500, 500, 500];

    private static void ReplaceOnWindows(string tempPath, string targetPath)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // MoveFileEx without MOVEFILE_COPY_ALLOWED: a rename of the directory entry, never a copy.
                // File.Replace is not used: it is a sequence of renames with its own failure states and
                // requires the target to exist.
                File.Move(tempPath, targetPath, overwrite: true);
                return;
            }
            catch (Exception error) when (IsTransientSharingError(error) && attempt < BackoffMilliseconds.Length)
            {
                Thread.Sleep(BackoffMilliseconds[attempt]);
            }
            catch (Exception error) when (IsTransientSharingError(error))
            {
                throw new OutputException(
                    $"could not replace \"{targetPath}\": another program keeps it open without delete sharing " +
                    $"(a dev server, an editor, an antivirus scanner); retried for {clock.Elapsed.TotalSeconds:0.0} s. " +
                    "Close that program or run the build again.",
                    error);
            }
        }
    }

    private static bool IsTransientSharingError(Exception error)
    {
        var code = error.HResult & 0xFFFF;
        return error is UnauthorizedAccessException
            || (error is IOException && code is ErrorSharingViolation or ErrorLockViolation or ErrorAccessDenied);
    }
}
