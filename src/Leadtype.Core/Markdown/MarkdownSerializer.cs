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
    /// <summary>Document builders kept per thread up to this capacity (chars): small enough to leave on the compiler's threads when the generator runs.</summary>
    private const int MaxCachedCapacity = 1 << 18;

    [ThreadStatic]
    private static Writer? t_writer;

    [ThreadStatic]
    private static StringBuilder? t_document;

    /// <summary>The document: blocks joined by blank lines, one trailing newline; <c>""</c> when empty.</summary>
    public static string Serialize(MdNode root, MarkdownWriteOptions? options = null) => Document(root, options, compactTables: false);

    /// <summary>
    /// A page body as the agent pipeline writes it: <see cref="Serialize"/>, then table rows compacted
    /// (<see cref="TableCompaction"/>), copied out of the writer's buffer once.
    /// </summary>
    public static string SerializeCompacted(MdNode root, MarkdownWriteOptions? options = null) => Document(root, options, compactTables: true);

    private static string Document(MdNode root, MarkdownWriteOptions? options, bool compactTables)
    {
        // Reused per thread (taken while in use, so a nested call gets its own): pages are
        // serialized by the thousand, and the builder's chunks and the writer's scratch builders
        // were most of what serializing allocated.
        var builder = t_document ?? new StringBuilder(4096);
        var writer = t_writer ?? new Writer();
        t_document = null;
        t_writer = null;
        try
        {
            writer.Options = options ?? MarkdownWriteOptions.Default;
            writer.Block(root, builder);
            if (builder.Length == 0)
            {
                return string.Empty;
            }

            builder.Append('\n');
            return compactTables ? TableCompaction.Compact(builder) : builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= MaxCachedCapacity)
            {
                // Clear() folds the chunks into one array sized for this page: the next page appends into it.
                builder.Clear();
                t_document = builder;
            }

            t_writer = writer;
        }
    }

    /// <summary>Several blocks joined as in a document, without the trailing newline.</summary>
    public static string SerializeBlocks(IReadOnlyList<MdNode> nodes, MarkdownWriteOptions? options = null)
    {
        var builder = new StringBuilder();
        new Writer { Options = options ?? MarkdownWriteOptions.Default }.Blocks(nodes, builder);
        return builder.ToString();
    }

    /// <summary>Phrasing content as it prints inside a paragraph.</summary>
    public static string SerializeInline(IReadOnlyList<MdNode> nodes, MarkdownWriteOptions? options = null)
    {
        var builder = new StringBuilder();
        new Writer { Options = options ?? MarkdownWriteOptions.Default }.Inlines(nodes, builder, atLineStart: false);
        return builder.ToString();
    }

    /// <summary>
    /// Writes into one output builder. Nested block content that needs line prefixes (quotes, list
    /// items, footnotes) is written to a pooled scratch builder and copied over once, prefixed.
    /// </summary>
    private sealed class Writer
    {
        private readonly Stack<StringBuilder> _scratch = new();
        private char[] _copy = new char[256];

        public MarkdownWriteOptions Options { get; set; } = MarkdownWriteOptions.Default;

        /// <summary>Blocks joined by blank lines; each block's trailing whitespace trimmed, empty blocks dropped.</summary>
        public void Blocks(IReadOnlyList<MdNode> nodes, StringBuilder builder)
        {
            var wrote = false;
            for (var index = 0; index < nodes.Count; index++)
            {
                var node = nodes[index];
                var mark = builder.Length;
                if (wrote)
                {
                    builder.Append("\n\n");
                }

                var start = builder.Length;
                Block(node, builder);
                TrimEnd(builder, start);
                if (builder.Length == start)
                {
                    builder.Length = mark;
                }
                else
                {
                    wrote = true;
                }
            }
        }

        public void Block(MdNode node, StringBuilder builder)
        {
            switch (node)
            {
                case MdRoot root:
                    Blocks(root.Children, builder);
                    break;
                case MdParagraph paragraph:
                    Inlines(paragraph.Children, builder, atLineStart: true);
                    break;
                case MdHeading heading:
                    builder.Append('#', Math.Max(1, Math.Min(6, heading.Depth))).Append(' ');
                    Inlines(heading.Children, builder, atLineStart: false);
                    break;
                case MdThematicBreak:
                    builder.Append("***");
                    break;
                case MdBlockquote quote:
                {
                    var scratch = Rent();
                    Blocks(quote.Children, scratch);
                    AppendQuoted(builder, scratch);
                    Return(scratch);
                    break;
                }

                case MdCode code:
                    CodeFence(code, builder);
                    break;
                case MdList list:
                    List(list, builder);
                    break;
                case MdTable table:
                    Table(table, builder);
                    break;
                case MdDefinition definition:
                    builder.Append('[').Append(Label(definition.Label, definition.Identifier)).Append("]: ").Append(definition.Url).Append(Title(definition.Title));
                    break;
                case MdFootnoteDefinition footnote:
                {
                    builder.Append("[^").Append(Label(footnote.Label, footnote.Identifier)).Append("]: ");
                    var scratch = Rent();
                    Blocks(footnote.Children, scratch);
                    AppendIndented(builder, scratch, 4);
                    Return(scratch);
                    break;
                }

                case MdBreak:
                    builder.Append("\\\n");
                    break;
                case MdxEsm esm:
                    builder.Append(esm.Value);
                    break;
                case MdxExpression { IsFlow: true } expression:
                    builder.Append(expression.Value);
                    break;
                case MdxJsxElement { IsFlow: true } element:
                    FlowElement(element, builder);
                    break;
                default:
                    Inline(node, builder, atLineStart: builder.Length == 0 || builder[builder.Length - 1] == '\n');
                    break;
            }
        }

        public void Inlines(IReadOnlyList<MdNode> nodes, StringBuilder builder, bool atLineStart)
        {
            var start = builder.Length;
            for (var index = 0; index < nodes.Count; index++)
            {
                var node = nodes[index];
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
                    Block(node, builder);
                    break;
            }
        }

        /// <summary>Children printed as blocks (untrimmed) joined by blank lines, inside the tags; no children: self-closing.</summary>
        private void FlowElement(MdxJsxElement element, StringBuilder builder)
        {
            var children = Rent();
            foreach (var child in element.Children)
            {
                var mark = children.Length;
                if (mark > 0)
                {
                    children.Append("\n\n");
                }

                var start = children.Length;
                Block(child, children);
                if (children.Length == start)
                {
                    children.Length = mark;
                }
            }

            if (children.Length == 0)
            {
                OpeningTag(element, builder, selfClosing: true);
            }
            else
            {
                OpeningTag(element, builder, selfClosing: false);
                builder.Append('\n').Append(children).Append('\n');
                ClosingTag(element, builder);
            }

            Return(children);
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

        private static void CodeFence(MdCode code, StringBuilder builder)
        {
            var fence = Math.Max(3, LongestRun(code.Value, '`') + 1);
            builder.Append('`', fence);
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

            builder.Append('\n').Append(code.Value).Append('\n').Append('`', fence);
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

        private void List(MdList list, StringBuilder builder)
        {
            var start = list.Start ?? 1;
            var first = true;
            var body = Rent();
            for (var index = 0; index < list.Children.Count; index++)
            {
                if (list.Children[index] is not MdListItem item)
                {
                    continue;
                }

                if (!first)
                {
                    builder.Append(list.Spread ? "\n\n" : "\n");
                }

                first = false;
                var markerStart = builder.Length;
                if (list.Ordered)
                {
                    builder.Append((start + index).ToString(CultureInfo.InvariantCulture)).Append('.');
                }
                else
                {
                    builder.Append(Options.Bullet);
                }

                var indent = builder.Length - markerStart + 1;
                builder.Append(' ');
                if (item.Checked is { } isChecked)
                {
                    builder.Append(isChecked ? "[x] " : "[ ] ");
                }

                body.Length = 0;
                ItemBody(item, body);
                AppendIndented(builder, body, indent);
            }

            Return(body);
        }

        private void ItemBody(MdListItem item, StringBuilder builder)
        {
            MdNode? previous = null;
            foreach (var child in item.Children)
            {
                var mark = builder.Length;
                if (previous is not null)
                {
                    builder.Append(IsTightSublist(previous, child) ? "\n" : "\n\n");
                }

                var start = builder.Length;
                Block(child, builder);
                TrimEnd(builder, start);
                if (builder.Length == start)
                {
                    builder.Length = mark;
                    continue;
                }

                previous = child;
            }
        }

        /// <summary>A paragraph directly followed in the source by a tight bullet list (§9.5).</summary>
        private static bool IsTightSublist(MdNode? previous, MdNode next) =>
            previous is MdParagraph paragraph && next is MdList { Ordered: false, Spread: false } list
            && !paragraph.Range.IsEmpty && !list.Range.IsEmpty
            && list.Range.StartLine - paragraph.Range.EndLine <= 1;

        private void Table(MdTable table, StringBuilder builder)
        {
            var columns = table.Align.Count;
            foreach (var row in table.Children)
            {
                if (row is MdTableRow tableRow)
                {
                    columns = Math.Max(columns, tableRow.Children.Count);
                }
            }

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
        }

        private void AppendCell(StringBuilder builder, MdParent cell)
        {
            var content = Rent();
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

            Return(content);
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

        /// <summary>Appends <paramref name="text"/> with every line prefixed <c>&gt; </c>, empty lines as <c>&gt;</c>.</summary>
        private void AppendQuoted(StringBuilder builder, StringBuilder text)
        {
            var chars = CopyOut(text);
            var length = text.Length;
            var lineStart = 0;
            while (true)
            {
                var end = lineStart;
                while (end < length && chars[end] != '\n')
                {
                    end++;
                }

                if (end == lineStart)
                {
                    builder.Append('>');
                }
                else
                {
                    builder.Append("> ").Append(chars, lineStart, end - lineStart);
                }

                if (end >= length)
                {
                    break;
                }

                builder.Append('\n');
                lineStart = end + 1;
            }
        }

        /// <summary>Appends <paramref name="text"/>, indenting every non-empty line after the first.</summary>
        private void AppendIndented(StringBuilder builder, StringBuilder text, int indent)
        {
            var chars = CopyOut(text);
            var length = text.Length;
            var lineStart = 0;
            while (true)
            {
                var end = lineStart;
                while (end < length && chars[end] != '\n')
                {
                    end++;
                }

                if (lineStart > 0 && end > lineStart)
                {
                    builder.Append(' ', indent);
                }

                builder.Append(chars, lineStart, end - lineStart);
                if (end >= length)
                {
                    break;
                }

                builder.Append('\n');
                lineStart = end + 1;
            }
        }

        /// <summary>The builder's characters in a reused array (StringBuilder indexing is slow on large builders).</summary>
        private char[] CopyOut(StringBuilder text)
        {
            if (_copy.Length < text.Length)
            {
                _copy = new char[Math.Max(text.Length, _copy.Length * 2)];
            }

            text.CopyTo(0, _copy, 0, text.Length);
            return _copy;
        }

        private StringBuilder Rent() => _scratch.Count > 0 ? _scratch.Pop() : new StringBuilder(256);

        private void Return(StringBuilder builder)
        {
            builder.Length = 0;
            _scratch.Push(builder);
        }

        private static void TrimEnd(StringBuilder builder, int start)
        {
            while (builder.Length > start && char.IsWhiteSpace(builder[builder.Length - 1]))
            {
                builder.Length--;
            }
        }
    }
}
