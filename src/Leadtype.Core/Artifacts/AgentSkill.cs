using Leadtype.Collections;
using Leadtype.Config;

namespace Leadtype.Artifacts;

/// <summary>
/// One agent skill to publish: the built-in docs skill or a <c>agents.skills.items</c> entry.
/// <see cref="Body"/> is the Markdown after the frontmatter; null for the docs skill, whose body the
/// SKILL.md template writes from the product and mode.
/// </summary>
public sealed record AgentSkill(
    string Name,
    string Description,
    bool IsDocsSkill,
    string? License = null,
    string? Compatibility = null,
    EquatableArray<string> AllowedTools = default,
    EquatableArray<SkillMetadataEntry> Metadata = default,
    string? Body = null,
    ConfigLocation Location = default);
