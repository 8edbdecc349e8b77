using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Markdown;

/// <summary>
/// Prints the tree as Markdown (§9 of the conversion reference): <c>*</c> bullets, <c>***</c>
/// breaks, <c>*em*</c>, backslash hard breaks, backtick fences sized to their content, full
/// reference links, blocks joined by one blank line, JSX printed back for components nothing
/// flattened. Fixes over the original: image references, footnote references and footnote
/// definitions are printed instead of vanishing, and block syntax in text stays escaped.
/// </summary>
public static class MarkdownSerializer
{
    /// <summary>The document: blocks joined by blank lines, one trailing newline; <c>""</c> when empty.</summary>
    public static string Serialize(MdNode root, MarkdownWriteOptions? options = null)
    {
        var body = new Writer(options ?? MarkdownWriteOptions.Default).Block(root);
        return body.Length == 0 ? string.Empty : body + "\n";
    }

    /// <summary>Several blocks joined as in a document, without the trailing newline.</summary>
    public static string SerializeBlocks(IReadOnlyList<MdNode> nodes, MarkdownWriteOptions? options = null) =>
        new Writer(options ?? MarkdownWriteOptions.Default).Blocks(nodes);

    /// <summary>Phrasing content as it prints inside a paragraph.</summary>
    public static string SerializeInline(IReadOnlyList<MdNode> nodes, MarkdownWriteOptions? options = null)
    {
        var builder = new StringBuilder();
        new Writer(options ?? MarkdownWriteOptions.Default).Inlines(nodes, builder, atLineStart: false);
        return builder.ToString();
    }

    private sealed class Writer
    {
        private readonly MarkdownWriteOptions _options;

        public Writer(MarkdownWriteOptions options) => _options = options;

        public string Blocks(IReadOnlyList<MdNode> nodes)
        {
            var builder = new StringBuilder();
            foreach (var node in nodes)
            {
                var text = TrimEnd(Block(node));
                if (text.Length == 0)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append("\n\n");
                }

                builder.Append(text);
            }

            return builder.ToString();
        }

        public string Block(MdNode node)
        {
            switch (node)
            {
                case MdRoot root:
                    return Blocks(root.Children);
                case MdParagraph paragraph:
                {
                    var builder = new StringBuilder();
                    Inlines(paragraph.Children, builder, atLineStart: true);
                    return builder.ToString();
                }

                case MdHeading heading:
                {
                    var builder = new StringBuilder();
                    builder.Append('#', Math.Max(1, Math.Min(6, heading.Depth))).Append(' ');
                    Inlines(heading.Children, builder, atLineStart: false);
                    return builder.ToString();
                }

                case MdThematicBreak:
                    return "***";
                case MdBlockquote quote:
                    return PrefixLines(Blocks(quote.Children));
                case MdCode code:
                    return CodeFence(code);
                case MdList list:
                    return List(list);
                case MdTable table:
                    return Table(table);
                case MdDefinition definition:
                    return "[" + Label(definition.Label, definition.Identifier) + "]: " + definition.Url + Title(definition.Title);
                case MdFootnoteDefinition footnote:
                    return FootnoteDefinition(footnote);
                case MdBreak:
                    return "\\\n";
                case MdxEsm esm:
                    return esm.Value;
                case MdxExpression { IsFlow: true } expression:
                    return expression.Value;
                case MdxJsxElement { IsFlow: true } element:
                    return FlowElement(element);
                default:
                {
                    var builder = new StringBuilder();
                    Inline(node, builder, atLineStart: true);
                    return builder.ToString();
                }
            }
        }

        public void Inlines(IReadOnlyList<MdNode> nodes, StringBuilder builder, bool atLineStart)
        {
            var start = builder.Length;
            foreach (var node in nodes)
            {
                var lineStart = builder.Length == start ? atLineStart : builder[builder.Length - 1] == '\n';
                Inline(node, builder, lineStart);
            }
        }

