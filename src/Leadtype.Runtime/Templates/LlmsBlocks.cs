using System;
using System.Collections.Generic;
using Leadtype.Config;
using Scriban.Runtime;

namespace Leadtype.Templates;

/// <summary>
/// The <c>blocks</c> template value: <c>llms.sections</c> (or the legacy product fields) in order.
/// Each block has <c>is_markdown</c>/<c>is_links</c>, <c>heading</c>/<c>has_heading</c>,
/// <c>body</c> (markdown blocks) and <c>links</c> (links blocks, already resolved to pages).
/// A links block with no link left to show is dropped, as the reference renders nothing for it.
/// </summary>
internal static class LlmsBlocks
{
    public static ScriptArray Build(DocsConfig config, Func<CuratedLink, ScriptObject?> resolve)
    {
        var blocks = new List<ScriptObject>();
        foreach (var block in config.EffectiveLlmsBlocks)
        {
            switch (block)
            {
                case LlmsMarkdownBlock markdown:
                    blocks.Add(new ScriptObject
                    {
                        ["is_markdown"] = true,
                        ["is_links"] = false,
                        ["heading"] = markdown.Heading ?? string.Empty,
                        ["has_heading"] = !string.IsNullOrEmpty(markdown.Heading),
                        ["body"] = markdown.Body,
                        ["links"] = new ScriptArray(),
                    });
                    break;
                case LlmsLinksBlock links:
                    var resolved = new List<ScriptObject>();
                    foreach (var link in links.Links)
                    {
                        if (resolve(link) is { } item)
                        {
                            resolved.Add(item);
                        }
                    }

                    if (resolved.Count > 0)
                    {
                        blocks.Add(new ScriptObject
                        {
                            ["is_markdown"] = false,
                            ["is_links"] = true,
                            ["heading"] = links.Heading,
                            ["has_heading"] = links.Heading.Length > 0,
                            ["body"] = string.Empty,
                            ["links"] = TemplateModel.Array(resolved),
                        });
                    }

                    break;
            }
        }

        return TemplateModel.Array(blocks);
    }
}
