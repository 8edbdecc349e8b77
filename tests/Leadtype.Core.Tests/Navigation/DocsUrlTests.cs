using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Navigation;

/// <summary>Appendix A.1 of the config reference, plus the nested-index fix.</summary>
public class DocsUrlTests
{
    private static readonly MountTable Changelog = new(new[] { new Mount("", "/docs"), new Mount("changelog", "/changelog") });

    [Theory]
    [InlineData("quickstart.mdx", "/docs/quickstart")]
    [InlineData("guides\\install.md", "/docs/guides/install")]
    [InlineData("index.md", "/docs")]
    [InlineData("guides/index.mdx", "/docs/guides")]
    public void Route_of_a_page_without_mounts(string relativePath, string expected)
    {
        Assert.Equal(expected, DocsUrl.ToDocsUrlPath(relativePath));
    }

    [Theory]
    [InlineData("changelog/v1.mdx", "/changelog/v1")]
    [InlineData("changelog/index.mdx", "/changelog")]
    [InlineData("changelogs/v1.mdx", "/docs/changelogs/v1")]
    [InlineData("guides/x.mdx", "/docs/guides/x")]
    public void Route_of_a_mounted_page(string relativePath, string expected)
    {
        Assert.Equal(expected, DocsUrl.ToDocsUrlPath(relativePath, Changelog));
    }

    [Fact]
    public void Root_mount_does_not_double_the_slash()
    {
        Assert.Equal("/about", DocsUrl.ToDocsUrlPath("about.mdx", new MountTable(new[] { new Mount("", "/") })));
        Assert.Equal("/", DocsUrl.ToDocsUrlPath("index.mdx", new MountTable(new[] { new Mount("", "/") })));
    }

    [Fact]
    public void Longest_path_prefix_wins_whatever_the_order()
    {
        var mounts = new MountTable(new[] { Mount.Create("sdk", "/sdk"), Mount.Create("sdk/v2/", "docs-v2/"), Mount.Create("", "/docs") });
        Assert.Equal("/docs-v2/intro", DocsUrl.ToDocsUrlPath("sdk/v2/intro.mdx", mounts));
        Assert.Equal("/sdk/v1/intro", DocsUrl.ToDocsUrlPath("sdk/v1/intro.mdx", mounts));
        Assert.Equal("/docs/other", DocsUrl.ToDocsUrlPath("other.mdx", mounts));
    }

    [Fact]
    public void Longer_prefixes_win_over_a_catch_all_listed_first_and_equal_prefixes_keep_the_given_order()
    {
        var mounts = new MountTable(new[]
        {
            Mount.Create("", "/docs"), Mount.Create("a", "/first-a"), Mount.Create("a/b/c", "/abc"), Mount.Create("a", "/second-a"), Mount.Create("a/b", "/ab"),
        });
        Assert.Equal("/abc/x", DocsUrl.ToDocsUrlPath("a/b/c/x.mdx", mounts));
        Assert.Equal("/ab/x", DocsUrl.ToDocsUrlPath("a/b/x.mdx", mounts));
        Assert.Equal("/first-a/x", DocsUrl.ToDocsUrlPath("a/x.mdx", mounts));
        Assert.Equal("/docs/x", DocsUrl.ToDocsUrlPath("x.mdx", mounts));
    }

    [Fact]
    public void Mount_without_a_catch_all_falls_back_to_docs()
    {
        var mounts = new MountTable(new[] { Mount.Create("changelog", "/changelog") });
        Assert.Equal("/docs/guides/x", DocsUrl.ToDocsUrlPath("guides/x.mdx", mounts));
        Assert.Equal("/changelog/v1", DocsUrl.ToDocsUrlPath("changelog/v1.mdx", mounts));
    }

    [Fact]
    public void Docs_urls_are_under_the_docs_even_when_only_other_mounts_are_listed()
    {
        var onlyChangelog = new MountTable(new[] { Mount.Create("changelog", "/changelog") });
        Assert.True(onlyChangelog.IsUnderDocs("/docs/x"));
        Assert.True(onlyChangelog.IsUnderDocs("/changelog/v1"));
        Assert.False(onlyChangelog.IsUnderDocs("/blog/x"));

        var customRoot = new MountTable(new[] { Mount.Create("", "/guide") });
        Assert.True(customRoot.IsUnderDocs("/guide/x"));
        Assert.False(customRoot.IsUnderDocs("/docs/x"));
    }

    [Theory]
    [InlineData("changelog/index.mdx", "/changelog/index.md")]
    [InlineData("changelog/v1.mdx", "/changelog/v1.md")]
    [InlineData("index.mdx", "/docs/index.md")]
    [InlineData("quickstart.mdx", "/docs/quickstart.md")]
    public void Markdown_url_matches_the_reference(string relativePath, string expected)
    {
        Assert.Equal(expected, DocsUrl.ToMarkdownUrlPath(relativePath, Changelog));
    }

