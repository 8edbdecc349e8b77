using System.Collections.Generic;
using System.Linq;
using Leadtype.Search;
using static Leadtype.Core.Tests.Search.SearchTestIndex;

namespace Leadtype.Core.Tests.Search;

/// <summary>Ranking properties of the engine on small fixtures.</summary>
public sealed class RankingTests
{
    [Fact]
    public void Title_match_ranks_above_heading_match_above_body_only_match()
    {
        var engine = Engine(
            Page("body", "Events", "# Events\n\nYou can subscribe to webhooks here."),
            Page("heading", "Events guide", "# Events guide\n\nIntro.\n\n## Webhooks\n\nSubscribe to events."),
            Page("title", "Webhooks", "# Webhooks\n\nSubscribe to events."));

        var results = engine.Search("webhooks");

        Assert.Equal(new[] { "/docs/title", "/docs/heading", "/docs/body" }, results.Select(r => r.UrlPath).Distinct().ToArray());
    }

    [Fact]
    public void Code_match_ranks_below_heading_match()
    {
        var engine = Engine(
            Page("code", "Setup", "# Setup\n\nRun this.\n\n```bash\nnpm run frobnicate\n```"),
            Page("heading", "Usage", "# Usage\n\nIntro.\n\n## Frobnicate\n\nDetails follow."));

        var results = engine.Search("frobnicate");

        Assert.Equal(new[] { "/docs/heading", "/docs/code" }, results.Select(r => r.UrlPath).ToArray());
    }

    [Fact]
    public void Code_occurrence_counts_in_body_plus_the_smallest_field_weight()
    {
        var index = Build(Page("code", "Setup", "# Setup\n\nRun this.\n\n```bash\nnpm run frobnicate\n```"));

        // The chunk text includes the code, so a code token is counted in body too; the code field adds 0.35 (title 4, heading 2, body 1).
        var posting = Assert.Single(Assert.Single(index.Terms, t => t.Term == "frobnicate").Postings);
        Assert.Equal(new SearchPosting(0, 0, 0, 1, 1), posting);
    }

    [Fact]
    public void Prefix_of_a_term_finds_it()
    {
        var engine = Engine(Page("install", "Installation", "# Installation\n\nHow to install the package."));

        var results = engine.Search("instal");

        Assert.Equal("/docs/install", Assert.Single(results).UrlPath);
    }

    [Fact]
    public void Transposed_letters_still_find_the_term()
    {
        var engine = Engine(
            Page("install", "Getting started", "# Getting started\n\nInstall the package with npm."),
            Page("other", "Other", "# Other\n\nNothing relevant here."));

        var results = engine.Search("instlal");

        Assert.Equal("/docs/install", Assert.Single(results).UrlPath);
        Assert.Contains("Install", results[0].Excerpt);
    }

    [Fact]
    public void Configured_synonym_finds_its_target_and_is_ignored_without_config()
    {
        var pages = new[]
        {
            Page("tabs", "Tabs", "# Tabs\n\nUse the keyboard arrows to move between tabs."),
            Page("cards", "Cards", "# Cards\n\nA grid of links."),
        };
        var index = Build(pages);
        var synonyms = new Dictionary<string, IReadOnlyList<string>> { ["Switcher"] = new[] { "keyboard" } };

        Assert.Empty(Engine(index).Search("switcher"));
        Assert.Equal("/docs/tabs", Assert.Single(Engine(index, synonyms).Search("switcher")).UrlPath);
    }

    [Fact]
    public void Built_in_synonym_setup_finds_install()
    {
        var engine = Engine(
            Page("quickstart", "Quickstart", "# Quickstart\n\nInstall the package with npm."),
            Page("other", "Other", "# Other\n\nUnrelated package text."));

        var results = engine.Search("setup package");

        Assert.Equal("/docs/quickstart", results[0].UrlPath);
        Assert.Contains("Install", results[0].Excerpt);
    }

    [Fact]
    public void Contiguous_phrase_gets_the_phrase_bonus_over_scattered_words()
    {
        var engine = Engine(
            Page("scattered", "Alpha", "# Alpha\n\nPackage managers vary a lot, and somewhere much later in this sentence with many extra filler words you install things."),
            Page("phrase", "Beta", "# Beta\n\nFirst install package managers vary a lot, and somewhere much later in this sentence with many extra filler words things."));

        var results = engine.Search("install package");
        var phrase = results.Single(r => r.UrlPath == "/docs/phrase");
        var scattered = results.Single(r => r.UrlPath == "/docs/scattered");

        Assert.Equal("/docs/phrase", results[0].UrlPath);
        // Same words, same lengths: the difference is exactly the phrase bonus (no proximity bonus for the scattered page).
        Assert.Equal(1.4, phrase.Score - scattered.Score, 10);
    }

    [Fact]
    public void Words_in_order_within_eight_tokens_get_the_proximity_bonus()
    {
        var engine = Engine(
            Page("near", "One", "# One\n\nInstall alpha beta gamma package delta epsilon zeta eta theta iota kappa lambda."),
            Page("far", "Two", "# Two\n\nInstall alpha beta gamma delta epsilon zeta eta theta iota kappa lambda package."));

        var results = engine.Search("install package");
        var near = results.Single(r => r.UrlPath == "/docs/near");
        var far = results.Single(r => r.UrlPath == "/docs/far");

        Assert.Equal(0.8, near.Score - far.Score, 10);
    }

    [Theory]
    [InlineData("the and of")]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    public void Stopword_only_or_empty_queries_return_nothing(string query)
    {
        var engine = Engine(Page("the", "The and of", "# The\n\nthe and of a an."));

        Assert.Empty(engine.Search(query));
    }

