using System.Collections.Generic;
using Leadtype.Markdown;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Prompt title description&gt;…&lt;/Prompt&gt;</c> → bold title, description, then the content as Markdown
/// (with <c>-</c> bullets) inside a <c>```prompt</c> fence that grows past any backtick run in it (§7.15), so an
/// agent can copy the prompt verbatim.
/// </summary>
public sealed class PromptFlattener : IComponentFlattener
{
    private static readonly MarkdownWriteOptions DashBullets = new() { Bullet = '-' };

    public IReadOnlyList<string> Names { get; } = new[] { "Prompt" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var result = new List<MdNode>(3);
        var title = ComponentProps.Normalized(element, "title");
        if (title.Length > 0)
        {
            result.Add(MdNodes.StrongParagraph(title));
        }

        var description = ComponentProps.Normalized(element, "description");
        if (description.Length > 0)
        {
            result.Add(MdNodes.TextParagraph(description));
        }

        var body = MarkdownSerializer.SerializeBlocks(BlockContent.Blocks(element.Children), DashBullets).Trim();
        if (body.Length > 0)
        {
            result.Add(MdNodes.Code(body, "prompt"));
        }

        return result;
    }
}
