using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsCheck;
using Leadtype.Site;

namespace Leadtype.Runtime.Tests.Site;

/// <summary>
/// Whatever an incremental run reuses (cached pages and prepared search pages, remembered template renders,
/// the previous search merge), its output is byte for byte that of a cold <c>--force</c> run on the same
/// sources: after body edits that keep or change a page's chunk count, added and removed pages, and a
/// retitled page whose title other files show.
/// </summary>
public sealed class IncrementalEquivalenceTests
{
    [Fact]
    public void Every_kind_of_edit_gives_the_output_of_a_cold_forced_run_on_a_few_hundred_pages()
    {
        using var project = new SiteProject();
        var site = new SyntheticSite(project, pages: 240, seed: 7);
        site.WriteAll();
        AssertRunMatchesCold(project, "cold start");

        site.AppendSentence(3);
        var edit = AssertRunMatchesCold(project, "a sentence appended");
        Assert.Equal(1, edit.Cache!.Converted);
        Assert.True(edit.Cache.RendersReused >= 3, "llms.txt, docs/llms.txt, sitemap.md and the llms-full.txt frame do not depend on a body");
        Assert.True(edit.Cache.SearchMergedAhead, "the same pages are indexed: the terms merged beside the site model are used");

        site.AppendSections(10, count: 6);
        Assert.True(AssertRunMatchesCold(project, "a page grew by several chunks").Cache!.SearchMergedAhead);

        site.Shrink(10);
        AssertRunMatchesCold(project, "the page shrank to one chunk");

        site.Add(240);
        Assert.False(AssertRunMatchesCold(project, "a page added").Cache!.SearchMergedAhead);

        site.Remove(5);
        AssertRunMatchesCold(project, "a page removed");

        site.Retitle(20, "Renamed Everywhere");
        var retitled = AssertRunMatchesCold(project, "a page retitled");
        Assert.Contains("Renamed Everywhere", project.Read("llms.txt"), StringComparison.Ordinal);
        Assert.Contains("Renamed Everywhere", project.Read("docs/search-index.json"), StringComparison.Ordinal);
        Assert.True(retitled.Cache!.RendersReused < edit.Cache.RendersReused, "a retitled page changes the models that list titles");

        // The sequence CI's random run found (seed 0004spd27kV3): a removed page written again under a new title.
        site.Remove(4);
        AssertRunMatchesCold(project, "a page removed before it is retitled");
        site.Retitle(4, "Back Again");
        AssertRunMatchesCold(project, "a removed page written again under a new title");
        Assert.Contains("Back Again", project.Read("llms.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_edit_sequences_give_the_output_of_a_cold_forced_run()
    {
        var edit = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1000], Gen.Int[1, 5]);
        Gen.Select(edit.Array[1, 4], Gen.Int[0, 1000]).Sample(
            (edits, seed) =>
            {
                using var project = new SiteProject();
                var site = new SyntheticSite(project, pages: 24, seed: seed);
                site.WriteAll();
                project.Generate();
                foreach (var (kind, at, count) in edits)
                {
                    site.Apply(kind, at, count);
                    AssertRunMatchesCold(project, "edit " + kind + " at " + at);
                }
            },
            iter: 12,
            threads: 1);
    }

    [Theory]
    [InlineData("docs/search-content.json")]
    [InlineData("llms-full.txt")]
    [InlineData("docs/guides/install.md")]
    public void A_file_that_cannot_be_written_fails_the_run_with_its_message_and_the_next_run_recovers(string blocked)
    {
        using var project = new SiteProject();
        new SyntheticSite(project, pages: 12, seed: 3).WriteAll();
        project.Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\nRun it.\n");
        Assert.Equal(GenerateStatus.Succeeded, project.Generate().Status);

        // A folder (with a file in it) where the file goes: replacing it fails, on whichever thread writes it.
        project.Write("docs/guides/install.mdx", "---\ntitle: Install\n---\n# Install\n\nRun it again.\n");
        var path = Path.Combine(project.Output, blocked);
        File.Delete(path);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "keep.txt"), "x");
        var failed = project.Generate();

        Assert.Equal(GenerateStatus.Failed, failed.Status);
        Assert.False(string.IsNullOrEmpty(failed.Message));
        Assert.Contains(Path.GetFileName(blocked), failed.Message, StringComparison.Ordinal);

