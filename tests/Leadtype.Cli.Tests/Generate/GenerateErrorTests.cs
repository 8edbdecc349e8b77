using System;
using System.IO;
using System.Text.Json;

namespace Leadtype.Cli.Tests.Generate;

/// <summary>
/// Failures: config and navigation problems stop the run before anything is written (the previous
/// output stays byte-for-byte and mtime-for-mtime as it was) with located diagnostics and exit 1;
/// page errors still write every artifact, then exit 1; bad command lines exit 2.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GenerateErrorTests
{
    private const string Config = """
        {
          "product": { "name": "Acme", "tagline": "Widgets." },
          "navigation": ["index", "guide"]
        }
        """;

    [Fact]
    public void Invalid_config_is_a_located_error_and_the_previous_output_is_untouched()
    {
        using var workspace = Valid();
        var before = workspace.Snapshot();
        workspace.WriteSource("leadtype.json", "{\n  \"product\": { \"name\": \"Acme\" },\n  \"navigation\": [\"index\"]\n}\n");

        var (exit, stdout, stderr) = workspace.Generate();

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Matches(@"leadtype\.json:2:\d+: error LT0100: .*tagline", stderr);
        Assert.Contains("the output was not changed", stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void Json_that_does_not_parse_names_the_line_and_column()
    {
        using var workspace = Valid();
        workspace.WriteSource("leadtype.json", "{\n  \"product\": { \"name\": \"Acme\", \"tagline\": \"x\" },\n  \"navigation\": [\"index\",, ]\n}\n");

        var (exit, _, stderr) = workspace.Generate();

        Assert.Equal(1, exit);
        Assert.Matches(@"leadtype\.json:3:\d+: error LT0100: Not valid JSON", stderr);
    }

    [Fact]
    public void Unknown_navigation_page_stops_before_writing_and_points_at_the_config_entry()
    {
        using var workspace = Valid();
        var before = workspace.Snapshot();
        workspace.WriteSource("leadtype.json", Config.Replace("\"guide\"", "\"guide\", \"missing-page\""));

        var (exit, _, stderr) = workspace.Generate();

        Assert.Equal(1, exit);
        Assert.Matches(@"leadtype\.json:3:\d+: error LT0102: Nav page ""missing-page""", stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void Unknown_group_stops_before_writing_and_points_at_the_page()
    {
        using var workspace = GenerateWorkspace.WithDocs(
            ("index.mdx", "---\ntitle: Home\ngroup: basics\n---\n# Home\n"),
            ("guide.mdx", "---\ntitle: Guide\ngroup: missing\n---\n# Guide\n"));
        workspace.WriteSource("leadtype.json", """{ "product": { "name": "Acme", "tagline": "Widgets." }, "groups": [{ "slug": "basics", "title": "Basics" }] }""");
        workspace.WriteSource("docs/guide.mdx", "---\ntitle: Guide\ngroup: basics\n---\n# Guide\n");
        Assert.Equal(0, workspace.Generate().ExitCode);
        var before = workspace.Snapshot();
        workspace.WriteSource("docs/guide.mdx", "---\ntitle: Guide\ngroup: missing\n---\n# Guide\n");

        var (exit, _, stderr) = workspace.Generate();

        Assert.Equal(1, exit);
        Assert.Contains("docs/guide.mdx:3:1: error LT0103: /docs/guide declares unknown group \"missing\"", stderr.Replace('\\', '/'));
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Theory]
    [InlineData("docs.example.com")]
    [InlineData("ftp://docs.example.com")]
    [InlineData("https://docs.example.com/?q=1")]
    public void A_bad_base_url_is_a_located_error_and_nothing_is_written(string baseUrl)
    {
        using var workspace = Valid();
        var before = workspace.Snapshot();

        var (exit, _, stderr) = workspace.Generate("--base-url", baseUrl);

        Assert.Equal(1, exit);
        Assert.Contains("--base-url: error LT0105: Base URL `" + baseUrl + "` is not an absolute http(s) URL", stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void A_missing_docs_folder_is_an_error_naming_it()
    {
        using var workspace = Valid();

        var (exit, _, stderr) = workspace.Generate("--docs-dir", "nowhere");

        Assert.Equal(1, exit);
        Assert.Contains("error LT0115: docs directory not found at " + Path.Combine(workspace.Source, "nowhere"), stderr);
    }

    [Fact]
    public void A_folder_without_pages_is_an_error_and_prunes_nothing()
    {
        using var workspace = Valid();
        var before = workspace.Snapshot();
        foreach (var page in Directory.GetFiles(workspace.Docs, "*.mdx"))
        {
            File.Delete(page);
        }

        var (exit, _, stderr) = workspace.Generate();

        Assert.Equal(1, exit);
        Assert.Contains("error LT0117: No .mdx pages were found", stderr);
        GenerateWorkspace.AssertSame(before, workspace.Snapshot(), sameTimes: true);
    }

    [Fact]
    public void Page_errors_still_write_every_artifact_and_then_exit_1()
    {
        using var workspace = GenerateWorkspace.WithDocs(
            ("index.mdx", "---\ntitle: Home\n---\n# Home\n\nFine.\n"),
            ("broken.mdx", "---\ntitle: Broken\n---\n# Broken\n\n<Callout>\n\nStill converted.\n"));

        var (exit, _, stderr) = workspace.Generate("--base-url", "https://acme.example");

        Assert.Equal(1, exit);
        Assert.Contains("docs/broken.mdx:6:1: error LT0010:", stderr.Replace('\\', '/'));
        Assert.Contains("every artifact was written", stderr);
        Assert.Contains("Still converted.", workspace.ReadOutput("docs/broken.md"));
        foreach (var artifact in new[] { "llms.txt", "llms-full.txt", "sitemap.xml", "robots.txt", "docs/search-index.json", "docs/index.md" })
        {
            Assert.True(workspace.OutputExists(artifact), artifact);
        }
    }

    [Fact]
    public void Page_errors_are_reported_again_by_an_unchanged_rerun_which_also_exits_1()
    {
        using var workspace = GenerateWorkspace.WithDocs(("broken.mdx", "# Broken\n\nText {oops\n"));
        var first = workspace.Generate();

        var (exit, _, stderr) = workspace.Generate();

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(1, exit);
        Assert.Contains("Up to date", stderr);
        Assert.Contains("error LT0011", stderr);
    }

    [Fact]
    public void Msbuild_format_prints_full_paths_with_line_and_column_in_parentheses()
    {
        using var workspace = GenerateWorkspace.WithDocs(("page.mdx", "# Page\n\nText {oops\n"));

        var (exit, _, stderr) = workspace.Generate("--diagnostics", "msbuild");

        Assert.Equal(1, exit);
        Assert.Contains(Path.Combine(workspace.Docs, "page.mdx") + "(3,6): error LT0011: ", stderr);
    }

    [Fact]
    public void Json_mode_reports_a_failure_as_a_json_document_on_stdout()
    {
        using var workspace = Valid();
        workspace.WriteSource("leadtype.json", Config.Replace("\"guide\"", "\"nope\""));

        var (exit, stdout, _) = workspace.Generate("--json");

        Assert.Equal(1, exit);
        var json = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("failed", json.GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("exitCode").GetInt32());
        var item = json.GetProperty("diagnostics").GetProperty("items")[0];
        Assert.Equal("LT0102", item.GetProperty("id").GetString());
        Assert.Equal(3, item.GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--diagnostics", "yaml")]
    [InlineData("--name")]
    [InlineData("extra-argument")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        using var workspace = Valid();

        var (exit, _, stderr) = workspace.Generate(arguments);

        Assert.Equal(2, exit);
        Assert.Contains("leadtype", stderr);
    }

    [Fact]
    public void A_docs_dir_prefix_of_slash_is_a_usage_error()
    {
        using var workspace = Valid();

        var (exit, _, stderr) = workspace.Generate("--docs-dir", "docs=/");

        Assert.Equal(2, exit);
        Assert.Contains("must not be \"/\"", stderr);
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_clear_error()
    {
        using var workspace = Valid();
        File.Delete(Path.Combine(workspace.Root, "blocker"));
        File.WriteAllText(Path.Combine(workspace.Root, "blocker"), "not a directory");

        var (exit, _, stderr) = CliRunner.Run("generate", "--src", workspace.Source, "--out", Path.Combine(workspace.Root, "blocker"));

        Assert.Equal(1, exit);
        Assert.Contains("is a file", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    private static GenerateWorkspace Valid()
    {
        var workspace = GenerateWorkspace.WithDocs(
            ("index.mdx", "---\ntitle: Home\ndescription: Start here.\n---\n# Home\n"),
            ("guide.mdx", "---\ntitle: Guide\n---\n# Guide\n\nSteps.\n"));
        workspace.WriteSource("leadtype.json", Config);
        var (exit, _, stderr) = workspace.Generate();
        Assert.True(exit == 0, stderr);
        return workspace;
    }
}