        private void Inline(MdNode node, StringBuilder builder, bool atLineStart)
        {
            switch (node)
            {
                case MdText text:
                    MarkdownTextEscaper.Append(builder, text.Value, atLineStart);
                    break;
                case MdStrong strong:
                    builder.Append("**");
                    Inlines(strong.Children, builder, atLineStart: false);
                    builder.Append("**");
                    break;
                case MdEmphasis emphasis:
                    builder.Append('*');
                    Inlines(emphasis.Children, builder, atLineStart: false);
                    builder.Append('*');
                    break;
                case MdDelete delete:
                    builder.Append("~~");
                    Inlines(delete.Children, builder, atLineStart: false);
                    builder.Append("~~");
                    break;
                case MdInlineCode code:
                    InlineCode(code.Value, builder);
                    break;
                case MdLink link:
                {
                    builder.Append('[');
                    var labelStart = builder.Length;
                    Inlines(link.Children, builder, atLineStart: false);
                    // Link labels keep `://` readable (the autolinked `[http://x](http://x)`).
                    builder.Replace("\\://", "://", labelStart, builder.Length - labelStart);
                    builder.Append("](").Append(link.Url).Append(Title(link.Title)).Append(')');
                    break;
                }

                case MdLinkReference reference:
                    builder.Append('[');
                    Inlines(reference.Children, builder, atLineStart: false);
                    builder.Append("][").Append(Label(reference.Label, reference.Identifier)).Append(']');
                    break;
                case MdImage image:
                    builder.Append("![").Append(image.Alt).Append("](").Append(image.Url).Append(Title(image.Title)).Append(')');
                    break;
                case MdImageReference imageReference:
                    builder.Append("![").Append(imageReference.Alt).Append("][").Append(Label(imageReference.Label, imageReference.Identifier)).Append(']');
                    break;
                case MdFootnoteReference footnote:
                    builder.Append("[^").Append(Label(footnote.Label, footnote.Identifier)).Append(']');
                    break;
                case MdBreak:
                    builder.Append("\\\n");
                    break;
                case MdxJsxElement element:
                    TextElement(element, builder);
                    break;
                case MdLiteral literal:
                    // Expressions, ESM and any other node with a value print raw (§9.6).
                    builder.Append(literal.Value);
                    break;
                case MdParagraph paragraph:
                    Inlines(paragraph.Children, builder, atLineStart);
                    break;
                case MdParent parent:
                {
                    // Block content inside phrasing (a component flattened inside a paragraph): its
                    // children, separated by blank lines (§9.6).
                    var first = true;
                    foreach (var child in parent.Children)
                    {
                        if (!first)
                        {
                            builder.Append("\n\n");
                        }

                        Inline(child, builder, first ? atLineStart : true);
                        first = false;
                    }

                    break;
                }

                default:
                    builder.Append(Block(node));
                    break;
            }
        }

        private string FlowElement(MdxJsxElement element)
        {
            var children = new StringBuilder();
            foreach (var child in element.Children)
            {
                var text = Block(child);
                if (text.Length == 0)
                {
                    continue;
                }

                if (children.Length > 0)
                {
                    children.Append("\n\n");
                }

                children.Append(text);
            }

            var builder = new StringBuilder();
            OpeningTag(element, builder, selfClosing: children.Length == 0);
            if (children.Length == 0)
            {
                return builder.ToString();
            }

            builder.Append('\n').Append(children).Append('\n');
            ClosingTag(element, builder);
            return builder.ToString();
        }

        private void TextElement(MdxJsxElement element, StringBuilder builder)
        {
            if (element.Children.Count == 0)
            {
                OpeningTag(element, builder, selfClosing: true);
                return;
            }

            OpeningTag(element, builder, selfClosing: false);
            Inlines(element.Children, builder, atLineStart: false);
            ClosingTag(element, builder);
        }

