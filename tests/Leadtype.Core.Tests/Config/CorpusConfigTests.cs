using System.Linq;
using Leadtype.Config;
using Leadtype.Diagnostics;

namespace Leadtype.Core.Tests.Config;

public class CorpusConfigTests
{
    private static DocsConfigReadResult Read() => DocsConfigReader.Read(LeadtypeCorpus.ConfigPath, LeadtypeCorpus.ReadConfigText());

    [Fact]
    public void Leadtype_corpus_config_loads_without_errors()
    {
        var result = Read();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.NotNull(result.Config);
    }

    [Fact]
    public void Leadtype_corpus_config_warns_about_exactly_the_fields_we_do_not_support_yet()
    {
        var result = Read();
        var warnings = result.Diagnostics.Select(d => d.ToCompilerString().Replace(LeadtypeCorpus.ConfigPath, "leadtype.json")).ToArray();

        Assert.Equal(new[]
        {
            "leadtype.json:23:3: warning LT0101: `openapi` is not supported by Leadtype for .NET yet and is ignored; no API reference pages are generated from OpenAPI specs",
            "leadtype.json:298:7: warning LT0101: `lint.snippets.typecheck` is not supported by Leadtype for .NET yet and is ignored; TypeScript snippets are not type-checked",
        }, warnings.OrderBy(w => w.Length < 20 ? 0 : int.Parse(w.Split(':')[1])).ToArray());
        Assert.Equal(new[] { "openapi", "lint.snippets.typecheck" }.OrderBy(x => x), result.Config!.UnsupportedFields.OrderBy(x => x));
    }

    [Fact]
    public void Leadtype_corpus_config_carries_every_section_into_the_model()
    {
        var config = Read().Config!;

        Assert.Equal("Leadtype", config.Product.Name);
        Assert.StartsWith("A docs pipeline that turns one MDX source", config.Product.Tagline);
        Assert.Equal(ProductKind.Library, config.Product.Kind);
        Assert.Equal("DeveloperApplication", config.Product.Category);
        Assert.Equal("https://github.com/inthhq/leadtype", config.Product.Repository);

        Assert.Equal("Inth", config.Organization!.Name);
        var contact = Assert.Single(config.Organization.ContactPoints);
        Assert.Equal(("customer support", "support@inth.com"), (contact.ContactType, contact.Email));
        Assert.Equal(new[] { "https://github.com/inthhq" }, config.Organization.SameAs);

        Assert.Equal(5, config.LlmsSections.Count);
        var links = Assert.IsType<LlmsLinksBlock>(config.LlmsSections[3]);
        Assert.Equal("Best Starting Points", links.Heading);
        Assert.Equal(18, links.Links.Count);
        Assert.Equal("/docs", links.Links[0].UrlPath);
        Assert.Equal("llms.sections[3].links[0].urlPath", links.Links[0].Location.JsonPath);

        Assert.Equal(12, config.Navigation.Count);
        Assert.Equal(new NavPageEntry("index", new ConfigLocation("navigation[0]", 151, 5)), config.Navigation[0]);
        var pipeline = Assert.IsType<NavNodeEntry>(config.Navigation[4]);
        Assert.Equal(("Docs Pipeline", "pipeline"), (pipeline.Title, pipeline.Base));
        Assert.Equal(new[] { "Sources", "Build", "Generate & operate" }, pipeline.Children.Select(c => c.Title));
        var changelog = Assert.IsType<NavNodeEntry>(config.Navigation[11]);
        Assert.True(changelog.Optional);

        Assert.Equal(new MountConfig("changelog", "/changelog", new ConfigLocation("mounts[0]", 272, 5)), Assert.Single(config.Mounts));
        var feed = Assert.Single(config.Feeds);
        Assert.Equal(("changelog", "/changelog", "/changelog/rss.xml", "/changelog/atom.xml", 20), (feed.Id, feed.SourceUrlPrefix, feed.RssOutput, feed.AtomOutput, feed.Limit));
        Assert.Equal(new[] { FeedFormat.Rss, FeedFormat.Atom }, feed.Formats);

        Assert.NotNull(config.Redirects);
        Assert.Equal(new ConfigRelativePath("paths.lock.json", ConfigPathBase.DocsDirectory), config.Redirects!.EffectiveLockfile);
        Assert.True(config.Lint.SnippetsTypecheck);

        Assert.Equal(RobotsPolicy.Balanced, config.Agents.Robots.Policy);
        Assert.True(config.Agents.Mcp.Enabled);
        Assert.True(config.Agents.Nlweb.Enabled);
        Assert.Equal(5, config.Agents.Seo.Keywords.Count);
        var skill = Assert.Single(config.Agents.Skills.Items);
        Assert.Equal("setup-agent-ready-docs", skill.Name);
        Assert.Equal(new[] { "Bash", "Read", "Edit", "Write" }, skill.AllowedTools);
        Assert.Equal(ConfigPathBase.SourceDirectory, skill.BodyPath!.Base);
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_configs()
    {
        var first = Read();
        var second = Read();
        Assert.Equal(first.Config, second.Config);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Config!.GetHashCode(), second.Config!.GetHashCode());
    }
}
