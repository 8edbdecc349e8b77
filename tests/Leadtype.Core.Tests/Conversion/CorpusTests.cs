using System.IO;
using System.Linq;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Conversion;

/// <summary>The 50 real pages of the leadtype docs (../shared/corpora/leadtype/docs).</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.LeadtypeCorpusDocs, "*.mdx", SearchOption.AllDirectories).OrderBy(p => p, System.StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.LeadtypeCorpusDocs, path).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void Corpus_has_the_fifty_pages_the_tests_expect() => Assert.Equal(50, Pages().Count);

    [Theory]
    [MemberData(nameof(Pages))]
    public void Real_page_converts_without_errors(string path)
    {
        var page = PageConverter.Convert(new PageSource(path, File.ReadAllText(Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, path))), new CorpusFiles());

        Assert.DoesNotContain(page.Diagnostics, d => d.IsError);
        Assert.StartsWith("---\n", page.Markdown);
        Assert.False(string.IsNullOrWhiteSpace(page.Title), path + " has no title");
        Assert.DoesNotContain('\r', page.Markdown);
        Assert.EndsWith("\n", page.Markdown);
    }

    [Fact]
    public void Code_fences_of_a_real_page_survive_byte_for_byte()
    {
        const string path = "quickstart.mdx";
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, path));
        var page = PageConverter.Convert(new PageSource(path, source), new CorpusFiles());

        // The init transcript fence holds `[[...slug]]` and `+` lines: both must come through untouched.
        Assert.Contains("```text\nleadtype init: scaffolded next docs integration\n  + docs/docs.config.ts\n", page.Markdown);
        Assert.Contains("  + app/docs/[[...slug]]/page.tsx\n", page.Markdown);
    }

    private sealed class CorpusFiles : IDocsFileSource
    {
        public bool TryRead(string docsRelativePath, out string text)
        {
            var full = Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, docsRelativePath);
            text = File.Exists(full) ? File.ReadAllText(full) : string.Empty;
            return File.Exists(full);
        }
    }
}
