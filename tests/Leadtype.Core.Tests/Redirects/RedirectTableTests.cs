using Leadtype.Redirects;

namespace Leadtype.Core.Tests.Redirects;

/// <summary>Serving <c>docs/redirects.json</c>: routes, Markdown mirrors, 410s, and what is not redirected.</summary>
public sealed class RedirectTableTests
{
    private const string Json = "{\n  \"version\": 1,\n  \"redirects\": [\n    { \"from\": \"/docs/about\", \"to\": \"/docs/guides/about-us\", \"status\": 308 },\n    { \"from\": \"/docs/old-guides\", \"to\": \"/docs/guides\", \"status\": 308 },\n    { \"from\": \"/docs/retired\", \"status\": 410 }\n  ]\n}\n";

    private static RedirectTable Table()
    {
        var (table, problem) = RedirectTable.Parse(Json);
        Assert.Null(problem);
        return table!;
    }

    [Theory]
    [InlineData("/docs/about", 308, "/docs/guides/about-us")]
    [InlineData("/docs/about/", 308, "/docs/guides/about-us")]
    [InlineData("/docs/about?ref=x", 308, "/docs/guides/about-us")]
    [InlineData("/docs/retired", 410, null)]
    [InlineData("/docs/retired.md", 410, null)]
    [InlineData("/docs/about.md", 308, "/docs/guides/about-us.md")]
    [InlineData("/docs/old-guides/index.md", 308, "/docs/guides.md")]
    public void Routes_and_mirrors_are_redirected(string request, int status, string? location) =>
        Assert.Equal(new RedirectMatch(status, location), Table().Resolve(request));

    [Fact]
    public void A_mirror_goes_to_the_target_pages_own_markdown_url_when_the_app_knows_it()
    {
        var match = Table().Resolve("/docs/old-guides.md", route => route == "/docs/guides" ? "/docs/guides/index.md" : null);

        Assert.Equal(new RedirectMatch(308, "/docs/guides/index.md"), match);
    }

    [Theory]
    [InlineData("/docs/guides/about-us")]
    [InlineData("/docs/abou")]
    [InlineData("/docs/about.mdx")]
    [InlineData("")]
    public void Other_paths_are_not_redirected(string request) => Assert.Null(Table().Resolve(request));

    [Fact]
    public void An_empty_table_redirects_nothing() => Assert.Null(RedirectTable.Empty.Resolve("/docs/about"));

    [Theory]
    [InlineData("{", "is not valid JSON")]
    [InlineData("{ \"version\": 1 }", "expected { version: 1, redirects }")]
    [InlineData("{ \"version\": 1, \"redirects\": [{ \"from\": \"/a\", \"status\": 302, \"to\": \"/b\" }] }", "expected { from, to, status: 308 }")]
    public void A_damaged_file_says_what_is_wrong(string json, string problem)
    {
        var (table, actual) = RedirectTable.Parse(json);

        Assert.Null(table);
        Assert.Contains(problem, actual);
    }
}