        Directory.Delete(path, recursive: true);
        Assert.Equal(GenerateStatus.Succeeded, project.Generate().Status);
        AssertRunMatchesCold(project, "after the blocked write");
    }

    // Runs incrementally into the project's output, then cold and forced into a second folder, and compares every file.
    private static GenerateResult AssertRunMatchesCold(SiteProject project, string step)
    {
        var incremental = project.Generate();
        Assert.True(incremental.Status == GenerateStatus.Succeeded, step + ": " + string.Join("\n", incremental.Diagnostics));
        var coldOutput = Path.Combine(project.Root, "cold");
        if (Directory.Exists(coldOutput))
        {
            Directory.Delete(coldOutput, recursive: true);
        }

        var cold = project.Generate(options => options with { OutputDirectory = coldOutput, Force = true, CacheDirectory = Path.Combine(project.Root, "cold-cache") });
        Assert.True(cold.Status == GenerateStatus.Succeeded, step + ": " + string.Join("\n", cold.Diagnostics));
        AssertSameTree(coldOutput, project.Output, step);
        return incremental;
    }

    private static void AssertSameTree(string expected, string actual, string step)
    {
        static string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();

        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), step + ": " + file + " differs");
        }
    }

    /// <summary>A deterministic docs folder of pages in a few sections, with headings, prose and code, and the edits the tests make.</summary>
    private sealed class SyntheticSite
    {
        private static readonly string[] Words =
        {
            "install", "configure", "deploy", "widget", "cache", "search", "index", "token", "route", "mount", "agent", "render",
            "template", "config", "output", "stream", "chunk", "heading", "query", "ranking", "server", "client", "build", "watch",
        };

        private readonly SiteProject _project;
        private readonly Random _random;
        private readonly int _pages;
        private readonly HashSet<int> _removed = new();
        private int _added;

        public SyntheticSite(SiteProject project, int pages, int seed)
        {
            _project = project;
            _pages = pages;
            _random = new Random(seed);
        }

        public void WriteAll()
        {
            _project.Write("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets for everyone." } }""");
            _project.Write("docs/index.mdx", "---\ntitle: Home\ndescription: Start here.\n---\n# Home\n\nWelcome to Acme.\n");
            for (var i = 0; i < _pages; i++)
            {
                Write(i, Title(i), Sections(1 + (i % 4)));
            }
        }

        public void Apply(int kind, int at, int count)
        {
            var page = at % _pages;
            switch (kind)
            {
                case 0: AppendSentence(page); break;
                case 1: AppendSections(page, count); break;
                case 2: Shrink(page); break;
                case 3: Add(_pages + _added++); break;
                case 4: Remove(page); break;
                default: Retitle(page, "Retitled " + at.ToString(CultureInfo.InvariantCulture)); break;
            }
        }

        public void AppendSentence(int page) => Append(page, "\n" + Sentence(12) + "\n");

        public void AppendSections(int page, int count) => Append(page, "\n" + Sections(count));

        public void Shrink(int page) => Write(page, Title(page), "Short.\n");

        public void Add(int page) => Write(page, Title(page), Sections(2));

        public void Remove(int page)
        {
            if (_removed.Add(page))
            {
                File.Delete(PathOf(page));
            }
        }

        public void Retitle(int page, string title)
        {
            // A removed page comes back under the new title (the random sequences retitle removed pages too).
            var path = PathOf(page);
            var body = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
            var end = body.Length > 4 ? body.IndexOf("\n---\n", 4, StringComparison.Ordinal) : -1;
            Write(page, title, end < 0 ? Sections(1) : body.Substring(end + 5));
        }

        private void Append(int page, string text)
        {
            var path = PathOf(page);
            if (File.Exists(path))
            {
                File.AppendAllText(path, text);
                TouchLater(path);
            }
        }

        private void Write(int page, string title, string body)
        {
            _removed.Remove(page);
            var text = "---\ntitle: " + title + "\ndescription: About " + title.ToLowerInvariant() + ".\n---\n" + body;
            _project.Write(Path.GetRelativePath(_project.Source, PathOf(page)), text);
            TouchLater(PathOf(page));
        }

        // Each edit is the newest file, as in a real edit (the generated timestamps follow it).
        private static void TouchLater(string path)
        {
            var next = File.GetLastWriteTimeUtc(path).AddSeconds(1);
            File.SetLastWriteTimeUtc(path, next);
        }

        private string PathOf(int page) => Path.Combine(_project.Docs, "section-" + (page % 6).ToString(CultureInfo.InvariantCulture), "page-" + page.ToString("D4", CultureInfo.InvariantCulture) + ".mdx");

        private static string Title(int page) => "Page " + page.ToString(CultureInfo.InvariantCulture);

        private string Sections(int count)
        {
            var text = new StringBuilder();
            for (var s = 0; s < count; s++)
            {
                text.Append("## ").Append(Sentence(3)).Append("\n\n");
                for (var p = 0; p < 3; p++)
                {
                    text.Append(Sentence(40 + _random.Next(60))).Append("\n\n");
                }

                if (_random.Next(3) == 0)
                {
                    text.Append("```ts\nconst ").Append(Words[_random.Next(Words.Length)]).Append(" = build();\n```\n\n");
                }
            }

            return text.ToString();
        }

        private string Sentence(int words)
        {
            var text = new StringBuilder();
            for (var w = 0; w < words; w++)
            {
                text.Append(w == 0 ? string.Empty : " ").Append(Words[_random.Next(Words.Length)]);
                if (_random.Next(30) == 0)
                {
                    text.Append(_random.Next(1000).ToString(CultureInfo.InvariantCulture));
                }
            }

            return text.Append('.').ToString();
        }
    }
}
