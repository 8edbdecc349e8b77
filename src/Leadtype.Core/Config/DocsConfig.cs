using System.Collections.Generic;
using System.Linq;
using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary>
/// The validated contents of <c>leadtype.json</c>: the fields of the original's
/// <c>docs.config.ts</c> (config-cli §2) plus <c>search</c>, <c>templates</c> and <c>components</c>.
/// Value-equatable, so the source generator can cache it. Read with <see cref="DocsConfigReader"/>.
/// </summary>
public sealed record DocsConfig
{
    /// <summary>The config file as the caller named it (used in diagnostics).</summary>
    public string FilePath { get; init; } = "leadtype.json";

    public ProductConfig Product { get; init; } = new("Docs", "Generated documentation.");

    public OrganizationConfig? Organization { get; init; }

    /// <summary><c>llms.sections</c> in order (empty when unset).</summary>
    public EquatableArray<LlmsBlock> LlmsSections { get; init; }

    /// <summary>Curated navigation; empty means "not configured".</summary>
    public EquatableArray<NavEntry> Navigation { get; init; }

    /// <summary>Legacy groups; empty means "not configured".</summary>
    public EquatableArray<GroupConfig> Groups { get; init; }

    public EquatableArray<MountConfig> Mounts { get; init; }

    public EquatableArray<FeedConfig> Feeds { get; init; }

    public AgentsConfig Agents { get; init; } = AgentsConfig.Default;

    public SearchConfig Search { get; init; } = SearchConfig.Default;

    /// <summary>Rename tracking; null when the <c>redirects</c> block is absent (tracking off).</summary>
    public RedirectsConfig? Redirects { get; init; }

    public LintConfig Lint { get; init; } = new();

    public GitConfig Git { get; init; } = new();

    public TemplatesConfig Templates { get; init; } = TemplatesConfig.Default;

    public EquatableArray<ComponentDeclaration> Components { get; init; }

    /// <summary>Base directory for type tables (relative to <c>--src</c>); read, but type tables are not evaluated.</summary>
    public ConfigRelativePath? TypeTableBasePath { get; init; }

    public bool TypeTableStrict { get; init; }

    /// <summary>Fields that were present but are not supported yet (each also reported as LT0101), e.g. <c>openapi</c>.</summary>
    public EquatableArray<string> UnsupportedFields { get; init; }

    /// <summary>
    /// The URL paths under which the original generates pages from <c>openapi</c> (<c>/docs/api</c> by default). No
    /// pages are generated here; rename tracking keeps the lockfile's entries under them instead of calling them deleted.
    /// </summary>
    public EquatableArray<string> OpenApiRoutes { get; init; }

    /// <summary>
    /// The llms.txt blocks to render: <c>llms.sections</c> when set; otherwise the legacy product
    /// fields turned into blocks as the reference does — <c>bullets</c> → "Product Summary",
    /// <c>bestStartingPoints</c> → "Best Starting Points", <c>agentGuidance</c> → "Agent Guidance".
    /// </summary>
    public EquatableArray<LlmsBlock> EffectiveLlmsBlocks
    {
        get
        {
            if (!LlmsSections.IsEmpty)
            {
                return LlmsSections;
            }

            var blocks = new List<LlmsBlock>();
            if (!Product.Bullets.IsEmpty)
            {
                blocks.Add(new LlmsMarkdownBlock("Product Summary", string.Join("\n", Product.Bullets.Select(b => "- " + b)), Product.Location));
            }

            if (!Product.BestStartingPoints.IsEmpty)
            {
                blocks.Add(new LlmsLinksBlock("Best Starting Points", Product.BestStartingPoints, Product.Location));
            }

            if (!string.IsNullOrWhiteSpace(Product.AgentGuidance))
            {
                blocks.Add(new LlmsMarkdownBlock("Agent Guidance", Product.AgentGuidance!, Product.Location));
            }

            return blocks.ToEquatableArray();
        }
    }

    /// <summary>Every curated link in the config (links blocks and legacy starting points), for link checks.</summary>
    public IEnumerable<CuratedLink> CuratedLinks =>
        LlmsSections.OfType<LlmsLinksBlock>().SelectMany(b => b.Links).Concat(Product.BestStartingPoints);
}
