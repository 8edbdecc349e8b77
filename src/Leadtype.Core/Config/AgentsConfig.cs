using Leadtype.Collections;

namespace Leadtype.Config;

/// <summary><c>agents</c>: the agent-facing surfaces (robots policy, SEO, skills, agent card, MCP, NLWeb).</summary>
public sealed record AgentsConfig(
    McpConfig Mcp,
    NlwebConfig Nlweb,
    RobotsConfig Robots,
    SeoConfig Seo,
    AgentCardConfig AgentCard,
    SkillsConfig Skills)
{
    public static AgentsConfig Default { get; } = new(
        McpConfig.Default, NlwebConfig.Default, RobotsConfig.Default, SeoConfig.Default, AgentCardConfig.Default, SkillsConfig.Default);
}

/// <summary><c>agents.mcp</c>. Tools default to <c>search-docs</c> and <c>get-page</c> when <see cref="Tools"/> is empty.</summary>
public sealed record McpConfig(
    bool Enabled = false,
    string? Endpoint = null,
    string? Icon = null,
    McpServerInfo? ServerInfo = null,
    bool AuthenticationRequired = false,
    EquatableArray<string> Tools = default)
{
    public static McpConfig Default { get; } = new();

    public static EquatableArray<string> KnownTools { get; } = EquatableArray.Create("search-docs", "get-page", "list-pages");
}

public sealed record McpServerInfo(string? Name = null, string? Version = null, string? Description = null, string? Instructions = null);

/// <summary><c>agents.nlweb</c>: the NLWeb <c>/ask</c> endpoint and schema feeds.</summary>
public sealed record NlwebConfig(bool Enabled = false, string? Endpoint = null)
{
    public static NlwebConfig Default { get; } = new();
}

/// <summary>Crawler policy presets for robots.txt (config-cli §2.12).</summary>
public enum RobotsPolicy
{
    Balanced,
    Open,
    BlockTraining,
    BlockAi,
}

/// <summary><c>agents.robots</c>: the policy preset and optional Content-Signal overrides (null = from the policy).</summary>
public sealed record RobotsConfig(RobotsPolicy Policy = RobotsPolicy.Balanced, bool? SearchSignal = null, bool? AiInputSignal = null, bool? AiTrainSignal = null)
{
    public static RobotsConfig Default { get; } = new();

    /// <summary>The Content-Signal values after applying the overrides to the policy's preset.</summary>
    public (bool Search, bool AiInput, bool AiTrain) EffectiveSignals
    {
        get
        {
            var (search, aiInput, aiTrain) = Policy switch
            {
                RobotsPolicy.Open => (true, true, true),
                RobotsPolicy.BlockAi => (true, false, false),
                _ => (true, true, false),
            };
            return (SearchSignal ?? search, AiInputSignal ?? aiInput, AiTrainSignal ?? aiTrain);
        }
    }
}

/// <summary><c>agents.seo</c>.</summary>
public sealed record SeoConfig(string? OgImage = null, string? TwitterSite = null, EquatableArray<string> Keywords = default)
{
    public static SeoConfig Default { get; } = new();
}

/// <summary><c>agents.agentCard</c>: the A2A agent card (on by default).</summary>
public sealed record AgentCardConfig(bool Enabled = true, string Version = "1.0.0")
{
    public static AgentCardConfig Default { get; } = new();
}

/// <summary><c>agents.skills</c>: the built-in docs skill (on by default) and custom skills.</summary>
public sealed record SkillsConfig(bool DocsSkill = true, EquatableArray<SkillConfig> Items = default)
{
    public static SkillsConfig Default { get; } = new();
}

/// <summary>A custom agent skill (Agent Skills SKILL.md); the body is inline or read from <see cref="BodyPath"/> (relative to <c>--src</c>).</summary>
public sealed record SkillConfig(
    string Name,
    string Description,
    string? License = null,
    string? Compatibility = null,
    EquatableArray<string> AllowedTools = default,
    EquatableArray<SkillMetadataEntry> Metadata = default,
    string? Body = null,
    ConfigRelativePath? BodyPath = null,
    ConfigLocation Location = default);

public sealed record SkillMetadataEntry(string Key, string Value);
