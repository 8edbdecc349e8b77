using System;
using System.IO;

namespace Leadtype.Output;

/// <summary>
/// Renames a finished temp file over its target. On Linux and macOS <see cref="File.Move(string, string, bool)"/>
/// is <c>rename(2)</c>: atomic within one file system, open readers keep the old inode. On Windows it is
/// <c>MoveFileEx(MOVEFILE_REPLACE_EXISTING)</c>, which fails while another process holds the target
/// open without delete sharing; <see cref="ReplaceOnWindows"/> retries that case.
/// </summary>
internal static partial class FileReplace
{
    public static void Replace(string tempPath, string targetPath)
    {
        if (OperatingSystem.IsWindows())
        {
            ReplaceOnWindows(tempPath, targetPath);
            return;
        }

        File.Move(tempPath, targetPath, overwrite: true);
    }
}
