using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using Leadtype.Conversion;
using Leadtype.Diagnostics;

namespace Leadtype.Site;

/// <summary>A file of the merged docs tree: its docs-relative path (mount path included), where it is on disk, and its stat.</summary>
public sealed record SourceFile(string DocsPath, string FullPath, long Length, DateTime LastWriteUtc)
{
    public bool IsPage => DocsPath.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The docs folders merged into one tree, without copying anything (the reference stages a temp
/// mirror): the first folder at the root, each later one under its mount path. Pages are the
/// <c>.mdx</c> files; every file is readable for includes. Content hashes are computed once per run
/// and reused from the previous run when a file's size and modification time are unchanged.
/// </summary>
public sealed class DocsTree : IDocsFileSource
{
    private readonly Dictionary<string, SourceFile> _byPath;
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _includeTexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocsDiagnostic> _decodeProblems = new(StringComparer.Ordinal);
    private readonly Func<SourceFile, string?>? _knownHash;

    private DocsTree(List<SourceFile> files, Dictionary<string, SourceFile> byPath, Func<SourceFile, string?>? knownHash, Func<string, bool>? isPage)
    {
        Files = files;
        _byPath = byPath;
        _knownHash = knownHash;
        var pages = new List<SourceFile>();
        foreach (var file in files)
        {
            if (file.IsPage && (isPage is null || isPage(file.DocsPath)))
            {
                pages.Add(file);
            }
        }

        Pages = pages;
    }

    /// <summary>Every file, ordered by docs path (ordinal).</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>The <c>.mdx</c> pages (those the page filter takes, if one was given), ordered by docs path (ordinal).</summary>
    public IReadOnlyList<SourceFile> Pages { get; }

    /// <summary>
    /// Lists the files of <paramref name="folders"/>. Directories named <c>.git</c> or
    /// <c>node_modules</c>, and <paramref name="excluded"/> directories and files (the output, the cache,
    /// the redirects lockfile the run itself writes) are skipped. Two folders producing the same docs path is LT0116.
    /// </summary>
    /// <param name="knownHash">The content hash recorded by the previous run for an unchanged file, if any.</param>
    /// <param name="isPage">Which <c>.mdx</c> docs paths are pages (<c>--include</c>/<c>--exclude</c>); null: all. Every file stays readable.</param>
    public static (DocsTree Tree, IReadOnlyList<DocsDiagnostic> Diagnostics) Scan(
        IReadOnlyList<DocsFolder> folders,
        IReadOnlyCollection<string> excluded,
        Func<SourceFile, string?>? knownHash = null,
        Func<string, bool>? isPage = null)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var files = new List<SourceFile>();
        var byPath = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var root = folder.FullPath;
            var prefix = folder.Source.MountPath.Length == 0 ? string.Empty : folder.Source.MountPath.Replace('\\', '/').Trim('/') + "/";
            foreach (var info in Enumerate(root, excluded))
            {
                var relative = Path.GetRelativePath(root, info.FullName).Replace('\\', '/');
                var docsPath = prefix + relative;
                var file = new SourceFile(docsPath, info.FullName, info.Length, info.LastWriteTimeUtc);
                if (byPath.TryGetValue(docsPath, out var existing))
                {
                    diagnostics.Add(DocsDiagnostic.Create(DiagnosticCatalog.DocsSourceCollision, file.FullPath, 0, 0, docsPath, existing.FullPath, file.FullPath));
                    continue;
                }

                byPath[docsPath] = file;
                files.Add(file);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.DocsPath, b.DocsPath));
        return (new DocsTree(files, byPath, knownHash, isPage), diagnostics);
    }

    public bool TryGet(string docsPath, out SourceFile file) => _byPath.TryGetValue(docsPath, out file!);

    /// <summary>The full path of a docs path (for diagnostics), or null when the tree has no such file.</summary>
    public string? FullPathOf(string docsPath) => _byPath.TryGetValue(docsPath, out var file) ? file.FullPath : null;

    /// <summary>Reads a file's bytes and records its content hash.</summary>
    public byte[] ReadBytes(SourceFile file)
    {
        var bytes = File.ReadAllBytes(file.FullPath);
        _hashes[file.DocsPath] = Hash(bytes);
        return bytes;
    }

    /// <summary>The file's content hash: recorded this run, else the previous run's for an unchanged stat, else read and hashed.</summary>
    public string HashOf(SourceFile file)
    {
        if (_hashes.TryGetValue(file.DocsPath, out var hash))
        {
            return hash;
        }

        hash = _knownHash?.Invoke(file) ?? Hash(File.ReadAllBytes(file.FullPath));
        _hashes[file.DocsPath] = hash;
        return hash;
    }

    /// <summary>The hash of a docs path, or the empty string for a file that does not exist (it never matches a recorded hash of a real file).</summary>
    public string HashOf(string docsPath) => _byPath.TryGetValue(docsPath, out var file) ? TryHash(file) : string.Empty;

    /// <summary>Every hash computed or reused this run, by docs path.</summary>
    public IReadOnlyDictionary<string, string> KnownHashes => _hashes;

    /// <summary>Reads an included file; each is read and decoded once per run however many pages include it.</summary>
    public bool TryRead(string docsRelativePath, out string text)
    {
        if (_includeTexts.TryGetValue(docsRelativePath, out text!))
        {
            return true;
        }

        if (!_byPath.TryGetValue(docsRelativePath, out var file))
        {
            text = string.Empty;
            return false;
        }

        try
        {
            text = Decode(ReadBytes(file), docsRelativePath, out var problem);
            if (problem is not null)
            {
                _decodeProblems.TryAdd(docsRelativePath, problem);
            }

            _includeTexts[docsRelativePath] = text;
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>
    /// UTF-8 text, decoded as <c>leadtype convert</c> decodes it (a byte order mark is left for the
    /// frontmatter splitter); invalid bytes become U+FFFD and one LT0004 at the first of them.
    /// </summary>
    public static string Decode(byte[] bytes, string docsPath, out DocsDiagnostic? problem) =>
        Runtime.Conversion.SourceText.Decode(bytes, docsPath, out problem);

    /// <summary>The LT0004 of an included file, if decoding it found invalid bytes.</summary>
    public DocsDiagnostic? DecodeProblemOf(string docsPath) => _decodeProblems.TryGetValue(docsPath, out var problem) ? problem : null;

    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private string TryHash(SourceFile file)
    {
        try
        {
            return HashOf(file);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static IEnumerable<FileInfo> Enumerate(string root, IReadOnlyCollection<string> excluded)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
            {
                if (entry is DirectoryInfo child)
                {
                    // Links to directories are not followed: they could lead out of the docs or loop.
                    if ((child.Attributes & FileAttributes.ReparsePoint) != 0 || child.Name is ".git" or "node_modules" || IsExcluded(child.FullName, excluded))
                    {
                        continue;
                    }

                    pending.Push(child);
                }
                else if (entry is FileInfo file && (excluded.Count == 0 || !IsExcluded(file.FullName, excluded)))
                {
                    yield return file;
                }
            }
        }
    }

    private static bool IsExcluded(string fullPath, IReadOnlyCollection<string> excluded)
    {
        foreach (var path in excluded)
        {
            if (string.Equals(Path.TrimEndingDirectorySeparator(fullPath), Path.TrimEndingDirectorySeparator(path), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
