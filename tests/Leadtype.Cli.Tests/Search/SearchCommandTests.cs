using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Leadtype.Search;

namespace Leadtype.Cli.Tests.Search;

/// <summary>`leadtype search` end to end through the command-line entry point, over index files written to a temp folder.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "leadtype-cli-search-" + Guid.NewGuid().ToString("N"));

    public SearchCommandTests()
    {
        Directory.CreateDirectory(_directory);
        var index = SearchIndexBuilder.Build(
            new[]
            {
                Page("quickstart", "Quickstart", "# Quickstart\n\nInstall the package with npm.\n\n## Install\n\n```bash\nnpm install acme\n```\n\n## Configure\n\nSet the `ACME_KEY` environment variable.", "Install and run Acme in minutes."),
                Page("guides/deploy", "Deploy", "# Deploy\n\nDeploy Acme with the CLI."),
            },
            new SearchIndexOptions("2026-01-01T00:00:00.000Z"));
        File.WriteAllBytes(Path.Combine(_directory, "search-index.json"), SearchIndexJson.RenderIndex(index));
        File.WriteAllBytes(Path.Combine(_directory, "search-content.json"), SearchIndexJson.RenderContent(index));
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    private static SearchDocument Page(string slug, string title, string content, string? description = null) =>
        new(title, "/docs/" + slug, "https://acme.example/docs/" + slug, slug, content) { Id = "/docs/" + slug, Description = description, LogicalPath = slug };

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Search_prints_a_ranked_list_with_title_url_headings_and_excerpt()
    {
        var (exitCode, output, error) = Run("search", "--index", _directory, "install");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("1. Quickstart\n   https://acme.example/docs/quickstart#install\n   Quickstart > Install\n   Quickstart Install and run Acme in minutes. Quickstart Install ```bash npm install acme ```\n\n2. Quickstart\n", output);
        Assert.Contains("3. Quickstart\n   https://acme.example/docs/quickstart#configure\n", output);
    }

    [Fact]
    public void Words_after_the_options_form_one_query()
    {
        var (exitCode, output, _) = Run("search", "--index", _directory, "--limit", "1", "deploy", "cli");

        Assert.Equal(0, exitCode);
        Assert.Equal("1. Deploy\n   https://acme.example/docs/guides/deploy#deploy\n   Deploy\n   Deploy Deploy Deploy Acme with the CLI.\n", output);
    }

    [Fact]
    public void Json_output_has_the_query_and_result_fields()
    {
        var (exitCode, output, _) = Run("search", "--index", _directory, "--json", "--limit", "2", "environment variable");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("environment variable", json.RootElement.GetProperty("query").GetString());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Single(results);
        var first = results[0];
        Assert.Equal(new[] { "urlPath", "anchor", "url", "title", "headingPath", "excerpt", "score" }, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("/docs/quickstart", first.GetProperty("urlPath").GetString());
        Assert.Equal("configure", first.GetProperty("anchor").GetString());
        Assert.Equal("https://acme.example/docs/quickstart#configure", first.GetProperty("url").GetString());
        Assert.Equal(new[] { "Quickstart", "Configure" }, first.GetProperty("headingPath").EnumerateArray().Select(h => h.GetString()));
        Assert.Contains("ACME KEY environment variable", first.GetProperty("excerpt").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 1.4);
    }

    [Fact]
    public void Double_dash_allows_a_query_that_starts_with_a_dash()
    {
        var (exitCode, output, error) = Run("search", "--index", _directory, "--", "--deploy");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("1. Deploy\n", output);
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var (exitCode, output, _) = Run("search", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--index", output);
        Assert.Contains("--limit", output);
        Assert.Contains("--json", output);
    }

    [Fact]
    public void No_match_prints_a_message_and_succeeds()
    {
        var (exitCode, output, _) = Run("search", "--index", _directory, "the and of");

        Assert.Equal(0, exitCode);
        Assert.Equal("No results for \"the and of\".\n", output);
    }

    [Fact]
    public void Missing_index_exits_1_with_a_clear_message()
    {
        var missing = Path.Combine(_directory, "nope");

        var (exitCode, output, error) = Run("search", "--index", missing, "install");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"no search index at {Path.Combine(missing, "search-index.json")}", error);
        Assert.Contains("leadtype generate", error);
    }

    [Fact]
    public void Unreadable_index_exits_1_naming_the_problem()
    {
        File.WriteAllText(Path.Combine(_directory, "search-index.json"), "{\"version\":3}");

        var (exitCode, _, error) = Run("search", "--index", _directory, "install");

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot read the search index", error);
        Assert.Contains("only version 2", error);
    }

    [Theory]
    [InlineData("search", "--index", "x")]
    [InlineData("search", "--limit", "0", "install")]
    [InlineData("search", "--limit", "many", "install")]
    [InlineData("search", "--bogus", "install")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("leadtype --help", error);
    }
}
