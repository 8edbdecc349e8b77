using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Navigation;

/// <summary>Appendix A.2 of the config reference and the curated-mode rules of §5.4.</summary>
public class NavigationResolverTests
{
    private static NavPage Page(string path, string? title = null, double? order = null, params string[] groups) =>
        new(path, title, Order: order, Groups: groups.ToEquatableArray());

    private static NavigationResult Resolve(NavPage[] pages, NavEntry[] navigation, GroupConfig[]? groups = null, MountTable? mounts = null) =>
        NavigationResolver.Resolve(new NavigationInput(pages.ToEquatableArray(), navigation.ToEquatableArray(), (groups ?? new GroupConfig[0]).ToEquatableArray(), mounts));

    private static string[] Urls(EquatableArray<NavPageView> pages) => pages.Select(p => p.UrlPath).ToArray();

    private static NavNodeEntry Node(string title, string? @base = null, NavEntry[]? pages = null, NavNodeEntry[]? children = null, bool optional = false, string? slug = null) =>
        new(title, slug, null, @base, (pages ?? new NavEntry[0]).ToEquatableArray(), (children ?? new NavNodeEntry[0]).ToEquatableArray(), optional);

    private static NavPageEntry P(string path) => new(path);

    [Fact]
    public void Root_page_strings_are_ungrouped_and_nodes_become_groups()
    {
        var result = Resolve(
            new[] { Page("index.mdx", "Home"), Page("quickstart.mdx", "Quickstart"), Page("guides/index.mdx", "Guides") },
            new NavEntry[] { P("index"), P("quickstart"), Node("Guides", "guides", new NavEntry[] { P("index") }) });

        Assert.Empty(result.Diagnostics);
        Assert.Equal(NavigationMode.Curated, result.Navigation.Mode);
        Assert.Equal(new[] { "/docs", "/docs/quickstart" }, Urls(result.Navigation.Ungrouped));
        var guides = Assert.Single(result.Navigation.Groups);
        Assert.Equal(new[] { "/docs/guides" }, Urls(guides.Pages));
        Assert.Equal(("guides", "Guides"), (guides.Slug, guides.Title));
        Assert.Equal("/docs/guides/index.md", guides.Pages[0].MarkdownUrlPath);
    }

    private static NavigationResult Frameworks() => Resolve(
        new[]
        {
            Page("frameworks/next/quickstart.mdx", "Quickstart"),
            Page("ai-agents.mdx", "AI Agents"),
            Page("frameworks/next/concepts/client-modes.mdx", "Client Modes", 20),
            Page("frameworks/next/concepts/initialization-flow.mdx", "Initialization Flow", 10),
            Page("frameworks/next/concepts/glossary.mdx", "Glossary"),
        },
        new NavEntry[]
        {
            Node("Frameworks", children: new[]
            {
                Node("Next.js", "frameworks/next", children: new[]
                {
                    Node("Start", pages: new NavEntry[] { P("quickstart"), P("/ai-agents") }),
                    Node("Concepts", pages: new NavEntry[] { P("concepts/client-modes"), new NavIncludeEntry("concepts/*", Sort: EquatableArray.Create(NavSortKey.Order, NavSortKey.Path)) }),
                }),
            }),
        });

    [Fact]
    public void Node_titles_become_slugs()
    {
        var frameworks = Frameworks().Navigation.Groups.Single();
        var next = frameworks.Children.Single();
        Assert.Equal(("frameworks", "next-js"), (frameworks.Slug, next.Slug));
        Assert.Equal(new[] { "frameworks", "next-js" }, next.SegmentPath);
        Assert.Equal(new[] { "frameworks", "next-js", "start" }, next.Children[0].SegmentPath);
    }

    [Fact]
    public void Page_strings_resolve_against_the_inherited_base_and_a_leading_slash_escapes_it()
    {
        var start = Frameworks().Navigation.Groups[0].Children[0].Children[0];
        Assert.Equal(new[] { "/docs/frameworks/next/quickstart", "/docs/ai-agents" }, Urls(start.Pages));
    }

