using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private static SearchConfig ReadSearch(ConfigReadContext context, JsonObject root)
    {
        const string path = "search";
        var search = context.AsObject(root["search"], path);
        if (search is null)
        {
            return SearchConfig.Default;
        }

        context.CheckMembers(search, path, ConfigShapes.Search);
        var synonymsPath = ConfigReadContext.Member(path, "synonyms");
        var synonyms = new List<SearchSynonym>();
        if (context.AsObject(search["synonyms"], synonymsPath) is { } map)
        {
            context.CheckDuplicateKeys(map, synonymsPath);
            foreach (var property in map.Properties)
            {
                var termPath = ConfigReadContext.Member(synonymsPath, property.Name);
                if (property.Name.Trim().Length == 0)
                {
                    context.Error(property.Line, property.Column, "`" + termPath + "`: a synonym term must not be empty");
                    continue;
                }

                if (property.Value is not JsonArray)
                {
                    context.TypeError(property.Value, termPath, "an array of strings (words that also match \"" + property.Name + "\")");
                    continue;
                }

                var alternatives = context.StringList(map, synonymsPath, property.Name, nonEmptyItems: true);
                if (alternatives.IsEmpty)
                {
                    context.Error(property.Value, "`" + termPath + "` must list at least one word");
                    continue;
                }

                synonyms.Add(new SearchSynonym(property.Name, alternatives));
            }
        }

        return new SearchConfig(synonyms.ToEquatableArray());
    }

    private static GitConfig ReadGit(ConfigReadContext context, JsonObject root)
    {
        var git = context.AsObject(root["git"], "git");
        if (git is null)
        {
            return new GitConfig();
        }

        context.CheckMembers(git, "git", ConfigShapes.Git);
        return new GitConfig(context.StringList(git, "git", "ignoredAuthors"));
    }

    private static RedirectsConfig? ReadRedirects(ConfigReadContext context, JsonObject root)
    {
        const string path = "redirects";
        var redirects = context.AsObject(root["redirects"], path);
        if (redirects is null)
        {
            return null;
        }

        context.CheckMembers(redirects, path, ConfigShapes.Redirects);
        var lockfile = context.OptionalString(redirects, path, "lockfile", nonEmpty: true);
        var removed = context.StringList(redirects, path, "removed", nonEmptyItems: true);
        return new RedirectsConfig(
            lockfile is null ? null : new ConfigRelativePath(lockfile, ConfigPathBase.DocsDirectory, context.Locate(redirects["lockfile"]!, ConfigReadContext.Member(path, "lockfile"))),
            removed);
    }

    private static LintConfig ReadLint(ConfigReadContext context, JsonObject root)
    {
        const string path = "lint";
        var lint = context.AsObject(root["lint"], path);
        if (lint is null)
        {
            return new LintConfig();
        }

        context.CheckMembers(lint, path, ConfigShapes.Lint);
        EquatableArray<string>? ignore = lint["ignore"] is null or JsonNull ? null : context.StringList(lint, path, "ignore");
        var unknownFieldSeverity = context.Enum(lint, path, "unknownFieldSeverity", "warn", "error") == "error" ? LintSeverity.Error : LintSeverity.Warn;

        var rules = new List<LintRuleSetting>();
        var rulesPath = ConfigReadContext.Member(path, "rules");
        if (context.AsObject(lint["rules"], rulesPath) is { } ruleMap)
        {
            context.CheckDuplicateKeys(ruleMap, rulesPath);
            foreach (var property in ruleMap.Properties)
            {
                var level = property.Value is JsonString s ? s.Value : null;
                switch (level)
                {
                    case "off": rules.Add(new LintRuleSetting(property.Name, LintSeverity.Off)); break;
                    case "warn": rules.Add(new LintRuleSetting(property.Name, LintSeverity.Warn)); break;
                    case "error": rules.Add(new LintRuleSetting(property.Name, LintSeverity.Error)); break;
                    default:
                        context.Error(property.Value, "`" + ConfigReadContext.Member(rulesPath, property.Name) + "` must be \"off\", \"warn\", or \"error\"");
                        break;
                }
            }
        }

        var externalIgnore = default(EquatableArray<string>);
        var ttlHours = 168d;
        var externalPath = ConfigReadContext.Member(path, "externalLinks");
        if (context.AsObject(lint["externalLinks"], externalPath) is { } external)
        {
            context.CheckMembers(external, externalPath, ConfigShapes.LintExternalLinks);
            externalIgnore = context.StringList(external, externalPath, "ignore");
            if (external["ttlHours"] is { } ttl && ttl is not JsonNull)
            {
                if (ttl is JsonNumber n && n.Value >= 0)
                {
                    ttlHours = n.Value;
                }
                else
                {
                    context.Error(ttl, "`" + ConfigReadContext.Member(externalPath, "ttlHours") + "` must be a non-negative finite number");
                }
            }
        }

        var typecheck = false;
        var snippetsPath = ConfigReadContext.Member(path, "snippets");
        if (context.AsObject(lint["snippets"], snippetsPath) is { } snippets)
        {
            context.CheckMembers(snippets, snippetsPath, ConfigShapes.LintSnippets);
            typecheck = context.OptionalBool(snippets, snippetsPath, "typecheck") ?? false;
            if (typecheck)
            {
                context.Unsupported(snippets.Find("typecheck")!, ConfigReadContext.Member(snippetsPath, "typecheck"));
            }
        }

        return new LintConfig(ignore, unknownFieldSeverity, rules.ToEquatableArray(), externalIgnore, ttlHours, typecheck);
    }

    private static TemplatesConfig ReadTemplates(ConfigReadContext context, JsonObject root)
    {
        const string path = "templates";
        var templates = context.AsObject(root["templates"], path);
        if (templates is null)
        {
            return TemplatesConfig.Default;
        }

        context.CheckMembers(templates, path, ConfigShapes.Templates);
        ConfigRelativePath? Template(string name)
        {
            var value = context.OptionalString(templates, path, name, nonEmpty: true);
            return value is null
                ? null
                : new ConfigRelativePath(value, ConfigPathBase.ConfigDirectory, context.Locate(templates[name]!, ConfigReadContext.Member(path, name)));
        }

        return new TemplatesConfig(Template("llmsTxt"), Template("docsLlmsTxt"), Template("llmsFullTxt"), Template("agentsMd"), Template("sitemapMd"));
    }
}
