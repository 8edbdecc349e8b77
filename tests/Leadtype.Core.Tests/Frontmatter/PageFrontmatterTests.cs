using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;
using Leadtype.Placeholders;

namespace Leadtype.Core.Tests.Frontmatter;

public class PageFrontmatterTests
{
    private static (PageFrontmatter Frontmatter, List<DocsDiagnostic> Diagnostics) Resolve(string source, string path, string body)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var block = FrontmatterSplitter.Split(source);
        var frontmatter = PageFrontmatter.Resolve(block, path, PlaceholderContext.FromPath(path), () => body, diagnostics);
        return (frontmatter, diagnostics);
    }

    [Fact]
    public void Authored_frontmatter_is_normalised_through_parse_and_emit()
    {
        var (frontmatter, diagnostics) = Resolve("---\ntitle: \"Parity\"\ndescription: 'single quoted'\ncomma: \"a, b\"\nstar: \"*bold* start\"\n---\nBody", "page.mdx", "Body\n");

        Assert.Empty(diagnostics);
        Assert.False(frontmatter.Synthesized);
        Assert.Equal("---\ntitle: Parity\ndescription: single quoted\ncomma: a, b\nstar: \"*bold* start\"\n---\n", frontmatter.ToBlock());
    }

    [Fact]
    public void Placeholders_in_frontmatter_strings_resolve_from_the_page_path()
    {
        // CC-07 and CC-17.
        var source = "---\ntitle: Quickstart\npublishedAt: 2026-04-19T12:00:00Z\nurl: /docs/frameworks/{framework}/quickstart\nvariants:\n  - value: next\n    href: /docs/frameworks/{framework}/quickstart\n---\nBody\n";

        var (frontmatter, _) = Resolve(source, "docs/frameworks/next/quickstart.mdx", "Body\n");

        Assert.Equal(
            "title: Quickstart\npublishedAt: 2026-04-19T12:00:00\nurl: /docs/frameworks/next/quickstart\nvariants:\n  - value: next\n    href: /docs/frameworks/next/quickstart",
            frontmatter.Yaml);
    }

    [Fact]
    public void Authored_block_without_title_is_kept_and_reports_LT0003()
    {
        // CC-79: no synthesis when the author wrote frontmatter.
        var (frontmatter, diagnostics) = Resolve("---\n# comment\ndescription: only desc\ntags: [a, b]\n---\n# Heading\n", "notitle.mdx", "# Heading\n");

        Assert.Equal("description: only desc\ntags:\n  - a\n  - b", frontmatter.Yaml);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0003", diagnostic.Id);
        Assert.Equal(DocsDiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_and_the_page_gets_inferred_frontmatter()
    {
        var (frontmatter, diagnostics) = Resolve("---\ntitle: [unclosed\n---\nBody\n", "bad.mdx", "Body\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0001", diagnostic.Id);
        Assert.Equal(2, diagnostic.Line);
        Assert.Equal("bad.mdx", diagnostic.FilePath);
        Assert.True(frontmatter.Synthesized);
        Assert.Equal("title: Bad\ndescription: Body", frontmatter.Yaml);
    }

    [Fact]
    public void Scalar_frontmatter_is_an_error_and_the_page_gets_inferred_frontmatter()
    {
        var (frontmatter, diagnostics) = Resolve("---\njust text\n---\n# Real\n", "p.mdx", "# Real\n");

        Assert.Equal("LT0002", Assert.Single(diagnostics).Id);
        Assert.Equal("Real", frontmatter.Title);
    }

    [Fact]
    public void Empty_file_converts_with_a_title_from_the_path()
    {
        var (frontmatter, diagnostics) = Resolve(string.Empty, "guides/getting-started.mdx", string.Empty);

        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: Getting Started\n---\n", frontmatter.ToBlock());
    }

    [Fact]
    public void Empty_frontmatter_block_is_blank_and_the_title_is_inferred_from_the_body()
    {
        var (frontmatter, diagnostics) = Resolve("---\n---\n# Heading\n\nBody.\n", "e.mdx", "# Heading\n\nBody.\n");

        Assert.Empty(diagnostics);
        Assert.Equal("title: Heading\ndescription: Body.", frontmatter.Yaml);
    }

    [Fact]
    public void Crlf_frontmatter_emits_with_lf_only()
    {
        var (frontmatter, diagnostics) = Resolve("---\r\ntitle: CR\r\ntags:\r\n  - a\r\n---\r\n# Head\r\n", "crlf.mdx", "# Head\n");

        Assert.Empty(diagnostics);
        Assert.Equal("---\ntitle: CR\ntags:\n  - a\n---\n", frontmatter.ToBlock());
    }

    [Fact]
    public void Body_is_only_serialized_when_the_title_must_be_inferred()
    {
        var diagnostics = new List<DocsDiagnostic>();
        var calls = 0;

        PageFrontmatter.Resolve(FrontmatterSplitter.Split("---\ntitle: A\n---\n"), "a.mdx", PlaceholderContext.None, () => { calls++; return string.Empty; }, diagnostics);

        Assert.Equal(0, calls);
    }
}
