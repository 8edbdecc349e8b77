using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>
/// The Native AOT build of the tool that the <c>Leadtype</c> package carries as <c>tools/linux-x64/leadtype</c>
/// (benchmarks/README-generate.md, "Native tool in the package"): the pack publishes it without trim or AOT
/// warnings, and it writes exactly the files the JIT tool's golden tests expect.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class NativeAotToolTests(PackedFeed feed) : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leadtype-aot-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    [Fact]
    public void Packed_native_tool_publishes_without_warnings_and_writes_the_site_golden_files()
    {
        feed.AssertPacked();
        if (!OperatingSystem.IsLinux() || System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier != "linux-x64")
        {
            return; // Packed on linux-x64 only (Native AOT does not cross-compile between operating systems).
        }

        // The pack runs the AOT publish through Exec, which turns the publish's warnings into the pack's own.
        Assert.DoesNotContain(": warning ", feed.Pack.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("clang was not found", feed.Pack.Output, StringComparison.Ordinal);
        var tool = Path.Combine(_root, "tool", "leadtype");
        Directory.CreateDirectory(Path.GetDirectoryName(tool)!);
        using (var archive = ZipFile.OpenRead(feed.LeadtypePackage))
        {
            archive.GetEntry("tools/linux-x64/leadtype")!.ExtractToFile(tool);
        }

        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var project = Path.Combine(_root, "project");
        CopyDirectory(RepositoryRoot.Combine("tests", "fixtures", "generate", "site"), project);
        var output = Path.Combine(_root, "public");
        var (exit, log) = RunTool(tool, "generate", "--src", project, "--out", output, "--base-url", "https://acme.example");

        Assert.True(exit == 0, log);
        var golden = RepositoryRoot.Combine("tests", "Leadtype.Cli.Tests", "Golden", "generate-site");
        var files = Directory.EnumerateFiles(output, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(File.ReadAllText(Path.Combine(golden, "files.txt.expected")), string.Join("\n", files) + "\n");
        foreach (var file in files)
        {
            var expected = File.ReadAllBytes(Path.Combine(golden, file + ".expected"));
            Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))), file + " differs from the JIT tool's golden file");
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A process that is still closing may hold a file; the temp folder is cleaned by the OS later.
        }
    }

    private static (int ExitCode, string Log) RunTool(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Dates come from the fixture's frontmatter, as in the golden tests, never from a surrounding setting.
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the native tool did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
