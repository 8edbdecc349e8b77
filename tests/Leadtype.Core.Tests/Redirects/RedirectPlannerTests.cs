using System.Linq;
using System.Text;
using Leadtype.Collections;
using Leadtype.Redirects;

namespace Leadtype.Core.Tests.Redirects;

/// <summary>Rename tracking (artifacts §3.17): moves, claims, removals, carried-forward redirects and what is an error.</summary>
public sealed class RedirectPlannerTests
{
    private static TrackedPage Page(string path, string hash, params string[] redirectFrom) =>
        new(path, hash, path.TrimStart('/') + ".mdx", redirectFrom.ToEquatableArray());

    private static PathsLockfile Lock(LockedPage[] pages, params Redirect[] redirects) =>
        new(pages.ToEquatableArray(), redirects.ToEquatableArray());

    private static LockedPage Locked(string path, string hash) => new(path, hash);

    [Fact]
    public void A_first_run_records_every_page_sorted_and_redirects_nothing()
    {
        var plan = RedirectPlanner.Plan(null, new[] { Page("/docs/b", "2"), Page("/docs", "0"), Page("/docs/A", "1") }, new string[0]);

        Assert.False(plan.HasErrors);
        Assert.Empty(plan.Redirects);
        Assert.Equal(new[] { "/docs", "/docs/A", "/docs/b" }, plan.Lockfile.Pages.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void A_page_that_moved_with_its_text_is_a_308_rename()
    {
        var previous = Lock(new[] { Locked("/docs/about", "h1"), Locked("/docs/other", "h2") });

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/guides/about-us", "h1"), Page("/docs/other", "h2") }, new string[0]);

        Assert.False(plan.HasErrors);
        Assert.Equal(new[] { Redirect.MovedTo("/docs/about", "/docs/guides/about-us") }, plan.Redirects.ToArray());
        Assert.Equal(new DetectedMove("/docs/about", "/docs/guides/about-us", "docs/guides/about-us.mdx"), Assert.Single(plan.Moves));
        Assert.Equal(plan.Redirects, plan.Lockfile.Redirects);
    }

    [Fact]
    public void Two_vanished_pages_with_one_text_are_not_guessed_at()
    {
        var previous = Lock(new[] { Locked("/docs/a", "same"), Locked("/docs/b", "same") });

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/c", "same") }, new string[0]);

        Assert.True(plan.HasErrors);
        Assert.Empty(plan.Moves);
        Assert.Equal(new[] { "/docs/a", "/docs/b" }, plan.Unmatched.ToArray());
    }

    [Fact]
    public void An_edited_rename_needs_a_claim_and_a_claim_answers_308()
    {
        var previous = Lock(new[] { Locked("/docs/old", "before") });

        var unclaimed = RedirectPlanner.Plan(previous, new[] { Page("/docs/new", "after") }, new string[0]);
        var claimed = RedirectPlanner.Plan(previous, new[] { Page("/docs/new", "after", "docs/old/", "/docs/older") }, new string[0]);

        Assert.Equal(new[] { "/docs/old" }, unclaimed.Unmatched.ToArray());
        Assert.False(claimed.HasErrors);
        Assert.Equal(new[] { Redirect.MovedTo("/docs/old", "/docs/new"), Redirect.MovedTo("/docs/older", "/docs/new") }, claimed.Redirects.ToArray());
    }

    [Fact]
    public void Claiming_a_live_page_is_an_error_naming_both()
    {
        var plan = RedirectPlanner.Plan(null, new[] { Page("/docs/a", "1", "/docs/b"), Page("/docs/b", "2") }, new string[0]);

        Assert.True(plan.HasErrors);
        Assert.Equal(new LiveClaim("/docs/b", "/docs/a", "docs/a.mdx"), Assert.Single(plan.LiveClaims));
        Assert.Empty(plan.Redirects);
    }

    [Fact]
    public void Removed_paths_answer_410_unless_live_or_claimed()
    {
        var previous = Lock(new[] { Locked("/docs/gone", "g"), Locked("/docs/kept", "k") });

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/kept", "k", "/docs/claimed") }, new[] { "/docs/gone/", "/docs/kept", "/docs/claimed", "docs/never-was" });

        Assert.False(plan.HasErrors);
        Assert.Equal(
            new[] { Redirect.MovedTo("/docs/claimed", "/docs/kept"), Redirect.GoneFrom("/docs/gone"), Redirect.GoneFrom("/docs/never-was") },
            plan.Redirects.ToArray());
    }

    [Fact]
    public void Earlier_redirects_follow_a_later_move_of_their_target()
    {
        var previous = Lock(new[] { Locked("/docs/b", "hb") }, Redirect.MovedTo("/docs/a", "/docs/b"), Redirect.GoneFrom("/docs/z"));

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/c", "hb") }, new string[0]);

        Assert.False(plan.HasErrors);
        Assert.Equal(
            new[] { Redirect.MovedTo("/docs/a", "/docs/c"), Redirect.MovedTo("/docs/b", "/docs/c"), Redirect.GoneFrom("/docs/z") },
            plan.Redirects.ToArray());
    }

    [Fact]
    public void An_earlier_redirect_to_a_removed_page_becomes_410_and_one_from_a_live_page_is_dropped()
    {
        var previous = Lock(new[] { Locked("/docs/b", "hb"), Locked("/docs/c", "hc") }, Redirect.MovedTo("/docs/a", "/docs/b"), Redirect.MovedTo("/docs/c", "/docs/x"));

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/c", "hc") }, new[] { "/docs/b" });

        Assert.False(plan.HasErrors);
        Assert.Equal(new[] { Redirect.GoneFrom("/docs/a"), Redirect.GoneFrom("/docs/b") }, plan.Redirects.ToArray());
    }

    [Fact]
    public void Pages_the_run_cannot_build_keep_their_lockfile_entries()
    {
        var previous = Lock(new[] { Locked("/docs/api", "a"), Locked("/docs/api/get", "b"), Locked("/docs/x", "x") });

        var plan = RedirectPlanner.Plan(previous, new[] { Page("/docs/x", "x") }, new string[0], path => path == "/docs/api" || path.StartsWith("/docs/api/", System.StringComparison.Ordinal));

        Assert.False(plan.HasErrors);
        Assert.Equal(new[] { Locked("/docs/api", "a"), Locked("/docs/api/get", "b"), Locked("/docs/x", "x") }, plan.Lockfile.Pages.ToArray());
    }

    [Theory]
    [InlineData("\"./spec.yaml\"", "/docs/api")]
    [InlineData("{ \"input\": \"spec.yaml\", \"output\": \"rest-api\" }", "/docs/rest-api")]
    [InlineData("[\"a.yaml\", { \"input\": \"b.yaml\", \"output\": \"/v2/\", \"urlPrefix\": \"/reference\" }]", "/docs/api|/reference/v2")]
    public void The_config_names_where_openapi_pages_would_be(string openapi, string routes)
    {
        var read = Leadtype.Config.DocsConfigReader.Read("leadtype.json", "{ \"product\": { \"name\": \"A\", \"tagline\": \"B\" }, \"openapi\": " + openapi + " }");

        Assert.Equal(routes, string.Join("|", read.Config!.OpenApiRoutes));
    }

    [Fact]
    public void Redirects_sort_as_the_original_sorts_them()
    {
        var plan = RedirectPlanner.Plan(null, new[] { Page("/docs/x", "1") }, new[] { "/docs/b", "/docs/B-2", "/docs/a-1", "/docs/a" });

        Assert.Equal(new[] { "/docs/a", "/docs/a-1", "/docs/b", "/docs/B-2" }, plan.Redirects.Select(r => r.From).ToArray());
    }

    [Theory]
    [InlineData(" docs/a/ ", "/docs/a")]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("///", "/")]
    [InlineData("/docs", "/docs")]
    public void Paths_are_normalised(string input, string expected) => Assert.Equal(expected, RedirectPath.Normalize(input));

    [Fact]
    public void The_content_hash_is_the_first_16_hex_digits_of_the_trimmed_body_sha256()
    {
        Assert.Equal("ba7816bf8f01cfea", RedirectPath.ContentHash("\n  abc \n"));
    }

    [Fact]
    public void The_lockfile_is_json2_and_reads_back()
    {
        var lockfile = Lock(new[] { Locked("/docs", "00ff") }, Redirect.MovedTo("/docs/a", "/docs"), Redirect.GoneFrom("/docs/z"));

        var text = Encoding.UTF8.GetString(lockfile.Write());

        Assert.Equal(
            "{\n  \"version\": 1,\n  \"pages\": [\n    {\n      \"path\": \"/docs\",\n      \"hash\": \"00ff\"\n    }\n  ],\n  \"redirects\": [\n    {\n      \"from\": \"/docs/a\",\n      \"to\": \"/docs\",\n      \"status\": 308\n    },\n    {\n      \"from\": \"/docs/z\",\n      \"status\": 410\n    }\n  ]\n}\n",
            text);
        var (read, problem) = PathsLockfile.Read(text);
        Assert.Null(problem);
        Assert.Equal(lockfile, read);
    }

    [Fact]
    public void A_bad_entry_is_located_at_the_entry()
    {
        var (_, problem) = PathsLockfile.Read("{\n  \"version\": 1,\n  \"pages\": [],\n  \"redirects\": [\n    { \"from\": \"/a\", \"status\": 308 }\n  ]\n}\n");

        Assert.Equal((5, 5), (problem!.Line, problem.Column));
    }

    [Fact]
    public void Redirects_json_holds_version_and_redirects()
    {
        var text = Encoding.UTF8.GetString(RedirectsJson.Render(new[] { Redirect.MovedTo("/docs/about", "/docs/guides/about-us") }));

        Assert.Equal("{\n  \"version\": 1,\n  \"redirects\": [\n    {\n      \"from\": \"/docs/about\",\n      \"to\": \"/docs/guides/about-us\",\n      \"status\": 308\n    }\n  ]\n}\n", text);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"pages\": [", "is not valid JSON (line 1")]
    [InlineData("<<<<<<< HEAD\n{}", "is not valid JSON")]
    [InlineData("{ \"version\": 2, \"pages\": [], \"redirects\": [] }", "unsupported shape — expected { version: 1, pages, redirects }")]
    [InlineData("{ \"version\": 1, \"redirects\": [] }", "unsupported shape")]
    [InlineData("{ \"version\": 1, \"pages\": [{ \"path\": \"/docs\" }], \"redirects\": [] }", "unsupported shape")]
    [InlineData("{ \"version\": 1, \"pages\": [], \"redirects\": [{ \"from\": \"/a\", \"status\": 308 }] }", "unsupported shape")]
    [InlineData("{ \"version\": 1, \"pages\": [], \"redirects\": [{ \"from\": \"/a\", \"status\": 301, \"to\": \"/b\" }] }", "unsupported shape")]
    [InlineData("[]", "unsupported shape")]
    public void A_damaged_lockfile_says_what_is_wrong(string text, string problem)
    {
        var (read, actual) = PathsLockfile.Read(text);

        Assert.Null(read);
        Assert.Contains(problem, actual!.Message);
        Assert.True(actual.Line >= 1 && actual.Column >= 1, "located");
    }
}
