using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private static readonly Regex SkillName = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    private static AgentsConfig ReadAgents(ConfigReadContext context, JsonObject root)
    {
        const string path = "agents";
        var agents = context.AsObject(root["agents"], path);
        if (agents is null)
        {
            return AgentsConfig.Default;
        }

        context.CheckMembers(agents, path, ConfigShapes.Agents);
        return new AgentsConfig(
            ReadMcp(context, agents),
            ReadNlweb(context, agents),
            ReadRobots(context, agents),
            ReadSeo(context, agents),
            ReadAgentCard(context, agents),
            ReadSkills(context, agents));
    }

    private static McpConfig ReadMcp(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.mcp";
        var mcp = context.AsObject(agents["mcp"], path);
        if (mcp is null)
        {
            return McpConfig.Default;
        }

        context.CheckMembers(mcp, path, ConfigShapes.Mcp);
        var enabled = context.OptionalBool(mcp, path, "enabled") ?? false;
        var endpoint = context.OptionalString(mcp, path, "endpoint", nonEmpty: true);
        var icon = context.OptionalString(mcp, path, "icon");
        var logo = context.OptionalString(mcp, path, "logo");

        McpServerInfo? serverInfo = null;
        var infoPath = ConfigReadContext.Member(path, "serverInfo");
        if (context.AsObject(mcp["serverInfo"], infoPath) is { } info)
        {
            context.CheckMembers(info, infoPath, ConfigShapes.McpServerInfo);
            serverInfo = new McpServerInfo(
                context.OptionalString(info, infoPath, "name"),
                context.OptionalString(info, infoPath, "version"),
                context.OptionalString(info, infoPath, "description"),
                context.OptionalString(info, infoPath, "instructions"));
        }

        var authenticationRequired = false;
        var authPath = ConfigReadContext.Member(path, "authentication");
        if (context.AsObject(mcp["authentication"], authPath) is { } auth)
        {
            context.CheckMembers(auth, authPath, ConfigShapes.McpAuthentication);
            authenticationRequired = context.OptionalBool(auth, authPath, "required") ?? false;
        }

        var tools = new List<string>();
        var toolsPath = ConfigReadContext.Member(path, "tools");
        context.StringList(mcp, path, "tools"); // reports the type errors; names are checked below
        if (mcp["tools"] is JsonArray toolArray)
        {
            for (var i = 0; i < toolArray.Items.Count; i++)
            {
                if (toolArray.Items[i] is not JsonString tool)
                {
                    continue; // already reported by StringList
                }

                if (!McpConfig.KnownTools.Contains(tool.Value))
                {
                    context.Error(tool, "`" + ConfigReadContext.Index(toolsPath, i) + "` must be one of " + ConfigReadContext.Quote(McpConfig.KnownTools) + ", got \"" + tool.Value + "\"");
                }
                else if (!tools.Contains(tool.Value))
                {
                    tools.Add(tool.Value);
                }
            }
        }

        return new McpConfig(enabled, endpoint, icon ?? logo, serverInfo, authenticationRequired, tools.ToEquatableArray());
    }

    private static NlwebConfig ReadNlweb(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.nlweb";
        var nlweb = context.AsObject(agents["nlweb"], path);
        if (nlweb is null)
        {
            return NlwebConfig.Default;
        }

        context.CheckMembers(nlweb, path, ConfigShapes.Nlweb);
        return new NlwebConfig(context.OptionalBool(nlweb, path, "enabled") ?? false, context.OptionalString(nlweb, path, "endpoint", nonEmpty: true));
    }

    private static RobotsConfig ReadRobots(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.robots";
        var robots = context.AsObject(agents["robots"], path);
        if (robots is null)
        {
            return RobotsConfig.Default;
        }

        context.CheckMembers(robots, path, ConfigShapes.Robots);
        var policy = context.Enum(robots, path, "policy", "balanced", "open", "block-training", "block-ai") switch
        {
            "open" => RobotsPolicy.Open,
            "block-training" => RobotsPolicy.BlockTraining,
            "block-ai" => RobotsPolicy.BlockAi,
            _ => RobotsPolicy.Balanced,
        };

        bool? search = null, aiInput = null, aiTrain = null;
        var signalsPath = ConfigReadContext.Member(path, "signals");
        if (context.AsObject(robots["signals"], signalsPath) is { } signals)
        {
            context.CheckMembers(signals, signalsPath, ConfigShapes.RobotsSignals);
            search = YesNo(context.Enum(signals, signalsPath, "search", "yes", "no"));
            aiInput = YesNo(context.Enum(signals, signalsPath, "aiInput", "yes", "no"));
            aiTrain = YesNo(context.Enum(signals, signalsPath, "aiTrain", "yes", "no"));
        }

        return new RobotsConfig(policy, search, aiInput, aiTrain);
    }

    private static bool? YesNo(string? value) => value is null ? null : value == "yes";

    private static SeoConfig ReadSeo(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.seo";
        var seo = context.AsObject(agents["seo"], path);
        if (seo is null)
        {
            return SeoConfig.Default;
        }

        context.CheckMembers(seo, path, ConfigShapes.Seo);
        return new SeoConfig(
            context.OptionalString(seo, path, "ogImage"),
            context.OptionalString(seo, path, "twitterSite"),
            context.StringList(seo, path, "keywords"));
    }

    private static AgentCardConfig ReadAgentCard(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.agentCard";
        var card = context.AsObject(agents["agentCard"], path);
        if (card is null)
        {
            return AgentCardConfig.Default;
        }

        context.CheckMembers(card, path, ConfigShapes.AgentCard);
        return new AgentCardConfig(
            context.OptionalBool(card, path, "enabled") ?? true,
            context.OptionalString(card, path, "version", nonEmpty: true) ?? "1.0.0");
    }

    private static SkillsConfig ReadSkills(ConfigReadContext context, JsonObject agents)
    {
        const string path = "agents.skills";
        var skills = context.AsObject(agents["skills"], path);
        if (skills is null)
        {
            return SkillsConfig.Default;
        }

        context.CheckMembers(skills, path, ConfigShapes.Skills);
        var docsSkill = context.OptionalBool(skills, path, "docsSkill") ?? true;
        var items = new List<SkillConfig>();
        var itemsPath = ConfigReadContext.Member(path, "items");
        var names = new HashSet<string>();
        if (context.AsArray(skills["items"], itemsPath, "an array of skills") is { } array)
        {
            for (var i = 0; i < array.Items.Count; i++)
            {
                var skillPath = ConfigReadContext.Index(itemsPath, i);
                if (array.Items[i] is not JsonObject skill)
                {
                    context.TypeError(array.Items[i], skillPath, "an object ({ \"name\", \"description\", \"body\" or \"bodyPath\" })");
                    continue;
                }

                if (ReadSkill(context, skill, skillPath, names) is { } item)
                {
                    items.Add(item);
                }
            }
        }

        return new SkillsConfig(docsSkill, items.ToEquatableArray());
    }

    private static SkillConfig? ReadSkill(ConfigReadContext context, JsonObject skill, string path, HashSet<string> names)
    {
        context.CheckMembers(skill, path, ConfigShapes.Skill);
        var name = context.RequiredString(skill, path, "name", nonEmpty: true);
        if (name is not null && !SkillName.IsMatch(name))
        {
            context.Error(skill["name"]!, "`" + ConfigReadContext.Member(path, "name") + "` must be lower-case letters, digits and dashes, starting with a letter or digit (e.g. \"setup-docs\"), got \"" + name + "\"");
            name = null;
        }
        else if (name is not null && !names.Add(name))
        {
            context.Error(skill["name"]!, "`" + ConfigReadContext.Member(path, "name") + "` repeats the skill name \"" + name + "\"; skill names must be unique");
            name = null;
        }

        var description = context.RequiredString(skill, path, "description", " (agents pick skills by their description)", nonEmpty: true);
        if (description is not null && description.Length > 1024)
        {
            context.Error(skill["description"]!, "`" + ConfigReadContext.Member(path, "description") + "` is " + description.Length + " characters; the Agent Skills limit is 1024");
            description = null;
        }

        var license = context.OptionalString(skill, path, "license");
        var compatibility = context.OptionalString(skill, path, "compatibility");
        var allowedTools = context.StringList(skill, path, "allowedTools");
        var metadata = new List<SkillMetadataEntry>();
        var metadataPath = ConfigReadContext.Member(path, "metadata");
        if (context.AsObject(skill["metadata"], metadataPath) is { } meta)
        {
            context.CheckDuplicateKeys(meta, metadataPath);
            foreach (var property in meta.Properties)
            {
                if (property.Value is JsonString value)
                {
                    metadata.Add(new SkillMetadataEntry(property.Name, value.Value));
                }
                else
                {
                    context.TypeError(property.Value, ConfigReadContext.Member(metadataPath, property.Name), "a string");
                }
            }
        }

        var body = context.OptionalString(skill, path, "body");
        var bodyPathText = context.OptionalString(skill, path, "bodyPath", nonEmpty: true);
        if (body is not null && bodyPathText is not null)
        {
            context.Error(skill["bodyPath"]!, "`" + path + "` sets both `body` and `bodyPath`; keep one");
        }

        var bodyPath = bodyPathText is null
            ? null
            : new ConfigRelativePath(bodyPathText, ConfigPathBase.SourceDirectory, context.Locate(skill["bodyPath"]!, ConfigReadContext.Member(path, "bodyPath")));
        return name is null || description is null
            ? null
            : new SkillConfig(name, description, license, compatibility, allowedTools, metadata.ToEquatableArray(), body, bodyPath, context.Locate(skill, path));
    }
}