        private static void OpeningTag(MdxJsxElement element, StringBuilder builder, bool selfClosing)
        {
            builder.Append('<').Append(element.Name);
            foreach (var attribute in element.Attributes)
            {
                switch (attribute.Kind)
                {
                    case MdxAttributeKind.String:
                        builder.Append(' ').Append(attribute.Name).Append("=\"").Append((attribute.Value ?? string.Empty).Replace("\"", "&quot;")).Append('"');
                        break;
                    case MdxAttributeKind.Boolean:
                        builder.Append(' ').Append(attribute.Name);
                        break;
                    case MdxAttributeKind.Expression:
                        builder.Append(' ').Append(attribute.Name).Append("={").Append(attribute.Value).Append('}');
                        break;
                }
            }

            if (selfClosing)
            {
                builder.Append(element.Name is null ? "></>" : " />");
            }
            else
            {
                builder.Append('>');
            }
        }

        private static void ClosingTag(MdxJsxElement element, StringBuilder builder) =>
            builder.Append("</").Append(element.Name).Append('>');

        private static string CodeFence(MdCode code)
        {
            var fence = new string('`', Math.Max(3, LongestRun(code.Value, '`') + 1));
            var builder = new StringBuilder(code.Value.Length + 16);
            builder.Append(fence);
            if (!string.IsNullOrEmpty(code.Lang))
            {
                builder.Append(code.Lang);
            }

            if (!string.IsNullOrEmpty(code.Meta))
            {
                if (!string.IsNullOrEmpty(code.Lang))
                {
                    builder.Append(' ');
                }

                builder.Append(code.Meta);
            }

            return builder.Append('\n').Append(code.Value).Append('\n').Append(fence).ToString();
        }

        private static void InlineCode(string value, StringBuilder builder)
        {
            value = value.Replace('\n', ' ');
            var ticks = new string('`', LongestRun(value, '`') + 1);
            var pad = value.IndexOf('`') >= 0 || (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' '));
            builder.Append(ticks);
            if (pad)
            {
                builder.Append(' ');
            }

            builder.Append(value);
            if (pad)
            {
                builder.Append(' ');
            }

