using System.Linq;
using Leadtype.Config;
using Leadtype.Diagnostics;

namespace Leadtype.Core.Tests.Config;

public class ConfigValidationTests
{
    private const string Product = "\"product\": { \"name\": \"Acme\", \"tagline\": \"Does things.\" }";

    private static DocsConfigReadResult Read(string json) => DocsConfigReader.Read("docs/leadtype.json", json);

    /// <summary>A config with a valid product plus <paramref name="rest"/>; the rest starts on line 3.</summary>
    private static DocsConfigReadResult ReadWith(string rest) => Read("{\n  " + Product + ",\n" + rest + "\n}");

    private static DocsDiagnostic Single(DocsConfigReadResult result, string id)
    {
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, "expected one " + id + ", got:\n" + string.Join("\n", result.Diagnostics));
        return matching[0];
    }

    private static void AssertError(DocsConfigReadResult result, int line, int column, string message)
    {
        var error = Single(result, "LT0100");
        Assert.Equal(DocsDiagnosticSeverity.Error, error.Severity);
        Assert.Equal("docs/leadtype.json", error.FilePath);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Null(result.Config);
    }

    [Fact]
    public void Minimal_config_with_only_a_product_is_valid()
    {
        var result = Read("{ " + Product + " }");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(("Acme", "Does things."), (result.Config!.Product.Name, result.Config.Product.Tagline));
        Assert.True(result.Config.Navigation.IsEmpty);
        Assert.True(result.Config.Groups.IsEmpty);
        Assert.Null(result.Config.Redirects);
        Assert.Equal("docs/leadtype.json", result.Config.FilePath);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_schema_reference_are_accepted()
    {
        var result = Read("{\n  \"$schema\": \"https://example.test/leadtype.schema.json\",\n  // the product\n  " + Product + ",\n}");
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Json_syntax_error_is_located_and_prefixed()
    {
        var result = Read("{\n  \"product\": {\n    \"name\": \"Acme\"\n    \"tagline\": \"x\"\n  }\n}");
        AssertError(result, 4, 5, "Not valid JSON: Expected `,` or `}` after the value of \"name\", found `\"`");
    }

    [Fact]
    public void Root_must_be_an_object()
    {
        AssertError(Read("[1, 2]"), 1, 1, "The config must be a JSON object ({ \"product\": … }), got an array");
    }

    [Fact]
    public void Missing_product_is_an_error_at_the_root_object()
    {
        AssertError(Read("{\n  \"navigation\": [\"index\"]\n}"), 1, 1,
            "`product` is required: `product.name` is the llms.txt title and `product.tagline` its one-line summary");
    }

    [Fact]
    public void Product_name_of_the_wrong_type_is_located_at_the_value()
    {
        AssertError(Read("{\n  \"product\": {\n    \"name\": 42,\n    \"tagline\": \"x\"\n  }\n}"), 3, 13, "`product.name` must be a string, got a number");
    }

    [Fact]
    public void Missing_tagline_is_an_error_at_the_product_object()
    {
        AssertError(Read("{\n  \"product\": { \"name\": \"Acme\" }\n}"), 2, 14, "`product.tagline` is required (the one-line summary under the llms.txt title)");
    }

    [Fact]
    public void Legacy_summary_stands_in_for_the_tagline()
    {
        var result = Read("{ \"product\": { \"name\": \"Acme\", \"summary\": \"Legacy summary.\" } }");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Legacy summary.", result.Config!.Product.Tagline);
    }

    [Fact]
    public void Summary_next_to_a_tagline_is_reported_as_ignored()
    {
        var result = Read("{ \"product\": { \"name\": \"Acme\", \"tagline\": \"New.\", \"summary\": \"Old.\" } }");
        var warning = Single(result, "LT0111");
        Assert.Equal("`product.summary` is ignored: `product.tagline` is set, and `summary` is only its legacy name", warning.Message);
        Assert.Equal("New.", result.Config!.Product.Tagline);
    }

    [Fact]
    public void Legacy_product_blocks_become_llms_blocks_in_the_reference_order()
    {
        var result = Read("{ \"product\": { \"name\": \"C\", \"tagline\": \"T\", \"agentGuidance\": \"Read the docs.\", \"bullets\": [\"Add consent banners.\"], \"bestStartingPoints\": [{ \"urlPath\": \"/docs\" }] } }");
        Assert.Empty(result.Diagnostics);
        var blocks = result.Config!.EffectiveLlmsBlocks;
        Assert.Equal(3, blocks.Count);
        Assert.Equal(new LlmsMarkdownBlock("Product Summary", "- Add consent banners.", blocks[0].Location), blocks[0]);
        Assert.Equal("Best Starting Points", Assert.IsType<LlmsLinksBlock>(blocks[1]).Heading);
        Assert.Equal(new LlmsMarkdownBlock("Agent Guidance", "Read the docs.", blocks[2].Location), blocks[2]);
    }

    [Fact]
    public void Llms_sections_replace_the_legacy_blocks_and_say_so()
    {
        var result = ReadWith("  \"llms\": { \"sections\": [{ \"type\": \"markdown\", \"heading\": \"Overview\", \"body\": \"- Fast\" }] }").Config;
        Assert.NotNull(result);
        var withLegacy = Read("{ \"product\": { \"name\": \"C\", \"tagline\": \"T\", \"bullets\": [\"x\"] },\n  \"llms\": { \"sections\": [{ \"type\": \"markdown\", \"body\": \"b\" }] } }");
        var warning = Single(withLegacy, "LT0111");
        Assert.Equal("`product.bullets` is ignored: `llms.sections` is set and replaces the legacy product blocks", warning.Message);
        Assert.Equal((1, 45), (warning.Line, warning.Column));
        Assert.Single(withLegacy.Config!.EffectiveLlmsBlocks);
    }

    [Fact]
    public void Unknown_top_level_property_warns_with_a_suggestion()
    {
        var result = ReadWith("  \"navigaton\": [\"index\"]");
        var warning = Single(result, "LT0109");
        Assert.Equal(DocsDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("`navigaton` is not a known property of leadtype.json and is ignored; did you mean `navigation`?", warning.Message);
        Assert.Equal((3, 3), (warning.Line, warning.Column));
        Assert.NotNull(result.Config);
    }

    [Fact]
    public void Unknown_nested_property_warns_with_its_path()
    {
        var result = Read("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\", \"homepgae\": \"x\", \"zzz\": 1 } }");
        var warnings = result.Diagnostics.Where(d => d.Id == "LT0109").Select(d => d.Message).ToArray();
        Assert.Equal(new[]
        {
            "`product.homepgae` is not a known property of `product` and is ignored; did you mean `homepage`?",
            "`product.zzz` is not a known property of `product` and is ignored",
        }, warnings);
    }

    [Fact]
    public void Duplicate_property_is_an_error_at_the_second_occurrence()
    {
        var result = Read("{\n  " + Product + ",\n  " + Product + "\n}");
        AssertError(result, 3, 3, "`product` is set more than once; keep one (JSON would silently use the last)");
    }

    [Fact]
    public void I18n_is_rejected_clearly()
    {
        var result = ReadWith("  \"i18n\": { \"defaultLocale\": \"en\", \"locales\": [\"en\", \"zh\"] }");
        var error = Single(result, "LT0107");
        Assert.Equal(DocsDiagnosticSeverity.Error, error.Severity);
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("localized docs are not supported", error.Message);
        Assert.Null(result.Config);
    }

    [Theory]
    [InlineData("  \"openapi\": \"./openapi.yaml\"", "openapi")]
    [InlineData("  \"collections\": { \"docs\": { \"dir\": \"./docs\" } }", "collections")]
    [InlineData("  \"flatteners\": []", "flatteners")]
    [InlineData("  \"transformers\": []", "transformers")]
    [InlineData("  \"frontmatterSchema\": {}", "frontmatterSchema")]
    [InlineData("  \"typeTableStrict\": true", "typeTableStrict")]
    [InlineData("  \"typeTableBasePath\": \"src\"", "typeTableBasePath")]
    public void Unsupported_fields_warn_with_LT0101_and_still_load(string rest, string field)
    {
        var result = ReadWith(rest);
        var warning = Single(result, "LT0101");
        Assert.Equal(DocsDiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith("`" + field + "` is not supported by Leadtype for .NET yet and is ignored; ", warning.Message);
        Assert.Equal(3, warning.Line);
        Assert.NotNull(result.Config);
        Assert.Contains(field, result.Config!.UnsupportedFields);
    }

    [Theory]
    [InlineData("  \"agents\": { \"nlweb\": { \"enabled\": true } }")]
    [InlineData("  \"agents\": { \"mcp\": { \"enabled\": true, \"tools\": [\"list-pages\"] } }")]
    public void Mcp_and_nlweb_are_supported_and_load_without_warnings(string rest)
    {
        // Their files (the MCP server card, the NLWeb schema feed and map) are generated, so no LT0101.
        var result = ReadWith(rest);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Config!.UnsupportedFields);
    }

    [Fact]
    public void Mcp_options_are_still_read_into_the_model()
    {
        var config = ReadWith("  \"agents\": { \"mcp\": { \"enabled\": true, \"endpoint\": \"/api/mcp\", \"logo\": \"/logo.svg\", \"tools\": [\"list-pages\", \"search-docs\"], \"authentication\": { \"required\": true } } }").Config!;
        Assert.Equal(new McpConfig(true, "/api/mcp", "/logo.svg", null, true, Leadtype.Collections.EquatableArray.Create("list-pages", "search-docs")), config.Agents.Mcp);
    }

    [Theory]
    // navigation
    [InlineData("  \"navigation\": \"index\"", "\"index\"", "`navigation` must be an array of page entries or navigation nodes, got a string")]
    [InlineData("  \"navigation\": [\"index\", 42]", "42", "`navigation[1]` must be a page string (\"quickstart\"), an include entry ({ \"include\": \"guides/*\" }) or a node ({ \"title\": \"Guides\", \"pages\": [ … ] }), got a number")]
    [InlineData("  \"navigation\": [{ \"pages\": [\"a\"] }]", "{ \"pages\"", "`navigation[0]` must be a page string (\"quickstart\"), an include entry ({ \"include\": \"guides/*\" }) or a node ({ \"title\": \"Guides\", \"pages\": [ … ] }), got an object")]
    [InlineData("  \"navigation\": [{ \"title\": 7 }]", "7", "`navigation[0].title` must be a string, got a number")]
    [InlineData("  \"navigation\": [{ \"title\": \"G\", \"pages\": [\"a\", { \"title\": \"Nested\" }] }]", "{ \"title\": \"Nested\"", "`navigation[0].pages[1]` is a node (it has a `title`); nodes go in `children`, `pages` holds page strings and include entries")]
    [InlineData("  \"navigation\": [{ \"title\": \"G\", \"children\": [\"a\"] }]", "\"a\"", "`navigation[0].children[0]` must be a navigation node ({ \"title\": \"…\", \"pages\": [ … ] }); page strings and include entries go in `pages`")]
    [InlineData("  \"navigation\": [{ \"title\": \"G\", \"children\": [{ \"title\": \"C\", \"optional\": \"yes\" }] }]", "\"yes\"", "`navigation[0].children[0].optional` must be true or false, got a string")]
    [InlineData("  \"navigation\": [{ \"include\": \"*\", \"sort\": [\"order\", \"date\"] }]", "\"date\"", "`navigation[0].sort[1]` must be \"order\", \"path\" or \"title\", got \"date\"")]
    [InlineData("  \"navigation\": [{ \"include\": \"*\", \"exclude\": [\"a\", 1] }]", "1]", "`navigation[0].exclude[1]` must be a string, got a number")]
    [InlineData("  \"navigation\": [{ \"include\": \"\" }]", "\"\"", "`navigation[0].include` must not be empty")]
    [InlineData("  \"navigation\": [{ \"include\": \"*\", \"required\": 1 }]", "1 }", "`navigation[0].required` must be true or false, got a number")]
    // groups
    [InlineData("  \"groups\": [{ \"title\": \"Guides\" }]", "{ \"title\"", "`groups[0].slug` is required (pages join the group with frontmatter `group: <slug>`)")]
    [InlineData("  \"groups\": [{ \"slug\": \"g\", \"title\": \"G\", \"children\": [{ \"slug\": \"c\" }] }]", "{ \"slug\": \"c\"", "`groups[0].children[0].title` is required")]
    [InlineData("  \"groups\": {}", "{}", "`groups` must be an array of { \"slug\", \"title\" } entries, got an object")]
    // mounts
    [InlineData("  \"mounts\": [{ \"pathPrefix\": \"changelog\" }]", "{ \"pathPrefix\"", "`mounts[0].urlPrefix` is required (the URL the folder is served under, e.g. \"/changelog\")")]
    [InlineData("  \"mounts\": [{ \"pathPrefix\": \"../x\", \"urlPrefix\": \"/x\" }]", "\"../x\"", "`mounts[0].pathPrefix` must stay inside the docs folder (no `..` segments), got \"../x\"")]
    // organization
    [InlineData("  \"organization\": { \"url\": \"https://x.test\" }", "{ \"url\"", "`organization.name` is required (organization must be an object with a string name)")]
    [InlineData("  \"organization\": { \"name\": \"X\", \"contactPoint\": { \"contactType\": \"sales\" } }", "{ \"contactType\"", "`organization.contactPoint` needs an `email` or a `telephone`")]
    [InlineData("  \"organization\": { \"name\": \"X\", \"contactPoint\": [{ \"contactType\": \"sales\", \"email\": \"a@x.test\", \"fax\": \"1\" }] }", "\"fax\"", "`organization.contactPoint[0].fax` is not a supported field of `organization.contactPoint[0]` (expected one of: contactType, email, telephone, url, areaServed, availableLanguage)")]
    [InlineData("  \"organization\": { \"name\": \"X\", \"address\": {} }", "{} }", "`organization.address` needs at least one field (streetAddress, addressLocality, addressRegion, postalCode, addressCountry)")]
    [InlineData("  \"organization\": { \"name\": \"X\", \"sameAs\": \"https://x.test\" }", "\"https", "`organization.sameAs` must be an array of strings, got a string")]
    // llms
    [InlineData("  \"llms\": { \"sections\": {} }", "{} }", "`llms.sections` must be an array of blocks, got an object")]
    [InlineData("  \"llms\": { \"sections\": [{ \"body\": \"x\" }] }", "{ \"body\"", "`llms.sections[0].type` is required: \"markdown\" or \"links\"")]
    [InlineData("  \"llms\": { \"sections\": [{ \"type\": \"markdwon\", \"body\": \"x\" }] }", "\"markdwon\"", "`llms.sections[0].type` must be one of \"markdown\", \"links\", got \"markdwon\"; did you mean \"markdown\"?")]
    [InlineData("  \"llms\": { \"sections\": [{ \"type\": \"markdown\" }] }", "{ \"type\"", "`llms.sections[0].body` is required (the Markdown written under the heading)")]
    [InlineData("  \"llms\": { \"sections\": [{ \"type\": \"links\", \"heading\": \"H\" }] }", "{ \"type\"", "`llms.sections[0].links` is required (an array of { \"urlPath\": \"/docs/…\" })")]
    [InlineData("  \"llms\": { \"sections\": [{ \"type\": \"links\", \"heading\": \"H\", \"links\": [{ \"title\": \"T\" }] }] }", "{ \"title\": \"T\"", "`llms.sections[0].links[0].urlPath` is required (a page URL such as \"/docs/quickstart\")")]
    [InlineData("  \"llms\": { \"sections\": [{ \"type\": \"links\", \"heading\": \"H\", \"links\": [{ \"urlPath\": \"docs/x\" }] }] }", "\"docs/x\"", "`llms.sections[0].links[0].urlPath` must be a root-relative URL such as \"/docs/quickstart\" or an absolute http(s) URL, got \"docs/x\"")]
    // feeds
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"changelog\" }, \"formats\": [\"rss\"], \"output\": { \"rss\": \"/c.xml\" } }]", "\"changelog\"", "`feeds[0].source.urlPrefix` must start with \"/\", got \"changelog\"")]
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [], \"output\": {} }]", "[],", "`feeds[0].formats` must list at least one format (\"rss\", \"atom\")")]
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"json\"], \"output\": {} }]", "\"json\"", "`feeds[0].formats[0]` must be \"rss\" or \"atom\", got \"json\"")]
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"atom\"], \"output\": { \"rss\": \"/c.xml\" } }]", "{ \"rss\"", "`feeds[0].output.atom` is required because `formats` includes \"atom\" (e.g. \"/changelog/atom.xml\")")]
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"rss\"], \"output\": { \"rss\": \"/c.rss\" } }]", "\"/c.rss\"", "`feeds[0].output.rss` must start with \"/\" and end with \".xml\", got \"/c.rss\"")]
    [InlineData("  \"feeds\": [{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"rss\"], \"output\": { \"rss\": \"/c.xml\" }, \"limit\": 0 }]", "0 }", "`feeds[0].limit` must be a positive whole number, got 0")]
    [InlineData("  \"feeds\": [{ \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"rss\"], \"output\": { \"rss\": \"/c.xml\" } }]", "{ \"title\"", "`feeds[0].id` is required (it names the feed in the --json summary)")]
    // agents
    [InlineData("  \"agents\": { \"robots\": { \"policy\": \"block-all\" } }", "\"block-all\"", "`agents.robots.policy` must be one of \"balanced\", \"open\", \"block-training\", \"block-ai\", got \"block-all\"; did you mean \"block-ai\"?")]
    [InlineData("  \"agents\": { \"robots\": { \"signals\": { \"aiTrain\": true } } }", "true", "`agents.robots.signals.aiTrain` must be a string, got a boolean")]
    [InlineData("  \"agents\": { \"skills\": { \"items\": [{ \"name\": \"Setup Docs\", \"description\": \"d\" }] } }", "\"Setup Docs\"", "`agents.skills.items[0].name` must be lower-case letters, digits and dashes, starting with a letter or digit (e.g. \"setup-docs\"), got \"Setup Docs\"")]
    [InlineData("  \"agents\": { \"skills\": { \"items\": [{ \"name\": \"s\" }] } }", "{ \"name\"", "`agents.skills.items[0].description` is required (agents pick skills by their description)")]
    [InlineData("  \"agents\": { \"skills\": { \"items\": [{ \"name\": \"s\", \"description\": \"d\", \"body\": \"b\", \"bodyPath\": \"s.md\" }] } }", "\"s.md\"", "`agents.skills.items[0]` sets both `body` and `bodyPath`; keep one")]
    // lint, redirects, search, templates
    [InlineData("  \"lint\": { \"unknownFieldSeverity\": \"fatal\" }", "\"fatal\"", "`lint.unknownFieldSeverity` must be one of \"warn\", \"error\", got \"fatal\"")]
    [InlineData("  \"lint\": { \"rules\": { \"invalid-link\": \"loud\" } }", "\"loud\"", "`lint.rules[\"invalid-link\"]` must be \"off\", \"warn\", or \"error\"")]
    [InlineData("  \"lint\": { \"externalLinks\": { \"ttlHours\": -1 } }", "-1", "`lint.externalLinks.ttlHours` must be a non-negative finite number")]
    [InlineData("  \"redirects\": { \"removed\": \"/docs/a\" }", "\"/docs/a\"", "`redirects.removed` must be an array of strings, got a string")]
    [InlineData("  \"search\": { \"synonyms\": { \"install\": \"setup\" } }", "\"setup\"", "`search.synonyms.install` must be an array of strings (words that also match \"install\"), got a string")]
    [InlineData("  \"search\": { \"synonyms\": { \"install\": [] } }", "[]", "`search.synonyms.install` must list at least one word")]
    [InlineData("  \"templates\": { \"llmsTxt\": 3 }", "3", "`templates.llmsTxt` must be a string, got a number")]
    public void Invalid_values_are_located_errors_naming_the_json_path(string rest, string at, string message)
    {
        // `at` is the token the error must point at; `rest` starts on line 3.
        Assert.Equal(rest.IndexOf(at, System.StringComparison.Ordinal), rest.LastIndexOf(at, System.StringComparison.Ordinal));
        AssertError(ReadWith(rest), 3, rest.IndexOf(at, System.StringComparison.Ordinal) + 1, message);
    }

    [Fact]
    public void Every_error_is_reported_not_only_the_first()
    {
        var result = ReadWith("  \"navigation\": [42],\n  \"mounts\": [{}],\n  \"feeds\": 1");
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Line, d.Message.Split(' ')[0])).ToArray();
        Assert.Equal(new[] { (3, "`navigation[0]`"), (4, "`mounts[0].pathPrefix`"), (4, "`mounts[0].urlPrefix`"), (5, "`feeds`") }, errors);
    }

    [Fact]
    public void Duplicate_feed_ids_and_outputs_are_errors()
    {
        const string feed = "{ \"id\": \"c\", \"title\": \"C\", \"source\": { \"urlPrefix\": \"/c\" }, \"formats\": [\"rss\"], \"output\": { \"rss\": \"/c.xml\" } }";
        var result = ReadWith("  \"feeds\": [\n    " + feed + ",\n    " + feed + "\n  ]");
        var messages = result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Line}:{d.Column} {d.Message}").ToArray();
        Assert.Equal(new[]
        {
            "5:13 duplicate feed id \"c\" at `feeds[1].id`",
            "5:104 `feeds[1].output.rss` writes \"/c.xml\", which `feeds[0].output.rss` already writes; feed outputs must be unique",
        }, messages);
    }

    [Fact]
    public void Feeds_default_to_twenty_items_and_keep_their_formats()
    {
        var feed = ReadWith("  \"feeds\": [{ \"id\": \"all\", \"title\": \"All\", \"source\": { \"urlPrefix\": \"/\" }, \"formats\": [\"atom\", \"rss\"], \"output\": { \"rss\": \"/rss.xml\", \"atom\": \"/atom.xml\" } }]").Config!.Feeds.Single();
        Assert.Equal(new FeedConfig("all", "All", null, "/", Leadtype.Collections.EquatableArray.Create(FeedFormat.Atom, FeedFormat.Rss), "/rss.xml", "/atom.xml", 20, feed.Location), feed);
    }

    [Fact]
    public void Navigation_entries_keep_their_json_path_and_position()
    {
        var config = ReadWith("  \"navigation\": [\n    \"index\",\n    { \"include\": \"guides/*\", \"exclude\": \"guides/old\", \"sort\": [\"title\"], \"required\": true },\n    { \"title\": \"Ref\", \"slug\": \"api\", \"base\": \"reference\", \"pages\": [\"cli\"], \"children\": [{ \"title\": \"Deep\", \"optional\": true }] }\n  ]").Config!;
        Assert.Equal(new NavPageEntry("index", new ConfigLocation("navigation[0]", 4, 5)), config.Navigation[0]);
        var include = Assert.IsType<NavIncludeEntry>(config.Navigation[1]);
        Assert.Equal(("guides/*", "guides/old", NavSortKey.Title, true), (include.Include, include.Exclude.Single(), include.Sort.Single(), include.Required));
        Assert.Equal(new ConfigLocation("navigation[1]", 5, 5), include.Location);
        var node = Assert.IsType<NavNodeEntry>(config.Navigation[2]);
        Assert.Equal(("Ref", "api", "reference"), (node.Title, node.Slug, node.Base));
        Assert.Equal(new NavPageEntry("cli", new ConfigLocation("navigation[2].pages[0]", 6, 69)), node.Pages.Single());
        Assert.Equal(new ConfigLocation("navigation[2].children[0]", 6, 90), node.Children.Single().Location);
        Assert.True(node.Children.Single().Optional);
    }

    [Fact]
    public void Search_synonyms_map_terms_case_insensitively()
    {
        var config = ReadWith("  \"search\": { \"synonyms\": { \"switcher\": [\"keyboard\"], \"setup\": [\"install\", \"configure\"] } }").Config!;
        var map = config.Search.SynonymMap();
        Assert.Equal(new[] { "keyboard" }, map["Switcher"]);
        Assert.Equal(new[] { "install", "configure" }, map["setup"]);
    }

    [Fact]
    public void Paths_in_the_config_carry_the_directory_they_are_relative_to()
    {
        var config = ReadWith("  \"templates\": { \"llmsTxt\": \"templates/llms.txt.scriban\", \"sitemapMd\": \"./t/sitemap.scriban\" },\n  \"redirects\": { \"lockfile\": \"paths.lock.json\", \"removed\": [\"/docs/old\"] },\n  \"agents\": { \"skills\": { \"items\": [{ \"name\": \"s\", \"description\": \"d\", \"bodyPath\": \"skills/s.md\" }] } }").Config!;
        Assert.Equal(new ConfigRelativePath("templates/llms.txt.scriban", ConfigPathBase.ConfigDirectory, new ConfigLocation("templates.llmsTxt", 3, 29)), config.Templates.LlmsTxt);
        Assert.Null(config.Templates.AgentsMd);
        Assert.Equal(ConfigPathBase.DocsDirectory, config.Redirects!.Lockfile!.Base);
        Assert.Equal(new[] { "/docs/old" }, config.Redirects.Removed);
        Assert.Equal(ConfigPathBase.SourceDirectory, config.Agents.Skills.Items.Single().BodyPath!.Base);
    }

    [Fact]
    public void Robots_signals_override_the_policy_preset()
    {
        var robots = ReadWith("  \"agents\": { \"robots\": { \"policy\": \"block-ai\", \"signals\": { \"search\": \"no\" } } }").Config!.Agents.Robots;
        Assert.Equal(RobotsPolicy.BlockAi, robots.Policy);
        Assert.Equal((false, false, false), robots.EffectiveSignals);
        Assert.Equal((true, true, false), RobotsConfig.Default.EffectiveSignals);
        Assert.Equal((true, true, true), new RobotsConfig(RobotsPolicy.Open).EffectiveSignals);
    }

    [Fact]
    public void Null_values_count_as_absent()
    {
        var result = Read("{ \"product\": { \"name\": \"A\", \"tagline\": \"B\", \"homepage\": null }, \"navigation\": null, \"i18n\": null, \"organization\": null }");
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Config!.Organization);
    }

    [Fact]
    public void Empty_and_whitespace_text_is_a_located_error_not_a_crash()
    {
        AssertError(Read(""), 1, 1, "Not valid JSON: The file is empty; expected a JSON value such as { … }");
        AssertError(Read("\n\n  "), 3, 3, "Not valid JSON: The file is empty; expected a JSON value such as { … }");
    }

    [Fact]
    public void Diagnostics_print_as_path_line_column_severity_id_message()
    {
        var error = Read("{ \"product\": 1 }").Diagnostics.Single();
        Assert.Equal("docs/leadtype.json:1:14: error LT0100: `product` must be an object, got a number", error.ToCompilerString());
    }
}
