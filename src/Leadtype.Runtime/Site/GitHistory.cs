using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace Leadtype.Site;

/// <summary>
/// Page dates from git: the author date of the latest commit touching each file, read with one
/// <c>git log</c> per docs folder (not one per page). Best effort: no git, no repository or an
/// untracked file simply gives no date. The repository variables of a surrounding git hook
/// (<c>GIT_DIR</c>, <c>GIT_WORK_TREE</c>, …) are removed so they cannot redirect the lookup.
/// </summary>
public static class GitHistory
{
    private static readonly string[] RepositoryVariables =
    {
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_PREFIX",
    };

    /// <summary>The latest author date of each file under <paramref name="folder"/>, by path relative to the folder (<c>/</c>-separated).</summary>
    public static IReadOnlyDictionary<string, DateTimeOffset> LatestDates(string folder)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (FindRepositoryRoot(folder) is null)
        {
            return dates;
        }

        // %x00 marks a commit; --relative makes names relative to the folder (-C).
        var output = Run(folder, "log", "--format=%x00%aI", "--name-only", "--no-renames", "--relative", "--", ".");
        if (output is null)
        {
            return dates;
        }

        DateTimeOffset? current = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '\0')
            {
                current = DateTimeOffset.TryParse(line.AsSpan(1), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var date) ? date : null;
                continue;
            }

            var name = Unquote(line);
            if (current is { } when && !dates.ContainsKey(name))
            {
                dates[name] = when;
            }
        }

        return dates;
    }

    /// <summary>
    /// The commit the repository holding <paramref name="folder"/> is at, read from <c>.git</c>
    /// directly (no process), for the run fingerprint: a new commit can change page dates without
    /// touching a file. Null when there is no repository or it cannot be read.
    /// </summary>
    public static string? Head(string folder)
    {
        try
        {
            if (FindRepositoryRoot(folder) is not { } gitPath)
            {
                return null;
            }

            var gitDirectory = gitPath;
            if (File.Exists(gitPath))
            {
                // A worktree or submodule: ".git" is a file "gitdir: <path>".
                var pointer = File.ReadAllText(gitPath).Trim();
                if (!pointer.StartsWith("gitdir:", StringComparison.Ordinal))
                {
                    return null;
                }

                gitDirectory = Path.GetFullPath(pointer.Substring(7).Trim(), Path.GetDirectoryName(gitPath)!);
            }

            var head = File.ReadAllText(Path.Combine(gitDirectory, "HEAD")).Trim();
            if (!head.StartsWith("ref:", StringComparison.Ordinal))
            {
                return head;
            }

            var reference = head.Substring(4).Trim();
            var commonDirectory = gitDirectory;
            var commonFile = Path.Combine(gitDirectory, "commondir");
            if (File.Exists(commonFile))
            {
                commonDirectory = Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDirectory);
            }

            foreach (var directory in new[] { gitDirectory, commonDirectory })
            {
                var loose = Path.Combine(directory, reference);
                if (File.Exists(loose))
                {
                    return reference + "@" + File.ReadAllText(loose).Trim();
                }
            }

            var packed = Path.Combine(commonDirectory, "packed-refs");
            if (File.Exists(packed))
            {
                foreach (var line in File.ReadLines(packed))
                {
                    if (line.EndsWith(" " + reference, StringComparison.Ordinal))
                    {
                        return reference + "@" + line.Substring(0, line.IndexOf(' '));
                    }
                }
            }

            return reference;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string? FindRepositoryRoot(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // git quotes names with unusual characters ("a\tb.mdx"); core.quotePath=false is passed, so only control characters are quoted.
    private static string Unquote(string name)
    {
        if (name.Length < 2 || name[0] != '"' || name[^1] != '"')
        {
            return name;
        }

        var builder = new StringBuilder();
        for (var i = 1; i < name.Length - 1; i++)
        {
            var c = name[i];
            if (c == '\\' && i + 1 < name.Length - 1)
            {
                var next = name[++i];
                builder.Append(next switch { 't' => '\t', 'n' => '\n', '"' => '"', '\\' => '\\', _ => next });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string? Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("core.quotePath=false");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in RepositoryVariables)
        {
            start.Environment.Remove(variable);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (Exception error) when (error is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
