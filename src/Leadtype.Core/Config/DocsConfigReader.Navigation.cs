using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private const string EntryForms = "a page string (\"quickstart\"), an include entry ({ \"include\": \"guides/*\" }) or a node ({ \"title\": \"Guides\", \"pages\": [ … ] })";

    private static EquatableArray<NavEntry> ReadNavigation(ConfigReadContext context, JsonObject root)
    {
        var array = context.AsArray(root["navigation"], "navigation", "an array of page entries or navigation nodes");
        if (array is null)
        {
            return default;
        }

        var entries = new List<NavEntry>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var entryPath = ConfigReadContext.Index("navigation", i);
            var item = array.Items[i];
            if (item is JsonObject obj && obj.Find("title") is not null)
            {
                if (ReadNavNode(context, obj, entryPath) is { } node)
                {
                    entries.Add(node);
                }
            }
            else if (ReadPageEntry(context, item, entryPath, EntryForms) is { } page)
            {
                entries.Add(page);
            }
        }

        return entries.ToEquatableArray();
    }

    private static NavNodeEntry? ReadNavNode(ConfigReadContext context, JsonObject obj, string path)
    {
        context.CheckMembers(obj, path, ConfigShapes.NavNode);
        var title = context.RequiredString(obj, path, "title", nonEmpty: true);
        var slug = context.OptionalString(obj, path, "slug", nonEmpty: true);
        var description = context.OptionalString(obj, path, "description");
        var @base = context.OptionalString(obj, path, "base");
        var optional = context.OptionalBool(obj, path, "optional") ?? false;

        var pages = new List<NavEntry>();
        var pagesPath = ConfigReadContext.Member(path, "pages");
        if (context.AsArray(obj["pages"], pagesPath, "an array of page strings or include entries") is { } pageArray)
        {
            for (var i = 0; i < pageArray.Items.Count; i++)
            {
                var itemPath = ConfigReadContext.Index(pagesPath, i);
                var item = pageArray.Items[i];
                if (item is JsonObject nested && nested.Find("title") is not null)
                {
                    context.Error(item, "`" + itemPath + "` is a node (it has a `title`); nodes go in `children`, `pages` holds page strings and include entries");
                    continue;
                }

                if (ReadPageEntry(context, item, itemPath, "a page string (\"quickstart\") or an include entry ({ \"include\": \"guides/*\" })") is { } page)
                {
                    pages.Add(page);
                }
            }
        }

        var children = new List<NavNodeEntry>();
        var childrenPath = ConfigReadContext.Member(path, "children");
        if (context.AsArray(obj["children"], childrenPath, "an array of navigation nodes") is { } childArray)
        {
            for (var i = 0; i < childArray.Items.Count; i++)
            {
                var itemPath = ConfigReadContext.Index(childrenPath, i);
                if (childArray.Items[i] is not JsonObject child || child.Find("title") is null)
                {
                    context.Error(childArray.Items[i], "`" + itemPath + "` must be a navigation node ({ \"title\": \"…\", \"pages\": [ … ] }); page strings and include entries go in `pages`");
                    continue;
                }

                if (ReadNavNode(context, child, itemPath) is { } childNode)
                {
                    children.Add(childNode);
                }
            }
        }

        return title is null
            ? null
            : new NavNodeEntry(title, slug, description, @base, pages.ToEquatableArray(), children.ToEquatableArray(), optional, context.Locate(obj, path));
    }

    private static NavEntry? ReadPageEntry(ConfigReadContext context, JsonValue item, string path, string forms)
    {
        if (item is JsonString page)
        {
            return new NavPageEntry(page.Value, context.Locate(item, path));
        }

        if (item is not JsonObject obj || obj.Find("include") is null)
        {
            context.Error(item, "`" + path + "` must be " + forms + ", got " + item.Describe());
            return null;
        }

        context.CheckMembers(obj, path, ConfigShapes.NavInclude);
        var include = context.RequiredString(obj, path, "include", nonEmpty: true);
        var exclude = context.StringList(obj, path, "exclude", allowSingle: true, nonEmptyItems: true);
        var required = context.OptionalBool(obj, path, "required") ?? false;
        var sort = new List<NavSortKey>();
        var sortPath = ConfigReadContext.Member(path, "sort");
        if (context.AsArray(obj["sort"], sortPath, "an array of \"order\", \"path\" or \"title\"") is { } sortArray)
        {
            for (var i = 0; i < sortArray.Items.Count; i++)
            {
                var key = sortArray.Items[i] is JsonString s ? s.Value : null;
                switch (key)
                {
                    case "order": sort.Add(NavSortKey.Order); break;
                    case "path": sort.Add(NavSortKey.Path); break;
                    case "title": sort.Add(NavSortKey.Title); break;
                    default:
                        context.Error(sortArray.Items[i], "`" + ConfigReadContext.Index(sortPath, i) + "` must be \"order\", \"path\" or \"title\", got " +
                            (key is null ? sortArray.Items[i].Describe() : "\"" + key + "\""));
                        break;
                }
            }
        }

        return include is null ? null : new NavIncludeEntry(include, exclude, sort.ToEquatableArray(), required, context.Locate(obj, path));
    }

    private static EquatableArray<GroupConfig> ReadGroups(ConfigReadContext context, JsonObject root)
    {
        var array = context.AsArray(root["groups"], "groups", "an array of { \"slug\", \"title\" } entries");
        return array is null ? default : ReadGroupList(context, array, "groups");
    }

    private static EquatableArray<GroupConfig> ReadGroupList(ConfigReadContext context, JsonArray array, string path)
    {
        var groups = new List<GroupConfig>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var groupPath = ConfigReadContext.Index(path, i);
            if (array.Items[i] is not JsonObject obj)
            {
                context.TypeError(array.Items[i], groupPath, "an object ({ \"slug\": \"guides\", \"title\": \"Guides\" })");
                continue;
            }

            context.CheckMembers(obj, groupPath, ConfigShapes.Group);
            var slug = context.RequiredString(obj, groupPath, "slug", " (pages join the group with frontmatter `group: <slug>`)", nonEmpty: true);
            var title = context.RequiredString(obj, groupPath, "title", nonEmpty: true);
            var description = context.OptionalString(obj, groupPath, "description");
            var childrenPath = ConfigReadContext.Member(groupPath, "children");
            var children = context.AsArray(obj["children"], childrenPath, "an array of groups") is { } childArray
                ? ReadGroupList(context, childArray, childrenPath)
                : default;
            if (slug is not null && title is not null)
            {
                groups.Add(new GroupConfig(slug, title, description, children, context.Locate(obj, groupPath)));
            }
        }

        return groups.ToEquatableArray();
    }

    private static EquatableArray<MountConfig> ReadMounts(ConfigReadContext context, JsonObject root)
    {
        var array = context.AsArray(root["mounts"], "mounts", "an array of { \"pathPrefix\", \"urlPrefix\" } entries");
        if (array is null)
        {
            return default;
        }

        var mounts = new List<MountConfig>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var mountPath = ConfigReadContext.Index("mounts", i);
            if (array.Items[i] is not JsonObject obj)
            {
                context.TypeError(array.Items[i], mountPath, "an object ({ \"pathPrefix\": \"changelog\", \"urlPrefix\": \"/changelog\" })");
                continue;
            }

            context.CheckMembers(obj, mountPath, ConfigShapes.Mount);
            var pathPrefix = context.RequiredString(obj, mountPath, "pathPrefix", " (a folder inside the docs folder, e.g. \"changelog\")");
            var urlPrefix = context.RequiredString(obj, mountPath, "urlPrefix", " (the URL the folder is served under, e.g. \"/changelog\")");
            if (pathPrefix is not null && HasParentSegment(pathPrefix))
            {
                context.Error(obj["pathPrefix"]!, "`" + ConfigReadContext.Member(mountPath, "pathPrefix") + "` must stay inside the docs folder (no `..` segments), got \"" + pathPrefix + "\"");
                continue;
            }

            if (pathPrefix is not null && urlPrefix is not null)
            {
                mounts.Add(new MountConfig(pathPrefix, urlPrefix, context.Locate(obj, mountPath)));
            }
        }

        return mounts.ToEquatableArray();
    }

    private static bool HasParentSegment(string path)
    {
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                return true;
            }
        }

        return false;
    }
}