            builder.Append(ticks);
        }

        private string List(MdList list)
        {
            var builder = new StringBuilder();
            var start = list.Start ?? 1;
            for (var index = 0; index < list.Children.Count; index++)
            {
                if (list.Children[index] is not MdListItem item)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(list.Spread ? "\n\n" : "\n");
                }

                var marker = list.Ordered ? (start + index).ToString(CultureInfo.InvariantCulture) + "." : _options.Bullet.ToString();
                var indent = marker.Length + 1;
                builder.Append(marker).Append(' ');
                if (item.Checked is { } isChecked)
                {
                    builder.Append(isChecked ? "[x] " : "[ ] ");
                }

                AppendIndented(builder, ItemBody(item), indent);
            }

            return builder.ToString();
        }

        private string ItemBody(MdListItem item)
        {
            var builder = new StringBuilder();
            MdNode? previous = null;
            foreach (var child in item.Children)
            {
                var text = TrimEnd(Block(child));
                if (text.Length == 0)
                {
                    continue;
                }

                if (builder.Length > 0)
                {
                    builder.Append(IsTightSublist(previous, child) ? "\n" : "\n\n");
                }

                builder.Append(text);
                previous = child;
            }

            return builder.ToString();
        }

        /// <summary>A paragraph directly followed in the source by a tight bullet list (§9.5).</summary>
        private static bool IsTightSublist(MdNode? previous, MdNode next) =>
            previous is MdParagraph paragraph && next is MdList { Ordered: false, Spread: false } list
            && !paragraph.Range.IsEmpty && !list.Range.IsEmpty
            && list.Range.StartLine - paragraph.Range.EndLine <= 1;

        private string Table(MdTable table)
        {
            var columns = table.Align.Count;
            foreach (var row in table.Children)
            {
                if (row is MdTableRow tableRow)
                {
                    columns = Math.Max(columns, tableRow.Children.Count);
                }
            }

            var builder = new StringBuilder();
            var first = true;
            foreach (var row in table.Children)
            {
                if (row is not MdTableRow tableRow)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append('\n');
                }

                builder.Append('|');
                for (var column = 0; column < columns; column++)
                {
                    builder.Append(' ');
                    if (column < tableRow.Children.Count && tableRow.Children[column] is MdParent cell)
                    {
                        AppendCell(builder, cell);
                    }

                    builder.Append(" |");
                }

                if (first)
                {
                    builder.Append("\n|");
                    for (var column = 0; column < columns; column++)
                    {
                        var align = column < table.Align.Count ? table.Align[column] : MdAlign.None;
                        builder.Append(' ').Append(align switch
                        {
                            MdAlign.Left => ":---",
                            MdAlign.Center => ":---:",
                            MdAlign.Right => "---:",
                            _ => "---",
                        }).Append(" |");
                    }

                    first = false;
                }
            }

            return builder.ToString();
        }

        private void AppendCell(StringBuilder builder, MdParent cell)
        {
            var content = new StringBuilder();
            Inlines(cell.Children, content, atLineStart: false);
            for (var i = 0; i < content.Length; i++)
            {
                var c = content[i];
                switch (c)
                {
                    case '|':
                        builder.Append("\\|");
                        break;
                    case '\r':
                    case '\n':
                        builder.Append(' ');
                        break;
                    case '&' when i > 0 && i + 1 < content.Length && IsWordChar(content[i - 1]) && IsWordChar(content[i + 1]):
                        builder.Append("\\&");
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }
        }

        private string FootnoteDefinition(MdFootnoteDefinition footnote)
        {
            var builder = new StringBuilder();
            builder.Append("[^").Append(Label(footnote.Label, footnote.Identifier)).Append("]: ");
            AppendIndented(builder, Blocks(footnote.Children), 4);
            return builder.ToString();
        }

        private static string PrefixLines(string text)
        {
            var builder = new StringBuilder(text.Length + 16);
            var lineStart = 0;
            while (true)
            {
                var newline = text.IndexOf('\n', lineStart);
                var end = newline < 0 ? text.Length : newline;
                if (end == lineStart)
                {
                    builder.Append('>');
                }
                else
                {
                    builder.Append("> ").Append(text, lineStart, end - lineStart);
                }

                if (newline < 0)
                {
                    break;
                }

                builder.Append('\n');
                lineStart = newline + 1;
            }

            return builder.ToString();
        }

        /// <summary>Appends <paramref name="text"/>, indenting every non-empty line after the first.</summary>
        private static void AppendIndented(StringBuilder builder, string text, int indent)
        {
            var lineStart = 0;
            while (true)
            {
                var newline = text.IndexOf('\n', lineStart);
                var end = newline < 0 ? text.Length : newline;
                if (lineStart > 0 && end > lineStart)
                {
                    builder.Append(' ', indent);
                }

                builder.Append(text, lineStart, end - lineStart);
                if (newline < 0)
                {
                    break;
                }

                builder.Append('\n');
                lineStart = newline + 1;
            }
        }

        private static string Title(string? title) =>
            string.IsNullOrEmpty(title) ? string.Empty : " \"" + title!.Replace("\"", "\\\"") + "\"";

        private static string Label(string? label, string identifier) => string.IsNullOrEmpty(label) ? identifier : label!;

        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static int LongestRun(string value, char c)
        {
            var longest = 0;
            var current = 0;
            foreach (var ch in value)
            {
                if (ch == c)
                {
                    current++;
                    if (current > longest)
                    {
                        longest = current;
                    }
                }
                else
                {
                    current = 0;
                }
            }

            return longest;
        }

        private static string TrimEnd(string text)
        {
            var end = text.Length;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end == text.Length ? text : text.Substring(0, end);
        }
    }
}