    [Theory]
    [InlineData("guides/index.mdx", "/docs/guides/index.md")]
    [InlineData("a/b/index.mdx", "/docs/a/b/index.md")]
    [InlineData("changelog/old/index.mdx", "/changelog/old/index.md")]
    public void Nested_index_markdown_url_names_the_file_that_exists(string relativePath, string expected)
    {
        // The reference advertises /docs/guides.md, but the mirror is written to docs/guides/index.md.
        Assert.Equal(expected, DocsUrl.ToMarkdownUrlPath(relativePath, Changelog));
        Assert.Equal(relativePath.Replace(".mdx", ".md"), DocsUrl.ToMirrorFilePath(relativePath));
    }

    [Fact]
    public void Markdown_urls_under_a_root_mount()
    {
        var root = new MountTable(new[] { new Mount("", "/") });
        Assert.Equal("/index.md", DocsUrl.ToMarkdownUrlPath("index.mdx", root));
        Assert.Equal("/about.md", DocsUrl.ToMarkdownUrlPath("about.mdx", root));
        Assert.Equal("/guides/index.md", DocsUrl.ToMarkdownUrlPath("guides/index.mdx", root));
    }

    [Theory]
    [InlineData("/docs/quickstart/?q=install#top", "/docs/quickstart")]
    [InlineData("/docs/", "/docs")]
    [InlineData("/", "/docs")]
    [InlineData("", "/docs")]
    [InlineData("/docs/a#x?y", "/docs/a")]
    public void Normalize_docs_url(string input, string expected)
    {
        Assert.Equal(expected, DocsUrl.NormalizeDocsUrl(input));
    }

    [Theory]
    [InlineData("docs/", "/docs")]
    [InlineData("//x//", "/x")]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("changelog", "/changelog")]
    [InlineData("a\\b\\", "/a/b")]
    public void Normalize_url_prefix(string input, string expected)
    {
        Assert.Equal(expected, DocsUrl.NormalizeUrlPrefix(input));
    }

    [Fact]
    public void Helpers_from_the_reference_tests()
    {
        Assert.Equal("/docs/index.md", DocsUrl.ToMarkdownUrlPathFromRoute("/docs"));
        Assert.Equal("/docs/x.md", DocsUrl.ToMarkdownUrlPathFromRoute("/docs/x"));
        Assert.Equal("https://leadtype.dev/docs/quickstart", DocsUrl.ToAbsoluteUrl("/docs/quickstart", "https://leadtype.dev/"));
        Assert.Equal("https://other.dev/x", DocsUrl.ToAbsoluteUrl("https://other.dev/x", "https://leadtype.dev"));
        Assert.Equal("https://leadtype.dev", DocsUrl.StripTrailingSlashes("https://leadtype.dev///"));
        Assert.Equal("guides/install", DocsUrl.StripExtension("guides\\install.mdx"));
        Assert.Equal("guides/install", DocsUrl.StripExtension("guides/install.md"));
        Assert.Equal("notes.txt", DocsUrl.StripExtension("notes.txt"));
        Assert.Equal("a b c", DocsUrl.NormalizeWhitespace("  a\n\tb   c "));
        Assert.True(DocsUrl.MatchesUrlPrefix("/docs", "/docs"));
        Assert.True(DocsUrl.MatchesUrlPrefix("/docs/a", "/docs"));
        Assert.False(DocsUrl.MatchesUrlPrefix("/docsx", "/docs"));
        Assert.True(DocsUrl.MatchesUrlPrefix("/anything", "/"));
    }
}

public class DocsSourceTests
{
    [Fact]
    public void No_docs_dir_means_docs_under_slash_docs()
    {
        var (sources, error) = DocsSource.Parse(null);
        Assert.Null(error);
        Assert.Equal(new DocsSource("docs", "", "/docs"), Assert.Single(sources));
    }

    [Fact]
    public void Later_sources_mount_at_their_basename_or_explicit_prefix()
    {
        var (sources, error) = DocsSource.Parse(new[] { "content/docs/", "../changelog=/changelog", "packages\\sdk" });
        Assert.Null(error);
        Assert.Equal(new[]
        {
            new DocsSource("content/docs", "", "/docs"),
            new DocsSource("../changelog", "changelog", "/changelog"),
            new DocsSource("packages\\sdk", "sdk", "/docs/sdk"),
        }, sources);
        var mounts = DocsSource.EffectiveMounts(sources, new[] { new Leadtype.Config.MountConfig("guides/", "guides") });
        Assert.Equal(new[] { new Mount("", "/docs"), new Mount("changelog", "/changelog"), new Mount("sdk", "/docs/sdk"), new Mount("guides", "/guides") }, mounts.Mounts);
    }

