using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// Issue 3, end to end: six <c>leadtype convert</c> (and six <c>leadtype generate</c>) processes
/// started together against one output directory while a reader keeps reading every file. Every
/// run exits 0, the reader never sees a torn, empty or vanished file, the final tree equals a
/// single run's tree, and no temp file is left behind.
/// </summary>
[Collection(nameof(ProcessCollection))]
public sealed class ConcurrentRunsTests
{
    private const int Runs = 6;
    private static readonly Regex TempFile = new(@"^\..+\.\d+-[0-9a-f]{12}\.tmp$", RegexOptions.CultureInvariant);

    [Fact]
    public void Six_concurrent_convert_runs_leave_exactly_one_runs_tree_and_readers_never_see_a_torn_file()
    {
        using var workspace = GenerateWorkspace.FromLeadtypeCorpus();
        using var locks = new TempFolder();
        var reference = Path.Combine(workspace.Root, "reference");
        var shared = Path.Combine(workspace.Root, "shared");
        Run(locks.Path, "convert", "--src", workspace.Docs, "--out", reference);

        AssertConcurrentRunsMatch(reference, shared, locks.Path, "convert", "--src", workspace.Docs, "--out", shared);
    }

    [Fact]
    public void Six_concurrent_generate_runs_leave_exactly_one_runs_tree_and_readers_never_see_a_torn_file()
    {
        using var workspace = GenerateWorkspace.FromLeadtypeCorpus();
        using var locks = new TempFolder();
        var reference = Path.Combine(workspace.Root, "reference");
        var shared = Path.Combine(workspace.Root, "shared");
        Run(locks.Path, "generate", "--src", workspace.Source, "--out", reference, "--base-url", "https://leadtype.dev", "--cache-dir", Path.Combine(workspace.Root, "cache-reference"));

        // --force: every run converts and writes for real instead of finding the first run's output current.
        AssertConcurrentRunsMatch(reference, shared, locks.Path, "generate", "--src", workspace.Source, "--out", shared, "--base-url", "https://leadtype.dev", "--force");
    }

    private static void AssertConcurrentRunsMatch(string reference, string shared, string lockDirectory, params string[] arguments)
    {
        var expected = GenerateWorkspace.Snapshot(reference);
        Assert.NotEmpty(expected);
        using var stop = new CancellationTokenSource();
        var problems = new List<string>();
        var reads = new int[1];
        var reader = new Thread(() => Read(shared, expected, problems, reads, stop.Token)) { IsBackground = true };
        reader.Start();

        var processes = Enumerable.Range(0, Runs).Select(_ => CliProcess.Start(Environment(lockDirectory), arguments)).ToList();
        try
        {
            foreach (var process in processes)
            {
                Assert.True(process.WaitForExit() == 0, process.Stderr);
            }
        }
        finally
        {
            stop.Cancel();
            reader.Join(CliProcess.Bound);
            foreach (var process in processes)
            {
                process.Dispose();
            }
        }

        Assert.True(reads[0] > 0, "the reader read nothing");
        Assert.Empty(problems);
        GenerateWorkspace.AssertSame(expected, GenerateWorkspace.Snapshot(shared), sameTimes: false);
        Assert.DoesNotContain(Directory.EnumerateFiles(shared, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }), path => TempFile.IsMatch(Path.GetFileName(path)));
    }

    // Once a file has appeared it must always read as the complete expected bytes.
    private static void Read(string directory, IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> expected, List<string> problems, int[] reads, CancellationToken stop)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!stop.IsCancellationRequested)
        {
            foreach (var (path, (bytes, _)) in expected)
            {
                var full = Path.Combine(directory, path);
                byte[] actual;
                try
                {
                    actual = File.ReadAllBytes(full);
                }
                catch (FileNotFoundException) when (!seen.Contains(path))
                {
                    continue;
                }
                catch (DirectoryNotFoundException) when (!seen.Contains(path))
                {
                    continue;
                }
                catch (IOException error)
                {
                    lock (problems)
                    {
                        problems.Add(path + ": " + error.Message);
                    }

                    continue;
                }

                seen.Add(path);
                Interlocked.Increment(ref reads[0]);
                if (!actual.AsSpan().SequenceEqual(bytes))
                {
                    lock (problems)
                    {
                        problems.Add(path + ": read " + actual.Length + " bytes that are not the expected " + bytes.Length);
                    }
                }
            }
        }
    }

    private static void Run(string lockDirectory, params string[] arguments)
    {
        using var process = CliProcess.Start(Environment(lockDirectory), arguments);
        Assert.True(process.WaitForExit() == 0, process.Stderr);
    }

    private static Dictionary<string, string> Environment(string lockDirectory) => new() { ["LEADTYPE_LOCK_DIR"] = lockDirectory };
}
