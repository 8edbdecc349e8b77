using System;
using System.Collections.Generic;
using Leadtype.Collections;
using Leadtype.Json;

namespace Leadtype.Config;

public static partial class DocsConfigReader
{
    private static EquatableArray<LlmsBlock> ReadLlms(ConfigReadContext context, JsonObject root)
    {
        const string path = "llms";
        var llms = context.AsObject(root["llms"], path);
        if (llms is null)
        {
            return default;
        }

        context.CheckMembers(llms, path, ConfigShapes.Llms);
        var sectionsPath = ConfigReadContext.Member(path, "sections");
        var sections = context.AsArray(llms["sections"], sectionsPath, "an array of blocks");
        if (sections is null)
        {
            return default;
        }

        var blocks = new List<LlmsBlock>();
        for (var i = 0; i < sections.Items.Count; i++)
        {
            var blockPath = ConfigReadContext.Index(sectionsPath, i);
            var block = context.AsObject(sections.Items[i], blockPath);
            if (block is null)
            {
                if (sections.Items[i] is JsonNull)
                {
                    context.TypeError(sections.Items[i], blockPath, "an object");
                }

                continue;
            }

            var type = block["type"] is null or JsonNull
                ? ReportMissingBlockType(context, block, blockPath)
                : context.Enum(block, blockPath, "type", "markdown", "links");
            if (type == "markdown")
            {
                context.CheckMembers(block, blockPath, ConfigShapes.MarkdownBlock);
                var heading = context.OptionalString(block, blockPath, "heading");
                var body = context.RequiredString(block, blockPath, "body", " (the Markdown written under the heading)");
                if (body is not null)
                {
                    blocks.Add(new LlmsMarkdownBlock(heading, body, context.Locate(block, blockPath)));
                }
            }
            else if (type == "links")
            {
                context.CheckMembers(block, blockPath, ConfigShapes.LinksBlock);
                var heading = context.RequiredString(block, blockPath, "heading", " (links blocks render under an H2)", nonEmpty: true);
                if (block["links"] is null or JsonNull)
                {
                    context.Error(block, "`" + ConfigReadContext.Member(blockPath, "links") + "` is required (an array of { \"urlPath\": \"/docs/…\" })");
                }

                var links = ReadCuratedLinks(context, block, blockPath, "links");
                if (heading is not null)
                {
                    blocks.Add(new LlmsLinksBlock(heading, links, context.Locate(block, blockPath)));
                }
            }
        }

        return blocks.ToEquatableArray();
    }

    private static string? ReportMissingBlockType(ConfigReadContext context, JsonObject block, string blockPath)
    {
        context.Error(block, "`" + ConfigReadContext.Member(blockPath, "type") + "` is required: \"markdown\" or \"links\"");
        return null;
    }

    private static EquatableArray<CuratedLink> ReadCuratedLinks(ConfigReadContext context, JsonObject owner, string ownerPath, string name)
    {
        var path = ConfigReadContext.Member(ownerPath, name);
        var array = context.AsArray(owner[name], path, "an array of links ({ \"urlPath\": \"/docs/…\" })");
        if (array is null)
        {
            return default;
        }

        var links = new List<CuratedLink>();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var linkPath = ConfigReadContext.Index(path, i);
            if (array.Items[i] is not JsonObject link)
            {
                context.TypeError(array.Items[i], linkPath, "an object ({ \"urlPath\": \"/docs/…\", \"title\"?, \"description\"? })");
                continue;
            }

            context.CheckMembers(link, linkPath, ConfigShapes.CuratedLink);
            var urlPath = context.RequiredString(link, linkPath, "urlPath", " (a page URL such as \"/docs/quickstart\")", nonEmpty: true);
            var title = context.OptionalString(link, linkPath, "title");
            var description = context.OptionalString(link, linkPath, "description");
            if (urlPath is null)
            {
                continue;
            }

            if (!IsLinkUrl(urlPath))
            {
                context.Error(link["urlPath"]!, "`" + ConfigReadContext.Member(linkPath, "urlPath") + "` must be a root-relative URL such as \"/docs/quickstart\" or an absolute http(s) URL, got \"" + urlPath + "\"");
                continue;
            }

            links.Add(new CuratedLink(urlPath, title, description, context.Locate(link["urlPath"]!, ConfigReadContext.Member(linkPath, "urlPath"))));
        }

        return links.ToEquatableArray();
    }

    private static bool IsLinkUrl(string url) =>
        (url.StartsWith("/", StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)) ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
