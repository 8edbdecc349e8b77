using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Leadtype.Integration.Tests.Infrastructure;

namespace Leadtype.Integration.Tests;

/// <summary>
/// The opt-in Native AOT build of the tool (<c>-p:LeadtypeAot=true</c>; benchmarks/README-generate.md, "Cold start"):
/// it publishes without trim or AOT warnings and writes exactly the files the JIT tool's golden tests expect.
/// </summary>
[Collection(DotnetCollection.Name)]
public sealed class NativeAotToolTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leadtype-aot-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    [Fact]
    public void Native_aot_tool_publishes_without_warnings_and_writes_the_site_golden_files()
    {
        // Its own artifacts folder: the repository's obj/ and bin/ (and their restore of the tool) stay as they are.
        var publish = DotnetRun.Run(
            RepositoryRoot.Path,
            "publish src/Leadtype.Cli/Leadtype.Cli.csproj -c Release -r linux-x64 -f net10.0 -p:LeadtypeAot=true" + Linker()
                + " --artifacts-path \"" + Path.Combine(_root, "artifacts") + "\" -o \"" + Path.Combine(_root, "tool") + "\" -nodeReuse:false -p:UseSharedCompilation=false",
            timeout: TimeSpan.FromMinutes(15));
        publish.AssertSuccess();
        Assert.DoesNotContain(": warning ", publish.Output, StringComparison.Ordinal);
        var tool = Path.Combine(_root, "tool", "leadtype");
        Assert.True(File.Exists(tool), "no native tool at " + tool + "\n" + publish.Output);
        Assert.False(File.Exists(Path.Combine(_root, "tool", "leadtype.dll")), "the publish holds IL assemblies, so it is not a Native AOT build");

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

    // The AOT compiler links with clang; where only a versioned clang is installed (Debian's clang-14), name it.
    private static string Linker() =>
        OnPath("clang") || !OnPath("clang-14") ? string.Empty : " -p:CppCompilerAndLinker=clang-14";

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, command)));

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
