using System;
using System.IO;
using System.Linq;
using Leadtype.Model;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>
/// <c>leadtype generate --search-binary FILE</c>: the compact binary index (what <c>Docs.Search</c> loads
/// when the generator did not embed it), written from the same index as the JSON files.
/// </summary>
public sealed class SearchBinaryFileTests
{
    private static readonly string[] Queries = { "zebra", "crossing", "install package", "instal", "stripes" };

    private static SiteProject Project() => new SiteProject()
        .Write("docs/index.mdx", "---\ntitle: Home\ndescription: Start here.\n---\n# Home\n\nWelcome to the zebra docs.\n")
        .Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\n## Requirements\n\nInstall the package, then cross at the zebra crossing.\n")
        .Write("docs/guides/stripes.mdx", "---\ntitle: Stripes\n---\n# Stripes\n\nEvery zebra has its own stripes.\n");

    private static string BinaryPath(SiteProject project) => Path.Combine(project.Root, "obj", "leadtype", "Leadtype.SearchIndex.bin");

    private static GenerateOptions WithBinary(GenerateOptions options, SiteProject project) => options with { SearchBinaryFile = BinaryPath(project) };

    [Fact]
    public void The_binary_index_answers_every_query_exactly_like_the_json_files_of_the_same_run()
    {
        using var project = Project();

        var result = project.Generate(o => WithBinary(o, project));

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        var fromBinary = DocsSearch.FromBinary(File.ReadAllBytes(BinaryPath(project)));
        var fromJson = DocsSearch.FromDirectory(Path.Combine(project.Output, "docs"));
        Assert.Equal(3, fromBinary.DocumentCount);
        Assert.Equal(fromJson.GeneratedAt, fromBinary.GeneratedAt);
        foreach (var query in Queries)
        {
            var expected = fromJson.Search(query).Select(r => (r.Id, r.Score, r.UrlWithHash, r.Excerpt)).ToArray();
            Assert.NotEmpty(fromJson.Search("zebra"));
            Assert.Equal(expected, fromBinary.Search(query).Select(r => (r.Id, r.Score, r.UrlWithHash, r.Excerpt)).ToArray());
        }

        Assert.Contains("/docs/guides/install#requirements", fromBinary.Search("crossing").Select(r => r.UrlWithHash));
    }

    [Fact]
    public void The_file_is_written_only_where_asked_and_never_into_the_output_folder()
    {
        using var project = Project();

        project.Generate();
        Assert.False(File.Exists(BinaryPath(project)));

        project.Generate(o => WithBinary(o, project));
        Assert.True(File.Exists(BinaryPath(project)));
        Assert.DoesNotContain(Directory.EnumerateFiles(project.Output, "*", SearchOption.AllDirectories), f => f.EndsWith(".bin", StringComparison.Ordinal));
        // No temp file of the atomic writer is left beside it.
        Assert.Equal(new[] { "Leadtype.SearchIndex.bin" }, Directory.GetFiles(Path.GetDirectoryName(BinaryPath(project))!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_relative_path_is_resolved_against_the_working_directory()
    {
        using var project = Project();

        var result = project.Generate(o => o with { SearchBinaryFile = Path.Combine("obj", "relative.bin") });

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.True(File.Exists(Path.Combine(project.Root, "obj", "relative.bin")));
    }

    [Fact]
    public void An_unchanged_run_keeps_the_file_and_a_deleted_or_changed_file_is_written_again()
    {
        using var project = Project();
        project.Generate(o => WithBinary(o, project));
        var written = File.ReadAllBytes(BinaryPath(project));
        var writtenAt = File.GetLastWriteTimeUtc(BinaryPath(project));

        var unchanged = project.Generate(o => WithBinary(o, project));
        Assert.True(unchanged.UpToDate);
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(BinaryPath(project)));

        // Everything in public/ is intact, so only the file's own stamp can tell the run to write it.
        File.Delete(BinaryPath(project));
        var afterDelete = project.Generate(o => WithBinary(o, project));
        Assert.False(afterDelete.UpToDate);
        Assert.Equal(written, File.ReadAllBytes(BinaryPath(project)));

        File.WriteAllBytes(BinaryPath(project), new byte[] { 1, 2, 3 });
        project.Generate(o => WithBinary(o, project));
        Assert.Equal(written, File.ReadAllBytes(BinaryPath(project)));
    }

    [Fact]
    public void Asking_for_the_file_after_an_unchanged_run_writes_it()
    {
        using var project = Project();
        project.Generate();
        Assert.True(project.Generate().UpToDate);

        var result = project.Generate(o => WithBinary(o, project));

        Assert.False(result.UpToDate);
        Assert.True(File.Exists(BinaryPath(project)));
    }

    [Fact]
    public void An_edited_page_reaches_the_file()
    {
        using var project = Project();
        project.Generate(o => WithBinary(o, project));
        Assert.Empty(DocsSearch.FromBinary(File.ReadAllBytes(BinaryPath(project))).Search("okapi"));

        project.Write("docs/guides/stripes.mdx", "---\ntitle: Stripes\n---\n# Stripes\n\nThe okapi has stripes too.\n");
        project.Generate(o => WithBinary(o, project));

        var hit = Assert.Single(DocsSearch.FromBinary(File.ReadAllBytes(BinaryPath(project))).Search("okapi"));
        Assert.Equal("/docs/guides/stripes", hit.UrlPath);
    }

    [Fact]
    public void Bundle_mode_writes_the_file_without_the_json_search_files()
    {
        using var project = Project();

        var result = project.Generate(o => WithBinary(o, project) with { Mode = SiteMode.Bundle });

        Assert.Equal(GenerateStatus.Succeeded, result.Status);
        Assert.False(project.Exists("docs/search-index.json"));
        Assert.Null(result.Summary!.Search);
        var hits = DocsSearch.FromBinary(File.ReadAllBytes(BinaryPath(project))).Search("stripes");
        Assert.Equal("/docs/guides/stripes", hits[0].UrlPath);
    }

    [Fact]
    public void A_path_that_is_a_folder_fails_the_run_with_a_message_naming_it()
    {
        using var project = Project();
        Directory.CreateDirectory(BinaryPath(project));

        var result = project.Generate(o => WithBinary(o, project));

        Assert.Equal(GenerateStatus.Failed, result.Status);
        Assert.Contains("Leadtype.SearchIndex.bin", result.Message, StringComparison.Ordinal);
    }
}