    [Fact]
    public void Case_punctuation_and_diacritics_fold()
    {
        var engine = Engine(
            Page("cafe", "Code", "# Code\n\n```js\nconst café = 1;\n```"),
            Page("resume", "Résumé", "# Résumé\n\nThe naïve approach."));

        Assert.Equal("/docs/cafe", Assert.Single(engine.Search("CAFÉ!!!")).UrlPath);
        Assert.Equal("/docs/cafe", Assert.Single(engine.Search("cafe")).UrlPath);
        Assert.Equal("/docs/resume", engine.Search("resume naive")[0].UrlPath);
    }

    [Fact]
    public void Results_carry_anchor_heading_path_urls_and_an_excerpt_with_the_match()
    {
        var engine = Engine(Page("quickstart", "Quickstart", "# Quickstart\n\nIntro.\n\n## Command Tabs\n\nThe CommandTabs component renders install commands.", "Start here."));

        var result = engine.Search("commandtabs")[0];

        Assert.Equal("command-tabs", result.Anchor);
        Assert.Equal(new[] { "Quickstart", "Command Tabs" }, result.HeadingPath);
        Assert.Equal("/docs/quickstart#command-tabs", result.UrlWithHash);
        Assert.Equal("https://acme.example/docs/quickstart#command-tabs", result.AbsoluteUrlWithHash);
        Assert.Equal("chunk-1", result.Id);
        Assert.Equal("/docs/quickstart", result.DocumentId);
        Assert.Contains("CommandTabs", result.Excerpt);
    }

    [Fact]
    public void Long_chunk_excerpt_is_a_window_around_the_match_with_ellipses()
    {
        var filler = string.Join(" ", Enumerable.Repeat("lorem ipsum dolor", 40));
        var engine = Engine(Page("long", "Long", "# Long\n\n" + filler + " zebra " + filler));

        var excerpt = engine.Search("zebra")[0].Excerpt;

        Assert.StartsWith("...", excerpt);
        Assert.EndsWith("...", excerpt);
        Assert.Contains("zebra", excerpt);
        Assert.True(excerpt.Length <= 246, excerpt);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_absolute_url_then_by_index_order()
    {
        var engine = Engine(
            Page("zeta", "Same", "# Same\n\nIdentical words here."),
            Page("alpha", "Same", "# Same\n\nIdentical words here."),
            Page("mid", "Same", "# Same\n\nIdentical words here."));

        var results = engine.Search("identical");

        Assert.Equal(new[] { "/docs/alpha", "/docs/mid", "/docs/zeta" }, results.Select(r => r.UrlPath).ToArray());
        Assert.Equal(results[0].Score, results[2].Score);
    }

    [Fact]
    public void Limit_caps_the_results_and_zero_returns_none()
    {
        var pages = Enumerable.Range(0, 12).Select(i => Page("p" + i, "Page " + i, "# Page\n\nShared widget text " + i + ".")).ToArray();
        var engine = Engine(pages);

        Assert.Equal(8, engine.Search("widget").Count);
        Assert.Equal(3, engine.Search("widget", 3).Count);
        Assert.Equal(12, engine.Search("widget", 50).Count);
        Assert.Empty(engine.Search("widget", 0));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => engine.Search("widget", -1));
    }

    [Fact]
    public void Numeric_terms_are_enumerated_first_like_javascript_object_keys()
    {
        var index = Build(Page("release", "Release", "# Release\n\nzeta 2024 alpha 10 007 33"));

        var terms = index.Terms.Select(t => t.Term).ToArray();

        Assert.Equal(new[] { "10", "33", "2024", "release", "zeta", "alpha", "007" }, terms);
    }

    [Fact]
    public void Terms_read_from_json_follow_javascript_key_order_with_last_duplicate_winning()
    {
        var terms = new[]
        {
            new SearchIndexTerm("zeta", new[] { new SearchPosting(0, 0, 0, 1, 0) }),
            new SearchIndexTerm("4294967295", new[] { new SearchPosting(0, 0, 0, 1, 0) }),
            new SearchIndexTerm("4294967294", new[] { new SearchPosting(0, 0, 0, 1, 0) }),
            new SearchIndexTerm("0", new[] { new SearchPosting(0, 0, 0, 1, 0) }),
            new SearchIndexTerm("zeta", new[] { new SearchPosting(0, 0, 0, 7, 0) }),
            new SearchIndexTerm("01", new[] { new SearchPosting(0, 0, 0, 1, 0) }),
        };

        var ordered = SearchIndex.TermsInEnumerationOrder(terms);

        Assert.Equal(new[] { "0", "4294967294", "zeta", "4294967295", "01" }, ordered.Select(t => t.Term));
        Assert.Equal(7, ordered[2].Postings[0].Body);
    }

    [Fact]
    public void Index_without_content_still_ranks_and_excerpts_fall_back_to_title_description_and_headings()
    {
        var built = Build(Page("quickstart", "Quickstart", "# Quickstart\n\n## CommandTabs\n\nInstall with CommandTabs.", "Install Acme."));
        var metadataOnly = new SearchIndex(built.GeneratedAt, built.Documents, built.Chunks, built.Terms, built.AverageChunkLength, content: null);

        var result = Engine(metadataOnly).Search("commandtabs install")[0];

        Assert.Equal("Quickstart Install Acme. Quickstart CommandTabs", result.Excerpt);
        Assert.Equal("commandtabs", result.Anchor);
    }
}
