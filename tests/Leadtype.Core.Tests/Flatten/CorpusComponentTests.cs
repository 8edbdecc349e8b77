using System;
using System.IO;
using System.Linq;
using Leadtype.Conversion;
using Leadtype.Core.Tests.TestSupport;

namespace Leadtype.Core.Tests.Flatten;

/// <summary>Spot checks of flattened components on real pages of the leadtype docs corpus.</summary>
public class CorpusComponentTests
{
    private static readonly Lazy<InMemoryDocsFiles> Files = new(() =>
    {
        var files = new InMemoryDocsFiles();
        foreach (var path in Directory.GetFiles(RepositoryPaths.LeadtypeCorpusDocs, "*.mdx", SearchOption.AllDirectories))
        {
            files.Add(Path.GetRelativePath(RepositoryPaths.LeadtypeCorpusDocs, path), File.ReadAllText(path));
        }

        return files;
    });

    private static ConvertedPage Convert(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.LeadtypeCorpusDocs, relativePath));
        return PageConverter.Convert(new PageSource(relativePath, text), Files.Value);
    }

    [Fact]
    public void Tabs_page_prints_every_framework_tab_with_its_code()
    {
        var page = Convert("search/add-search.mdx");

        Assert.DoesNotContain("<Tab", page.Markdown);
        var titles = new[] { "**React**", "**Vue**", "**Svelte**", "**Vanilla**" };
        var positions = titles.Select(t => page.Markdown.IndexOf("\n" + t + "\n", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.OrderBy(p => p), positions);
        Assert.Contains("**React**\n\n```tsx\nimport { useLeadtypeSearch } from \"leadtype/search/react\";", page.Markdown);
        Assert.Contains("```\n\nNext App Router apps can import the same hook from `leadtype/next/client`.", page.Markdown);
        Assert.DoesNotContain(page.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Type_table_page_renders_property_tables_with_escaped_union_pipes()
    {
        var page = Convert("reference/i18n.mdx");

        Assert.DoesNotContain("<TypeTable", page.Markdown);
        Assert.Contains("|Property|Type|Description|Default|Required|\n|:--|:--|:--|:--|:--:|\n|defaultLocale|string|Locale served at the unprefixed docs root. Must be one of \\`locales\\`.|-|Optional|", page.Markdown);
        Assert.Contains("|resolveDocsLocale|(pathname, i18n?, docsUrlPrefix?) => string \\|undefined|", page.Markdown);
        Assert.Empty(page.Diagnostics);
    }

    [Fact]
    public void Steps_page_numbers_steps_and_flattens_the_tabs_inside_a_step()
    {
        var page = Convert("reference/mcp.mdx");

        Assert.Contains("1. **Install the MCP SDK** It's an optional peer dependency — install it in the project that runs the server.\n\n   ```bash\n   bun add @modelcontextprotocol/sdk\n   ```", page.Markdown);
        Assert.Contains("3. **Point your editor at the binary** Use an **absolute** `--artifacts` path", page.Markdown);
        Assert.Contains("   **Cursor**\n\n   ```json\n   // .cursor/mcp.json", page.Markdown);
        Assert.Contains("   **Claude Desktop**\n\n   ```json\n   // claude_desktop_config.json", page.Markdown);
        Assert.Contains("5. **Ask the agent** Restart the client", page.Markdown);
        Assert.DoesNotContain("<Step", page.Markdown);
    }

    [Fact]
    public void Components_page_flattens_every_showcased_component_and_leaves_code_examples_alone()
    {
        var page = Convert("writing/components.mdx");

        Assert.Contains("> ℹ️ **Info:** **Heads up**\n> Callouts wrap supporting context", page.Markdown);
        Assert.Contains("|npm|`npm install leadtype`|\n|pnpm|`pnpm add leadtype`|\n|yarn|`yarn add leadtype`|\n|bun|`bun add leadtype`|", page.Markdown);
        Assert.Contains("```text\npublic/\n├── llms.txt\n└── docs/\n    └── index.md\n```", page.Markdown);
        Assert.Contains("```tsx\n<Callout title=\"Heads up\" variant=\"info\">", page.Markdown);
        Assert.Empty(page.Diagnostics);
    }

    [Fact]
    public void No_corpus_page_reports_a_component_problem()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.LeadtypeCorpusDocs, "*.mdx", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.LeadtypeCorpusDocs, path).Replace('\\', '/');
            var page = Convert(relative);
            Assert.DoesNotContain(page.Diagnostics, d => d.Id is "LT0012" or "LT0013" or "LT0014" or "LT0015" || d.IsError);
        }
    }
}
