using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Leadtype.Tests.Shared;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// A project folder in the temp directory (outside any git repository, so page dates come from
/// frontmatter only) with an output folder beside it; runs <c>leadtype generate</c> in-process.
/// </summary>
internal sealed class GenerateWorkspace : IDisposable
{
    private GenerateWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "leadtype-generate-test-" + Guid.NewGuid().ToString("N"));
        Source = Path.Combine(Root, "project");
        Output = Path.Combine(Root, "public");
        Directory.CreateDirectory(Source);
    }

    public string Root { get; }

    /// <summary>The <c>--src</c> folder.</summary>
    public string Source { get; }

    public string Docs => Path.Combine(Source, "docs");

    /// <summary>The <c>--out</c> folder.</summary>
    public string Output { get; }

    /// <summary>Arguments every <see cref="Generate"/> call adds (the fixture's base URL).</summary>
    public string[] DefaultArguments { get; init; } = Array.Empty<string>();

    /// <summary>A workspace holding a copy of <c>tests/fixtures/generate/&lt;name&gt;</c>, generated against <c>https://acme.example</c> (its feeds need an absolute base URL).</summary>
    public static GenerateWorkspace FromFixture(string name)
    {
        var workspace = new GenerateWorkspace { DefaultArguments = new[] { "--base-url", "https://acme.example" } };
        CopyDirectory(RepositoryPaths.Combine("tests", "fixtures", "generate", name), workspace.Source);
        return workspace;
    }

    /// <summary>A workspace holding a copy of the leadtype corpus (<c>../shared/corpora/leadtype</c>, read-only in place).</summary>
    public static GenerateWorkspace FromLeadtypeCorpus()
    {
        var workspace = new GenerateWorkspace();
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpora", "leadtype"), workspace.Source);
        return workspace;
    }

    /// <summary>An empty project with the given docs files.</summary>
    public static GenerateWorkspace WithDocs(params (string Path, string Text)[] files)
    {
        var workspace = new GenerateWorkspace();
        foreach (var (path, text) in files)
        {
            workspace.WriteSource(Path.Combine("docs", path), text);
        }

        return workspace;
    }

    /// <summary>Runs <c>leadtype generate --src &lt;project&gt; --out &lt;public&gt; …</c>.</summary>
    public (int ExitCode, string Stdout, string Stderr) Generate(params string[] arguments)
    {
        var all = new List<string> { "generate", "--src", Source, "--out", Output };
        all.AddRange(DefaultArguments);
        all.AddRange(arguments);
        return CliRunner.Run(all.ToArray());
    }

    public void WriteSource(string relativePath, string text)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }

    public void DeleteSource(string relativePath) => File.Delete(Path.Combine(Source, relativePath));

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every output file (relative, <c>/</c>-separated) with its bytes and modification time.</summary>
    public IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> Snapshot() => Snapshot(Output);

    public static IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string directory) =>
        !Directory.Exists(directory)
            ? new Dictionary<string, (byte[], DateTime)>()
            : Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .ToDictionary(
                    path => Path.GetRelativePath(directory, path).Replace('\\', '/'),
                    path => (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)),
                    StringComparer.Ordinal);

    /// <summary>Asserts two snapshots hold the same files with the same bytes (and, when <paramref name="sameTimes"/>, the same mtimes).</summary>
    public static void AssertSame(IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> expected, IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> actual, bool sameTimes)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (bytes, written)) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path].Bytes), path + " changed");
            if (sameTimes)
            {
                Assert.True(written == actual[path].Written, path + " was rewritten");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort (copied read-only files are made writable first, but be safe).
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);

            // The corpus is read-only; copies must be editable (and deletable) by the tests.
            File.SetAttributes(target, FileAttributes.Normal);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }
        }
    }
}