    [Theory]
    [InlineData("docs=/", "--docs-dir \"docs=/\": the URL prefix must not be \"/\" (docs need their own prefix, such as /docs)")]
    [InlineData("=/x", "--docs-dir \"=/x\" must be DIR or DIR=/url-prefix")]
    [InlineData("docs=", "--docs-dir \"docs=\" must be DIR or DIR=/url-prefix")]
    public void Bad_docs_dir_values_are_usage_errors(string value, string message)
    {
        var (_, error) = DocsSource.Parse(new[] { value });
        Assert.Equal(message, error);
    }

    [Fact]
    public void Two_extra_sources_with_the_same_basename_are_rejected()
    {
        var (_, error) = DocsSource.Parse(new[] { "docs", "a/guides", "b/Guides" });
        Assert.Equal("--docs-dir \"b/Guides\" and \"a/guides\" both mount at \"Guides\"; folder names of additional docs folders must differ", error);
    }
}

public class BaseUrlTests
{
    private static System.Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => System.Array.Find(values, v => v.Name == name).Value;

    [Fact]
    public void Explicit_value_wins_and_loses_trailing_slashes()
    {
        var (url, error) = BaseUrl.Resolve(" https://leadtype.dev/// ", Env(("NEXT_PUBLIC_SITE_URL", "https://env.test")));
        Assert.Null(error);
        Assert.Equal(new BaseUrl("https://leadtype.dev", BaseUrlSource.Explicit, "--base-url"), url);
        Assert.False(url!.IsLocal);
    }

    [Fact]
    public void Environment_chain_is_followed_in_the_reference_order()
    {
        Assert.Equal("https://site.test", BaseUrl.Resolve(null, Env(("NEXT_PUBLIC_SITE_URL", "https://site.test/"), ("VERCEL_URL", "v.test"))).Url!.Value);
        Assert.Equal("https://prod.test", BaseUrl.Resolve("", Env(("NEXT_PUBLIC_VERCEL_PROJECT_PRODUCTION_URL", "prod.test"), ("VERCEL_URL", "v.test"))).Url!.Value);
        Assert.Equal("https://preview.test", BaseUrl.Resolve(null, Env(("NEXT_PUBLIC_VERCEL_URL", "preview.test"), ("VERCEL_URL", "v.test"))).Url!.Value);
        var vercel = BaseUrl.Resolve(null, Env(("VERCEL_URL", "v.test"), ("PORTLESS_URL", "http://p.test"))).Url!;
        Assert.Equal(("https://v.test", BaseUrlSource.Environment, "VERCEL_URL"), (vercel.Value, vercel.Source, vercel.SourceName));
        Assert.Equal("http://p.test", BaseUrl.Resolve(null, Env(("PORTLESS_URL", "http://p.test"))).Url!.Value);
    }

    [Fact]
    public void Nothing_set_falls_back_to_localhost_and_is_local()
    {
        var url = BaseUrl.Resolve(null).Url!;
        Assert.Equal(("http://localhost:3000", BaseUrlSource.LocalhostFallback), (url.Value, url.Source));
        Assert.True(url.IsLocal);
        Assert.Equal("http://localhost:8080", BaseUrl.Resolve(null, Env(("PORT", "8080"))).Url!.Value);
        Assert.True(BaseUrl.Resolve("http://127.0.0.1:5000").Url!.IsLocal);
        Assert.True(BaseUrl.Resolve("http://[::1]:5000").Url!.IsLocal);
    }

    [Theory]
    [InlineData("leadtype.dev")]
    [InlineData("/docs")]
    [InlineData("ftp://leadtype.dev")]
    [InlineData("https://")]
    [InlineData("https://leadtype.dev/?x=1")]
    [InlineData("https://leadtype.dev/#top")]
    [InlineData("https://lead type.dev")]
    [InlineData("mailto:docs@leadtype.dev")]
    public void Bad_base_urls_are_LT0105_naming_the_value(string value)
    {
        var (url, error) = BaseUrl.Resolve(value);
        Assert.Null(url);
        Assert.Equal("--base-url: error LT0105: Base URL `" + value + "` is not an absolute http(s) URL", error!.ToCompilerString());
    }

    [Fact]
    public void Bad_environment_value_is_named_after_its_variable()
    {
        var (_, error) = BaseUrl.Resolve(null, Env(("NEXT_PUBLIC_SITE_URL", "leadtype.dev")));
        Assert.Equal("NEXT_PUBLIC_SITE_URL", error!.FilePath);
        Assert.Equal("LT0105", error.Id);
    }
}
