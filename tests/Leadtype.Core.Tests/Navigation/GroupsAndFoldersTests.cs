using System.Linq;
using Leadtype.Collections;
using Leadtype.Config;
using Leadtype.Diagnostics;
using Leadtype.Navigation;

namespace Leadtype.Core.Tests.Navigation;

public class GroupsNavigationTests
{
    private static NavPage Page(string path, double? order = null, params string[] groups) =>
        new(path, null, Order: order, Groups: groups.ToEquatableArray(), GroupSpan: groups.Length > 0 ? new SourceSpan(3, 1) : default);

    private static NavigationResult Resolve(GroupConfig[] groups, params NavPage[] pages) =>
        NavigationResolver.Resolve(new NavigationInput(pages.ToEquatableArray(), Groups: groups.ToEquatableArray()));

    private static readonly GroupConfig[] Frameworks =
    {
        new("frameworks", "Frameworks", "All frameworks", EquatableArray.Create(new GroupConfig("react", "React"), new GroupConfig("next", "Next.js"))),
        new("guides", "Guides"),
    };

    [Fact]
    public void Pages_join_groups_by_frontmatter_ordered_by_order_then_url()
    {
        var result = Resolve(Frameworks,
            Page("react/b.mdx", null, "react"),
            Page("react/a.mdx", 5, "React"),
            Page("guides/x.mdx", null, "guides"),
            Page("about.mdx"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(NavigationMode.Groups, result.Navigation.Mode);
        var react = result.Navigation.Groups[0].Children[0];
        Assert.Equal(new[] { "/docs/react/a", "/docs/react/b" }, react.Pages.Select(p => p.UrlPath));
        Assert.Equal(new[] { "frameworks", "react" }, react.SegmentPath);
        Assert.Empty(result.Navigation.Groups[0].Pages);
        Assert.Equal("All frameworks", result.Navigation.Groups[0].Description);
        Assert.Equal(new[] { "/docs/guides/x" }, result.Navigation.Groups[1].Pages.Select(p => p.UrlPath));
        Assert.Equal(new[] { "/docs/about" }, result.Navigation.Ungrouped.Select(p => p.UrlPath));
    }

    [Fact]
    public void Page_in_a_known_and_an_unknown_group_is_listed_under_the_known_one_and_reported()
    {
        var result = Resolve(Frameworks, new NavPage("quickstart.mdx", "Quickstart", Groups: EquatableArray.Create("react", "mystery"), GroupSpan: new SourceSpan(4, 8, 4, 25), SourceFile: "docs/quickstart.mdx"));
        Assert.Equal(new[] { "/docs/quickstart" }, result.Navigation.Groups[0].Children[0].Pages.Select(p => p.UrlPath));
        Assert.Equal(new UnknownGroupReference("/docs/quickstart", "mystery"), Assert.Single(result.Navigation.Unknown));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("docs/quickstart.mdx:4:8: error LT0103: /docs/quickstart declares unknown group \"mystery\". Declared groups: frameworks, react, next, guides.", error.ToCompilerString());
        Assert.Equal((4, 25), (error.EndLine, error.EndColumn));
    }

    [Fact]
    public void Page_whose_groups_are_all_unknown_is_ungrouped_and_gets_a_suggestion()
    {
        var result = Resolve(Frameworks, Page("x.mdx", null, "guide"));
        Assert.Equal(new[] { "/docs/x" }, result.Navigation.Ungrouped.Select(p => p.UrlPath));
        Assert.EndsWith("declares unknown group \"guide\". Did you mean \"guides\"?", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Sibling_group_slugs_must_differ_ignoring_case()
    {
        var result = Resolve(new[] { new GroupConfig("Get-Started", "A"), new GroupConfig("get-started", "B", Location: new ConfigLocation("groups[1]", 7, 5)) }, Page("a.mdx"));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("leadtype.json:7:5: error LT0100: Duplicate group slug \"get-started\" under \"root\". Group slugs must be unique among siblings. [groups[1]]", error.ToCompilerString());
    }

    [Fact]
    public void Group_slug_with_a_space_is_invalid()
    {
        var result = Resolve(new[] { new GroupConfig("bad slug", "Bad") }, Page("a.mdx"));
        Assert.StartsWith("Invalid group slug \"bad slug\" under \"root\". Slugs must be URL-safe (alphanumerics and dashes). Try \"bad-slug\".", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Nested_invalid_slug_names_its_parent_scope()
    {
        var result = Resolve(new[] { new GroupConfig("frameworks", "F", Children: EquatableArray.Create(new GroupConfig("misc_stuff", "Misc"))) }, Page("a.mdx"));
        Assert.Contains("under \"frameworks\"", Assert.Single(result.Diagnostics).Message);
    }
}

public class FolderNavigationTests
{
    private static NavigationResult Resolve(params NavPage[] pages) =>
        NavigationResolver.Resolve(new NavigationInput(pages.ToEquatableArray()));

    [Fact]
    public void Without_navigation_or_groups_every_folder_becomes_a_group()
    {
        var result = Resolve(
            new NavPage("index.mdx", "Home"),
            new NavPage("quickstart.mdx", "Quickstart", Order: 1),
            new NavPage("about.mdx", "About"),
            new NavPage("guides/index.mdx", "Guides overview", "How-to guides."),
            new NavPage("guides/deploy.mdx", "Deploy"),
            new NavPage("guides/install.mdx", "Install", Order: 1),
            new NavPage("guides/advanced/tuning.mdx", "Tuning"),
            new NavPage("api-reference/client.mdx", "Client"),
            new NavPage("changelog/index.mdx", "Changelog", Order: 0));

        Assert.Empty(result.Diagnostics);
        var nav = result.Navigation;
        Assert.Equal(NavigationMode.Folders, nav.Mode);
        Assert.Equal(new[] { "/docs", "/docs/quickstart", "/docs/about" }, nav.Ungrouped.Select(p => p.UrlPath));

        // Folders: the one whose index has order 0 first, then by title (index title or folder name).
        Assert.Equal(new[] { "Changelog", "Api Reference", "Guides overview" }, nav.Groups.Select(g => g.Title));
        Assert.Equal(new[] { "changelog", "api-reference", "guides" }, nav.Groups.Select(g => g.Slug));

        var guides = nav.Groups[2];
        Assert.Equal("How-to guides.", guides.Description);
        Assert.Equal(new[] { "/docs/guides", "/docs/guides/install", "/docs/guides/deploy" }, guides.Pages.Select(p => p.UrlPath));
        var advanced = Assert.Single(guides.Children);
        Assert.Equal(("advanced", "Advanced"), (advanced.Slug, advanced.Title));
        Assert.Equal(new[] { "guides", "advanced" }, advanced.SegmentPath);
        Assert.Equal(new[] { "/docs/guides/advanced/tuning" }, advanced.Pages.Select(p => p.UrlPath));
    }

    [Fact]
    public void Folder_fallback_lists_every_page_exactly_once()
    {
        var pages = Enumerable.Range(0, 40).Select(i => new NavPage($"s{i % 4}/sub{i % 3}/p{i}.mdx")).Append(new NavPage("index.mdx")).ToArray();
        var result = Resolve(pages);
        var listed = result.Navigation.PagesInReadingOrder().Select(p => p.UrlPath).ToList();
        Assert.Equal(41, listed.Count);
        Assert.Equal(listed.Count, listed.Distinct().Count());
    }

    [Fact]
    public void Folders_whose_slugs_collide_get_numbered_slugs()
    {
        var result = Resolve(new NavPage("Get Started/a.mdx"), new NavPage("get-started/b.mdx"), new NavPage("___/c.mdx"));
        // "___" has no usable name: titled "Untitled", slugged "section".
        Assert.Equal(new[] { "get-started", "get-started-2", "section" }, result.Navigation.Groups.Select(g => g.Slug));
        Assert.Equal(new[] { "Get Started", "Get Started", "Untitled" }, result.Navigation.Groups.Select(g => g.Title));
    }

    [Fact]
    public void Corpus_without_its_config_still_lists_every_page_in_folder_groups()
    {
        var pages = Leadtype.Core.Tests.Config.LeadtypeCorpus.ReadPages();
        var result = NavigationResolver.Resolve(NavigationInput.From(null, pages));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(pages.Count, result.Navigation.PagesInReadingOrder().Count);
        Assert.Equal(new[] { "/docs", "/docs/how-it-works", "/docs/quickstart" }, result.Navigation.Ungrouped.Select(p => p.UrlPath));
        Assert.Contains(result.Navigation.Groups, g => g.Slug == "reference" && g.Pages.Count == 16);
    }
}