    [Fact]
    public void Explicit_page_comes_first_then_the_glob_by_order_then_path_without_duplicates()
    {
        var result = Frameworks();
        var concepts = result.Navigation.Groups[0].Children[0].Children[1];
        Assert.Equal(new[] { "Client Modes", "Initialization Flow", "Glossary" }, concepts.Pages.Select(p => p.Title));
        Assert.Empty(result.Navigation.Ungrouped);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_page_referenced_by_two_branches_appears_in_both_and_is_not_ungrouped()
    {
        var result = Resolve(
            new[] { Page("shared.mdx", "Shared"), Page("a.mdx"), Page("b.mdx") },
            new NavEntry[] { Node("A", pages: new NavEntry[] { P("a"), P("shared") }), Node("B", pages: new NavEntry[] { P("shared"), P("b") }) });
        Assert.Equal(new[] { "/docs/a", "/docs/shared" }, Urls(result.Navigation.Groups[0].Pages));
        Assert.Equal(new[] { "/docs/shared", "/docs/b" }, Urls(result.Navigation.Groups[1].Pages));
        Assert.Empty(result.Navigation.Ungrouped);
    }

    [Fact]
    public void Unreferenced_pages_are_ungrouped_after_the_root_entries_sorted_by_url()
    {
        var result = Resolve(
            new[] { Page("zeta.mdx"), Page("Beta/y.mdx"), Page("alpha/x.mdx"), Page("index.mdx"), Page("g/one.mdx") },
            new NavEntry[] { P("index"), Node("G", "g", new NavEntry[] { new NavIncludeEntry("*") }) });
        Assert.Equal(new[] { "/docs", "/docs/alpha/x", "/docs/Beta/y", "/docs/zeta" }, Urls(result.Navigation.Ungrouped));
    }

    [Fact]
    public void Missing_page_is_LT0102_located_at_the_entry_in_leadtype_json()
    {
        var missing = new NavPageEntry("missng", new ConfigLocation("navigation[0].pages[1]", 12, 9));
        var result = Resolve(
            new[] { Page("guides/missing.mdx"), Page("guides/other.mdx") },
            new NavEntry[] { Node("Guides", "guides", new NavEntry[] { P("other"), missing }) });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DocsDiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            "leadtype.json:12:9: error LT0102: Nav page \"missng\" under \"guides\" did not match a documentation page. (looked for \"guides/missng\") Did you mean \"missing\"? [navigation[0].pages[1]]",
            error.ToCompilerString());
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Missing_root_page_names_the_root_scope()
    {
        var result = Resolve(new[] { Page("index.mdx") }, new NavEntry[] { P("missing") });
        Assert.Contains("Nav page \"missing\" under \"root\" did not match a documentation page.", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Index_aliases_resolve_to_index_pages()
    {
        var result = Resolve(
            new[] { Page("index.mdx"), Page("guides/index.mdx") },
            new NavEntry[] { Node("Root", pages: new NavEntry[] { P(""), P("index"), P("/guides/index"), P("guides") }) });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "/docs", "/docs/guides" }, Urls(result.Navigation.Groups[0].Pages));
    }

    [Fact]
    public void Empty_include_is_a_warning_and_a_required_one_an_error()
    {
        var location = new ConfigLocation("navigation[0].pages[0]", 5, 7);
        var optional = Resolve(new[] { Page("a.mdx") }, new NavEntry[] { Node("G", "guides", new NavEntry[] { new NavIncludeEntry("*", Location: location) }) });
        var warning = Assert.Single(optional.Diagnostics);
        Assert.Equal("leadtype.json:5:7: warning LT0110: Nav include \"*\" under \"g\" matched no documentation pages. [navigation[0].pages[0]]", warning.ToCompilerString());
        Assert.False(optional.HasErrors);

        var required = Resolve(new[] { Page("a.mdx") }, new NavEntry[] { Node("G", "guides", new NavEntry[] { new NavIncludeEntry("*", Required: true, Location: location) }) });
        Assert.Equal(DocsDiagnosticSeverity.Error, Assert.Single(required.Diagnostics).Severity);
        Assert.True(required.HasErrors);
    }

    [Fact]
    public void Include_glob_dialect_and_excludes()
    {
        var pages = new[] { Page("ref/a.mdx", "Zed"), Page("ref/b.mdx", "Alpha"), Page("ref/deep/c.mdx", "Mid"), Page("ref/index.mdx", "Ref"), Page("ref/old.mdx", "Old") };
        string[] Match(NavIncludeEntry include) => Urls(Resolve(pages, new NavEntry[] { Node("R", "ref", new NavEntry[] { include }) }).Navigation.Groups[0].Pages);

        Assert.Equal(new[] { "/docs/ref/a", "/docs/ref/b", "/docs/ref/old" }, Match(new NavIncludeEntry("*")));
        Assert.Equal(new[] { "/docs/ref/a", "/docs/ref/b", "/docs/ref/deep/c", "/docs/ref/old" }, Match(new NavIncludeEntry("**")));
        Assert.Equal(new[] { "/docs/ref/a", "/docs/ref/b", "/docs/ref/deep/c", "/docs/ref/old" }, Match(new NavIncludeEntry("**/*")));
        Assert.Equal(new[] { "/docs/ref/a", "/docs/ref/b" }, Match(new NavIncludeEntry("*", EquatableArray.Create("old"))));
        Assert.Equal(new[] { "/docs/ref/b", "/docs/ref/deep/c", "/docs/ref/old", "/docs/ref/a" }, Match(new NavIncludeEntry("**", Sort: EquatableArray.Create(NavSortKey.Title))));
        Assert.Equal(new[] { "/docs/ref" }, Match(new NavIncludeEntry("/ref")));
    }

    [Fact]
    public void Include_sorts_missing_order_last_then_by_path()
    {
        var pages = new[] { Page("c.mdx", order: null), Page("b.mdx", order: 2), Page("a.mdx", order: null), Page("d.mdx", order: 1) };
        var result = Resolve(pages, new NavEntry[] { new NavIncludeEntry("*") });
        Assert.Equal(new[] { "/docs/d", "/docs/b", "/docs/a", "/docs/c" }, Urls(result.Navigation.Ungrouped));
    }

    [Fact]
    public void Node_base_is_absolute_with_a_leading_slash_and_joined_otherwise()
    {
        var result = Resolve(
            new[] { Page("sdk/guides/a.mdx"), Page("sdk/reference/b.mdx"), Page("other/c.mdx") },
            new NavEntry[]
            {
                Node("SDK", "sdk", children: new[]
                {
                    Node("Guides", "guides", new NavEntry[] { P("a") }),
                    Node("Ref", "/sdk/reference", new NavEntry[] { P("b"), P("../../other/c") }),
                }),
            });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "/docs/sdk/guides/a" }, Urls(result.Navigation.Groups[0].Children[0].Pages));
        Assert.Equal(new[] { "/docs/sdk/reference/b", "/docs/other/c" }, Urls(result.Navigation.Groups[0].Children[1].Pages));
    }

    [Fact]
    public void Slug_problems_are_config_errors_located_at_the_node()
    {
        var at = new ConfigLocation("navigation[1]", 9, 5);
        var duplicate = Resolve(new[] { Page("a.mdx") }, new NavEntry[] { Node("Get Started"), new NavNodeEntry("get-started", Location: at) });
        Assert.Equal(
            "leadtype.json:9:5: error LT0100: Duplicate nav slug \"get-started\" under \"root\". Nav slugs must be unique among siblings. (\"Get Started\" already uses it; set a different `slug`.) [navigation[1]]",
            Assert.Single(duplicate.Diagnostics).ToCompilerString());

        var symbols = Resolve(new[] { Page("a.mdx") }, new NavEntry[] { new NavNodeEntry("???", Location: at) });
        Assert.StartsWith("Invalid group slug \"\" under \"root\". Slugs must be URL-safe (alphanumerics and dashes).", Assert.Single(symbols.Diagnostics).Message);
    }

    [Fact]
    public void Explicit_slug_overrides_the_title_and_is_normalised()
    {
        var group = Resolve(new[] { Page("a.mdx") }, new NavEntry[] { Node("AEO & Agent Readability", slug: "AEO Docs") }).Navigation.Groups.Single();
        Assert.Equal("aeo-docs", group.Slug);
        Assert.Equal("aeo-agent-readability", NavPath.InferSlug("AEO & Agent Readability"));
        Assert.Equal("next-js", NavPath.InferSlug("  Next.js "));
    }

    [Fact]
    public void Optional_flag_is_kept_on_the_group()
    {
        var result = Resolve(new[] { Page("changelog/0-4.mdx") }, new NavEntry[] { Node("Changelog", "changelog", new NavEntry[] { P("0-4") }, optional: true) });
        Assert.True(result.Navigation.Groups.Single().Optional);
    }

    [Fact]
    public void Unknown_group_with_nav_and_groups_is_LT0103_at_the_pages_group_line()
    {
        var page = new NavPage("quickstart.mdx", "Quickstart", Groups: EquatableArray.Create("mystery"), GroupSpan: new SourceSpan(4, 1), SourceFile: "docs/quickstart.mdx");
        var result = NavigationResolver.Resolve(new NavigationInput(
            EquatableArray.Create(page), EquatableArray.Create<NavEntry>(P("quickstart")), EquatableArray.Create(new GroupConfig("known", "Known"))));

        Assert.Equal(new UnknownGroupReference("/docs/quickstart", "mystery"), Assert.Single(result.Navigation.Unknown));
        Assert.Equal(
            "docs/quickstart.mdx:4:1: error LT0103: /docs/quickstart declares unknown group \"mystery\". Declared groups: known.",
            Assert.Single(result.Diagnostics).ToCompilerString());
    }

    [Fact]
    public void Nav_without_groups_ignores_frontmatter_groups()
    {
        var result = Resolve(new[] { Page("a.mdx", null, null, "whatever") }, new NavEntry[] { P("a") });
        Assert.Empty(result.Navigation.Unknown);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Duplicate_route_is_LT0104_naming_both_files()
    {
        var result = Resolve(new[] { Page("guides/index.mdx"), Page("guides.mdx") }, new NavEntry[] { P("guides") });
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("guides/index.mdx: error LT0104: Duplicate documentation route \"/docs/guides\" — both \"guides.mdx\" and \"guides/index.mdx\" normalize to the same path.", error.ToCompilerString());
        Assert.Single(result.Pages);
    }

    [Fact]
    public void Mounted_pages_get_mounted_urls_in_navigation()
    {
        var mounts = new MountTable(new[] { new Mount("", "/docs"), new Mount("changelog", "/changelog") });
        var result = Resolve(new[] { Page("changelog/index.mdx"), Page("changelog/v1.mdx", "Version 1") }, new NavEntry[] { Node("Changelog", "changelog", new NavEntry[] { P("index"), new NavIncludeEntry("*") }) }, mounts: mounts);
        var pages = result.Navigation.Groups[0].Pages;
        Assert.Equal(new[] { "/changelog", "/changelog/v1" }, Urls(pages));
        Assert.Equal(new[] { "/changelog/index.md", "/changelog/v1.md" }, pages.Select(p => p.MarkdownUrlPath));
    }

    [Fact]
    public void Reading_order_is_depth_first_then_ungrouped_then_the_rest_by_url()
    {
        var result = Resolve(
            new[] { Page("index.mdx"), Page("a/one.mdx"), Page("a/b/two.mdx"), Page("z.mdx") },
            new NavEntry[] { P("index"), Node("A", "a", new NavEntry[] { P("one") }, new[] { Node("B", "b", new NavEntry[] { P("two"), P("/a/one") }) }) });
        var order = result.Navigation.PagesInReadingOrder(result.Pages.Concat(new[] { result.Pages[0] with { UrlPath = "/docs/extra" } })).Select(p => p.UrlPath);
        Assert.Equal(new[] { "/docs/a/one", "/docs/a/b/two", "/docs", "/docs/z", "/docs/extra" }, order);
    }

    [Fact]
    public void Titles_fall_back_to_the_file_name_and_generic_names_to_the_folder()
    {
        var result = Resolve(new[] { Page("getting_started-now.mdx"), Page("guides/index.mdx", "  "), Page("index.mdx"), Page("sdk/README.md") }, new NavEntry[] { P("index") });
        Assert.Equal(new[] { "/docs", "/docs/getting_started-now", "/docs/guides", "/docs/sdk/README" }, Urls(result.Pages));
        Assert.Equal(new[] { "Documentation", "Getting Started Now", "Guides", "Sdk" }, result.Pages.Select(p => p.Title));
    }

    [Fact]
    public void Resolution_is_deterministic_and_value_equal()
    {
        var first = Frameworks();
        var second = Frameworks();
        Assert.Equal(first, second);
        Assert.Equal(first.Navigation.GetHashCode(), second.Navigation.GetHashCode());
    }
}
