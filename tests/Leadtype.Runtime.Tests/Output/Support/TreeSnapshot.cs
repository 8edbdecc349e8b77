using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Leadtype.Runtime.Tests.Output.Support;

/// <summary>Every file under a directory (hidden ones included) with its bytes and mtime.</summary>
internal sealed record TreeSnapshot(IReadOnlyDictionary<string, (byte[] Bytes, DateTime Written)> Files)
{
    public static TreeSnapshot Of(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(
                path => Path.GetRelativePath(directory, path).Replace('\\', '/'),
                path => (File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)),
                StringComparer.Ordinal));

    public IEnumerable<string> Paths => Files.Keys.Order(StringComparer.Ordinal);

    public static void AssertSameContent(TreeSnapshot expected, TreeSnapshot actual)
    {
        Assert.Equal(expected.Paths, actual.Paths);
        foreach (var path in expected.Paths)
        {
            Assert.True(expected.Files[path].Bytes.AsSpan().SequenceEqual(actual.Files[path].Bytes), $"{path} differs");
        }
    }

    public static void AssertIdentical(TreeSnapshot expected, TreeSnapshot actual)
    {
        AssertSameContent(expected, actual);
        foreach (var path in expected.Paths)
        {
            Assert.True(expected.Files[path].Written == actual.Files[path].Written, $"{path} was rewritten");
        }
    }
}
