using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Callout&gt;</c> → a blockquote opening with an emoji, the bold variant label and the bold title (§7.4):
/// <c>&gt; ⚠️ **Warning:** **Heads up**</c>. Unlike the original, the body keeps its inline formatting, links
/// and paragraphs (§17.1 #2, fixed); <c>&lt;strong&gt;</c>/<c>&lt;em&gt;</c>/<c>&lt;code&gt;</c>/<c>&lt;a&gt;</c> become real
/// Markdown instead of escaped markers; other inline tags are replaced by their text.
/// </summary>
public sealed class CalloutFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Callout" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var variantSource = ComponentProps.Raw(element, "variant") ?? ComponentProps.Raw(element, "type") ?? string.Empty;
        var variant = ComponentProps.UnwrapStringLiteral(variantSource);
        var (emoji, label) = Variant(variant.Length == 0 ? "info" : variant.ToLowerInvariant());
        var title = ComponentProps.UnwrapStringLiteral(ComponentProps.Raw(element, "title") ?? string.Empty).Trim();

        var header = new MdParagraph();
        header.Children.Add(MdNodes.Text(emoji + " "));
        header.Children.Add(MdNodes.Strong(label));
        if (title.Length > 0)
        {
            header.Children.Add(MdNodes.Text(" "));
            header.Children.Add(MdNodes.Strong(Whitespace.Normalize(title)));
        }

        var body = BlockContent.Blocks(InlineHtml.Convert(element.Children));
        var quote = new MdBlockquote();
        quote.Children.Add(header);
        var first = true;
        foreach (var block in body)
        {
            if (block is MdParagraph paragraph)
            {
                CollapseSoftBreaks(paragraph);
                if (first)
                {
                    // The first paragraph continues the header line, as in the original: "> ⚠️ **Warning:**\n> Body".
                    header.Children.Add(MdNodes.Text("\n"));
                    header.Children.AddRange(paragraph.Children);
                    first = false;
                    continue;
                }
            }

            first = false;
            quote.Children.Add(block);
        }

        return new MdNode[] { quote };
    }

    /// <summary>The original joins callout text with single spaces; soft breaks inside a paragraph become spaces.</summary>
    private static void CollapseSoftBreaks(MdParagraph paragraph)
    {
        foreach (var child in paragraph.Children)
        {
            if (child is MdText text)
            {
                text.Value = Whitespace.Collapse(text.Value);
            }
        }
    }

    private static (string Emoji, string Label) Variant(string variant) => variant switch
    {
        "warn" or "warning" => ("\u26A0\uFE0F", "Warning:"),
        "note" => ("\U0001F4DD", "Note:"),
        "tip" => ("\U0001F4A1", "Tip:"),
        "success" => ("\u2705", "Success:"),
        "error" => ("\u274C", "Error:"),
        "canary" => ("\U0001F424", "Canary:"),
        "deprecated" => ("\U0001F6AB", "Deprecated:"),
        "experimental" => ("\U0001F9EA", "Experimental:"),
        _ => ("\u2139\uFE0F", "Info:"),
    };
}
