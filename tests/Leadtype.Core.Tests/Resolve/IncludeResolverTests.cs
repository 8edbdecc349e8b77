using System.Collections.Generic;
using System.Linq;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Markdown;
using Leadtype.Mdx;
using Leadtype.Resolve;

namespace Leadtype.Core.Tests.Resolve;

public sealed class IncludeResolverTests
{
    private static (string Markdown, List<DocsDiagnostic> Diagnostics, List<string> Dependencies) Expand(string page, string body, InMemoryDocsFiles files)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var dependencies = new List<string>();
        var root = MdxParser.Parse(body, page).Root;
        new IncludeResolver(files, diagnostics, dependencies).Apply(root, page);
        return (MarkdownSerializer.Serialize(root), diagnostics, dependencies);
    }

    [Fact]
    public void CC91_last_hash_separates_the_section_from_the_file()
    {
        var files = new InMemoryDocsFiles().Add("shared/#weird/setup.mdx", "<section id=\"install\">\nInstall it.\n</section>\n");

        var (markdown, diagnostics, dependencies) = Expand("page.mdx", "<include>./shared/#weird/setup.mdx#install</include>\n", files);

        Assert.Equal("Install it.\n", markdown);
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "shared/#weird/setup.mdx" }, dependencies);
    }

    [Fact]
    public void CC92_markdown_partial_loses_its_frontmatter_and_code_files_become_fences()
    {
        var files = new InMemoryDocsFiles()
            .Add("partial.mdx", "---\ntitle: x\n---\nHello\n")
            .Add("snippet.ts", "export const x = 1;\n")
            .Add("doc.md", "# heading\n");

        var (markdown, diagnostics, _) = Expand("page.mdx", "<include src=\"./partial.mdx\" />\n\n<include src=\"./snippet.ts\" />\n\n<include src=\"./doc.md\" lang=\"markdown\" />\n", files);

        Assert.Equal("Hello\n\n```ts\nexport const x = 1;\n\n```\n\n```markdown\n# heading\n\n```\n", markdown);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Nested_include_resolves_relative_to_the_partial()
    {
        var files = new InMemoryDocsFiles()
            .Add("a/one.mdx", "One.\n\n<include src=\"./two.mdx\" />\n")
            .Add("a/two.mdx", "Two.\n");

        var (markdown, _, dependencies) = Expand("guides/page.mdx", "<include src=\"../a/one.mdx\" />\n", files);

        Assert.Equal("One.\n\nTwo.\n", markdown);
        Assert.Equal(new[] { "a/one.mdx", "a/two.mdx" }, dependencies);
    }

    [Fact]
    public void A_file_not_beside_the_page_is_found_from_the_docs_root()
    {
        var files = new InMemoryDocsFiles()
            .Add("snippets/note.md", "From the root.\n")
            .Add("snippets/run.sh", "echo hi\n");

        var (markdown, diagnostics, _) = Expand("guides/deep/page.mdx", "<include>snippets/note.md</include>\n\n<include src=\"./snippets/run.sh\" />\n", files);

        Assert.Equal("From the root.\n\n```sh\necho hi\n\n```\n", markdown);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_file_beside_the_page_wins_over_the_docs_root()
    {
        var files = new InMemoryDocsFiles()
            .Add("snippets/note.md", "From the root.\n")
            .Add("guides/snippets/note.md", "Beside the page.\n");

        var (markdown, _, dependencies) = Expand("guides/page.mdx", "<include>snippets/note.md</include>\n", files);

        Assert.Equal("Beside the page.\n", markdown);
        Assert.Equal(new[] { "guides/snippets/note.md" }, dependencies);
    }

    [Fact]
    public void A_missing_include_names_the_path_beside_the_page()
    {
        var (_, diagnostics, _) = Expand("guides/page.mdx", "<include>snippets/none.md</include>\n", new InMemoryDocsFiles());

        var missing = Assert.Single(diagnostics);
        Assert.Equal("LT0020", missing.Id);
        Assert.Contains("`guides/snippets/none.md`", missing.Message);
    }

    [Fact]
    public void Include_cycle_is_reported_with_its_chain_and_expanded_once()
    {
        var files = new InMemoryDocsFiles().Add("loop.mdx", "Loop.\n\n<include src=\"./loop.mdx\" />\n");

        var (markdown, diagnostics, _) = Expand("t.mdx", "<include src=\"./loop.mdx\" />\n", files);

        Assert.Equal("Loop.\n\n\\[Error: Could not include file ./loop.mdx]\n", markdown);
        var cycle = Assert.Single(diagnostics);
        Assert.Equal(("LT0021", DocsDiagnosticSeverity.Error, "loop.mdx", 3, 1), (cycle.Id, cycle.Severity, cycle.FilePath, cycle.Line, cycle.Column));
        Assert.Contains("t.mdx → loop.mdx → loop.mdx", cycle.Message);
        Assert.DoesNotContain("baseDir", markdown);
    }

    [Fact]
    public void Include_escaping_the_docs_root_is_refused()
    {
        var files = new InMemoryDocsFiles().Add("secret.txt", "nope");

        var (markdown, diagnostics, dependencies) = Expand("guides/page.mdx", "Intro.\n\n<include src=\"../../etc/passwd\" />\n", files);

        var refused = Assert.Single(diagnostics);
        Assert.Equal(("LT0022", 3, 1), (refused.Id, refused.Line, refused.Column));
        Assert.Equal("Intro.\n\n\\[Error: Could not include file ../../etc/passwd]\n", markdown);
        Assert.Empty(dependencies);
    }

    [Fact]
    public void Missing_include_is_reported_where_it_is_written()
    {
        var (markdown, diagnostics, _) = Expand("page.mdx", "# Page\n\n<include src=\"./nope.mdx\" />\n", new InMemoryDocsFiles());

        var missing = Assert.Single(diagnostics);
        Assert.Equal(("LT0020", DocsDiagnosticSeverity.Error, "page.mdx", 3, 1), (missing.Id, missing.Severity, missing.FilePath, missing.Line, missing.Column));
        Assert.Contains("nope.mdx", missing.Message);
        Assert.Equal("# Page\n\n\\[Error: Could not include file ./nope.mdx]\n", markdown);
    }

    [Fact]
    public void Include_inside_a_paragraph_keeps_the_text_around_it()
    {
        var files = new InMemoryDocsFiles().Add("p.mdx", "# Heading\n\nBody para.\n");

        var (markdown, _, _) = Expand("t.mdx", "Lead text <include src=\"./p.mdx\" /> trailing.\n", files);

        Assert.Equal("Lead text\n\n# Heading\n\nBody para.\n\ntrailing.\n", markdown);
    }

    [Fact]
    public void Missing_section_is_a_warning_naming_the_section()
    {
        var files = new InMemoryDocsFiles().Add("auth.mdx", "<section id=\"a\">\nA\n</section>\n");

        var (markdown, diagnostics, _) = Expand("t.mdx", "<include src=\"./auth.mdx#b\" />\n", files);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(("LT0023", DocsDiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("\\[Error: Could not find section \"b\" in ./auth.mdx]\n", markdown);
    }

    [Fact]
    public void Include_without_a_file_is_left_as_written_with_a_warning()
    {
        var (markdown, diagnostics, _) = Expand("t.mdx", "<include />\n", new InMemoryDocsFiles());

        Assert.Equal("LT0024", Assert.Single(diagnostics).Id);
        Assert.Equal("<include />\n", markdown);
    }

    [Fact]
    public void Parse_errors_inside_a_partial_are_located_in_the_partial()
    {
        var files = new InMemoryDocsFiles().Add("shared/p.mdx", "---\ntitle: x\n---\n\nText {broken\n");

        var (_, diagnostics, _) = Expand("t.mdx", "<include src=\"./shared/p.mdx\" />\n", files);

        var error = Assert.Single(diagnostics);
        Assert.Equal(("LT0011", "shared/p.mdx", 5, 6), (error.Id, error.FilePath, error.Line, error.Column));
    }
}
