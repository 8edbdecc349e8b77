using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Blocks;
using Leadtype.Mdx.Inlines;
using Leadtype.Mdx.Jsx;
using Leadtype.Mdx.Syntax;
using Leadtype.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Leadtype.Mdx.Tree;

/// <summary>
/// Turns Markdig's AST (with the MDX blocks and inlines) into the mdast-like tree of
/// <see cref="Leadtype.Mdx.Syntax"/>: nests JSX, merges text runs, keeps definitions in place,
/// and gives every node its range in file coordinates.
/// </summary>
internal sealed class MdxTreeBuilder
{
    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly int _lineOffset;
    private readonly string _filePath;
    private readonly List<DocsDiagnostic> _diagnostics;

    // The line of the last position lookup: the builder asks in nearly source order.
    private int _lineHint;

    private readonly int _bodyStart;

    /// <param name="text">The text Markdig parsed: the body, or the whole page source when the body was parsed in place.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/> (the frontmatter lines before it are skipped).</param>
    /// <param name="lineOffset">Lines to add to positions in <paramref name="text"/> to get file lines.</param>
    /// <param name="filePath">Docs-relative path used in diagnostics.</param>
    /// <param name="diagnostics">Receives located diagnostics.</param>
    public MdxTreeBuilder(string text, int bodyStart, int lineOffset, string filePath, List<DocsDiagnostic> diagnostics)
    {
        _text = text;
        _bodyStart = bodyStart;
        _lines = new LineIndex(text);
        _lineOffset = lineOffset;
        _filePath = filePath;
        _diagnostics = diagnostics;
    }

    public MdRoot Build(MarkdownDocument document)
    {
        var root = new MdRoot();
        var blocks = new List<Block>(document.Count);
        List<Block>? moved = null;
        foreach (var block in document)
        {
            switch (block)
            {
                case LinkReferenceDefinitionGroup group:
                    foreach (var definition in group)
                    {
                        if (definition is LinkReferenceDefinition { } link && link is not FootnoteLinkReferenceDefinition)
                        {
                            (moved ??= new List<Block>()).Add(link);
                        }
                    }

                    break;
                case FrontmatterLines:
                    break;
                case FootnoteGroup footnotes:
                    foreach (var footnote in footnotes)
                    {
                        (moved ??= new List<Block>()).Add(footnote);
                    }

                    break;
                default:
                    blocks.Add(block);
                    break;
            }
        }

        // Markdig gathers definitions and footnotes into groups; mdast keeps them where they were written.
        if (moved is not null)
        {
            blocks.AddRange(moved);
            blocks.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        AddBlocks(blocks, root.Children, "page");
        if (_text.Length > _bodyStart)
        {
            root.Range = RangeOf(_bodyStart, _text.Length);
        }

        return root;
    }

    public void Report(DocsDiagnosticDescriptor descriptor, int offset, string message)
    {
        var (line, column) = _lines.GetPosition(offset);
        _diagnostics.Add(new DocsDiagnostic(descriptor.Id, descriptor.DefaultSeverity, _filePath, line + _lineOffset, column, message));
    }

    /// <summary>File-coordinate range of body offsets [<paramref name="start"/>, <paramref name="end"/>), trailing whitespace excluded.</summary>
    public SourceRange RangeOf(int start, int end)
    {
        if (end > _text.Length)
        {
            end = _text.Length;
        }

        while (end > start && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        var (startLine, startColumn) = _lines.GetPosition(start, ref _lineHint);
        var (endLine, endColumn) = _lines.GetPosition(end, ref _lineHint);
        return new SourceRange(startLine + _lineOffset, startColumn, endLine + _lineOffset, endColumn);
    }

    private SourceRange RangeOf(MarkdownObject node) =>
        node.Span.IsEmpty || node.Span.Start < 0 ? default : RangeOf(node.Span.Start, node.Span.End + 1);

    private void AddBlocks(IList<Block> blocks, List<MdNode> target, string containerName)
    {
        var nesting = RentNesting(target, containerName);
        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            switch (block)
            {
                case MdxFlowBlock flow:
                    foreach (var item in flow.Items)
                    {
                        switch (item.Kind)
                        {
                            case MdxFlowItemKind.Tag:
                                nesting.Tag(item.Tag!, item.Start, isFlow: true);
                                break;
                            case MdxFlowItemKind.Expression:
                                nesting.Add(new MdxExpression(item.Expression!, isFlow: true) { Range = RangeOf(item.Start, item.End) });
                                break;
                        }
                    }

                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(paragraph, nesting);
                    break;
                default:
                    var node = ConvertBlock(block);
                    if (node is not null)
                    {
                        nesting.Add(node);
                    }

                    break;
            }
        }

        nesting.Finish();
        ReturnNesting(nesting);
    }

    // One JsxNesting per container being converted; reused, since every paragraph, emphasis and link
    // needs one and most never see a tag.
    private readonly Stack<JsxNesting> _nestings = new();

    private JsxNesting RentNesting(List<MdNode> target, string containerName)
    {
        var nesting = _nestings.Count > 0 ? _nestings.Pop() : new JsxNesting(this);
        nesting.Reset(target, containerName);
        return nesting;
    }

    private void ReturnNesting(JsxNesting nesting) => _nestings.Push(nesting);

    private MdNode? ConvertBlock(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
            {
                var node = new MdHeading(heading.Level) { Range = RangeOf(heading) };
                AddInlines(heading.Inline, node.Children, "heading");
                return node;
            }

            case ThematicBreakBlock:
                return new MdThematicBreak { Range = RangeOf(block) };
            case QuoteBlock quote:
            {
                var node = new MdBlockquote { Range = RangeOf(quote) };
                AddBlocks(quote, node.Children, "block quote");
                return node;
            }

            case ListBlock list:
                return ConvertList(list);
            case FencedCodeBlock fence:
                return new MdCode(CodeValue(fence), NullIfEmpty(fence.Info), NullIfEmpty(fence.Arguments)) { Range = RangeOf(fence) };
            case CodeBlock code:
                return new MdCode(CodeValue(code)) { Range = RangeOf(code) };
            case Table table:
                return ConvertTable(table);
            case MdxEsmBlock esm:
                return new MdxEsm(_text.Substring(esm.Start, esm.End - esm.Start).TrimEnd()) { Range = RangeOf(esm.Start, esm.End) };
            case LinkReferenceDefinition definition:
                return new MdDefinition(NormalizeIdentifier(definition.Label ?? string.Empty), definition.Label ?? string.Empty, definition.Url ?? string.Empty, NullIfEmpty(definition.Title))
                {
                    Range = RangeOf(definition),
                };
            case Footnote footnote:
            {
                var label = (footnote.Label ?? string.Empty).TrimStart('^');
                var node = new MdFootnoteDefinition(NormalizeIdentifier(label), label) { Range = RangeOf(footnote) };
                var children = new List<Block>();
                foreach (var child in footnote)
                {
                    // Markdig appends a paragraph of back-links to each footnote.
                    if (child is ParagraphBlock { Inline: { } inline } && inline.FirstChild is FootnoteLink { IsBackLink: true })
                    {
                        continue;
                    }

                    children.Add(child);
                }

                AddBlocks(children, node.Children, "footnote");
                return node;
            }

            case ContainerBlock container:
            {
                // Anything else with children (extensions we do not name) keeps its content.
                var node = new MdRoot { Range = RangeOf(container) };
                AddBlocks(container, node.Children, "block");
                return node;
            }

            case LeafBlock leaf when leaf.Inline is not null:
            {
                var node = new MdParagraph { Range = RangeOf(leaf) };
                AddInlines(leaf.Inline, node.Children, "paragraph");
                return node;
            }

            default:
                return null;
        }
    }

    private void AddParagraph(ParagraphBlock paragraph, JsxNesting nesting)
    {
        var inline = paragraph.Inline;
        if (inline is null)
        {
            return;
        }

        // A paragraph that starts with an opening tag it never closes (`<Callout>Text` … `</Callout>`
        // on a later line) opens a flow element; one that ends with a closing tag it never opened
        // closes one. Authors write both; MDX rejects them, we keep the content.
        var first = FirstSignificant(inline);
        if (first is MdxTagInline { Tag.Kind: JsxTagKind.Open } opening && !ClosesWithin(inline, opening))
        {
            nesting.Tag(opening.Tag, opening.Span.Start, isFlow: true);
            opening.Remove();
            TrimLeadingWhitespace(inline);
        }

        MdxTagInline? trailingClose = null;
        var last = LastSignificant(inline);
        if (last is MdxTagInline { Tag.Kind: JsxTagKind.Close } closing && !OpensWithin(inline, closing))
        {
            trailingClose = closing;
            closing.Remove();
        }

        if (inline.FirstChild is not null && !IsBlank(inline))
        {
            var node = new MdParagraph { Range = RangeOf(paragraph) };
            AddInlines(inline, node.Children, "paragraph");
            nesting.Add(Unwrap(node));
        }

        if (trailingClose is not null)
        {
            nesting.Tag(trailingClose.Tag, trailingClose.Span.Start, isFlow: true);
        }
    }

    /// <summary>
    /// A paragraph holding one JSX element and nothing else is that element at flow level, with
    /// phrasing children (§3.3: <c>&lt;Callout&gt;Be *careful*.&lt;/Callout&gt;</c>).
    /// </summary>
    private static MdNode Unwrap(MdParagraph paragraph)
    {
        MdxJsxElement? element = null;
        foreach (var child in paragraph.Children)
        {
            if (child is MdText text && string.IsNullOrWhiteSpace(text.Value))
            {
                continue;
            }

            if (child is MdxJsxElement candidate && element is null)
            {
                element = candidate;
                continue;
            }

            return paragraph;
        }

        if (element is null)
        {
            return paragraph;
        }

        element.IsFlow = true;
        return element;
    }

    private MdList ConvertList(ListBlock list)
    {
        var node = new MdList { Ordered = list.IsOrdered, Range = RangeOf(list) };
        if (list.IsOrdered)
        {
            node.Start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        }

        var previousEndLine = -1;
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var itemNode = new MdListItem { Range = RangeOf(item) };
            if (previousEndLine >= 0 && !itemNode.Range.IsEmpty && itemNode.Range.StartLine > previousEndLine + 1)
            {
                node.Spread = true;
            }

            previousEndLine = itemNode.Range.EndLine;
            if (item.Count > 0 && item[0] is ParagraphBlock { Inline.FirstChild: TaskList task })
            {
                itemNode.Checked = task.Checked;
                task.Remove();
                if (((ParagraphBlock)item[0]).Inline is { } first)
                {
                    TrimLeadingWhitespace(first);
                }
            }

            AddBlocks(item, itemNode.Children, "list item");
            node.Children.Add(itemNode);
        }

        return node;
    }

    private MdTable ConvertTable(Table table)
    {
        var node = new MdTable { Range = RangeOf(table) };
        foreach (var column in table.ColumnDefinitions)
        {
            node.Align.Add(column.Alignment switch
            {
                TableColumnAlign.Left => MdAlign.Left,
                TableColumnAlign.Center => MdAlign.Center,
                TableColumnAlign.Right => MdAlign.Right,
                _ => MdAlign.None,
            });
        }

        foreach (var rowBlock in table)
        {
            if (rowBlock is not TableRow row)
            {
                continue;
            }

            var rowNode = new MdTableRow { Range = RangeOf(row) };
            foreach (var cellBlock in row)
            {
                if (cellBlock is not TableCell cell)
                {
                    continue;
                }

                var cellNode = new MdTableCell { Range = RangeOf(cell) };
                foreach (var content in cell)
                {
                    if (content is LeafBlock { Inline: { } inline })
                    {
                        AddInlines(inline, cellNode.Children, "table cell");
                    }
                }

                rowNode.Children.Add(cellNode);
            }

            node.Children.Add(rowNode);
        }

        // Markdig can leave the column list shorter than the widest row.
        var width = 0;
        foreach (var row in node.Children)
        {
            width = System.Math.Max(width, ((MdTableRow)row).Children.Count);
        }

        while (node.Align.Count < width)
        {
            node.Align.Add(MdAlign.None);
        }

        return node;
    }

    private void AddInlines(ContainerInline? container, List<MdNode> target, string containerName)
    {
        if (container is null)
        {
            return;
        }

        var nesting = RentNesting(target, containerName);
        Inline? runStart = null;
        Inline? runEnd = null;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // Markdig splits text at every special character: gather each run into one text node.
            if (AppendTextRun(inline))
            {
                runStart ??= inline;
                runEnd = inline;
                continue;
            }

            FlushTextRun(nesting.Current, ref runStart, runEnd);
            switch (inline)
            {
                case MdxTagInline tag:
                    nesting.Tag(tag.Tag, tag.Span.Start, isFlow: false);
                    break;
                case MdxCommentInline:
                    break;
                default:
                    AddInline(inline, nesting.Current);
                    break;
            }
        }

        FlushTextRun(nesting.Current, ref runStart, runEnd);
        nesting.Finish();
        ReturnNesting(nesting);
        MergeText(target);
        if (containerName != "link")
        {
            EmailAutolinks.Apply(target);
        }
    }

    private readonly StringBuilder _textRun = new();

    /// <summary>Appends a plain-text inline to the current run; false for anything else.</summary>
    private bool AppendTextRun(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                _textRun.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                return true;
            case HtmlEntityInline entity:
                _textRun.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                return true;
            case LineBreakInline { IsHard: false }:
                _textRun.Append('\n');
                return true;
            default:
                return false;
        }
    }

    private void FlushTextRun(List<MdNode> target, ref Inline? runStart, Inline? runEnd)
    {
        if (runStart is null)
        {
            return;
        }

        if (_textRun.Length > 0)
        {
            var start = RangeOf(runStart);
            var end = RangeOf(runEnd!);
            target.Add(new MdText(_textRun.ToString())
            {
                Range = start.IsEmpty || end.IsEmpty ? start : new SourceRange(start.StartLine, start.StartColumn, end.EndLine, end.EndColumn),
            });
        }

        _textRun.Clear();
        runStart = null;
    }

    private void AddInline(Inline inline, List<MdNode> target)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AddText(target, literal.Content.ToString(), literal);
                break;
            case HtmlEntityInline entity:
                AddText(target, entity.Transcoded.ToString(), entity);
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    target.Add(new MdBreak { Range = RangeOf(lineBreak) });
                }
                else
                {
                    AddText(target, "\n", lineBreak);
                }

                break;
            case CodeInline code:
                target.Add(new MdInlineCode(code.Content) { Range = RangeOf(code) });
                break;
            case MdxExpressionInline expression:
                target.Add(new MdxExpression(expression.Value, isFlow: false) { Range = RangeOf(expression) });
                break;
            case EmphasisInline emphasis:
            {
                MdParent node = emphasis.DelimiterChar == '~'
                    ? new MdDelete()
                    : emphasis.DelimiterCount >= 2 ? new MdStrong() : new MdEmphasis();
                node.Range = RangeOf(emphasis);
                AddInlines(emphasis, node.Children, "emphasis");
                target.Add(node);
                break;
            }

            case LinkInline link:
                target.Add(ConvertLink(link));
                break;
            case AutolinkInline autolink:
            {
                var url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", System.StringComparison.OrdinalIgnoreCase) ? "mailto:" + autolink.Url : autolink.Url;
                var node = new MdLink(url) { Range = RangeOf(autolink) };
                node.Children.Add(new MdText(autolink.Url));
                target.Add(node);
                break;
            }

            case FootnoteLink { IsBackLink: true }:
                break;
            case FootnoteLink footnote:
            {
                var label = (footnote.Footnote?.Label ?? string.Empty).TrimStart('^');
                target.Add(new MdFootnoteReference(NormalizeIdentifier(label), label) { Range = RangeOf(footnote) });
                break;
            }

            case TaskList task:
                AddText(target, task.Checked ? "[x]" : "[ ]", task);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AddInline(child, target);
                }

                break;
            default:
                AddText(target, inline.ToString() ?? string.Empty, inline);
                break;
        }
    }

    private MdNode ConvertLink(LinkInline link)
    {
        var range = RangeOf(link);
        if (link.Reference is not null && !link.IsAutoLink)
        {
            var type = link.IsShortcut ? MdReferenceType.Shortcut : link.LocalLabel == LocalLabel.Empty ? MdReferenceType.Collapsed : MdReferenceType.Full;
            var label = type == MdReferenceType.Full ? link.Label ?? link.Reference.Label : PlainText(link);
            label ??= string.Empty;
            if (link.IsImage)
            {
                return new MdImageReference(NormalizeIdentifier(label), label, type, PlainText(link)) { Range = range };
            }

            var reference = new MdLinkReference(NormalizeIdentifier(label), label, type) { Range = range };
            AddInlines(link, reference.Children, "link");
            return reference;
        }

        if (link.IsImage)
        {
            return new MdImage(link.Url ?? string.Empty, NullIfEmpty(link.Title), PlainText(link)) { Range = range };
        }

        var node = new MdLink(link.Url ?? string.Empty, NullIfEmpty(link.Title)) { Range = range };
        AddInlines(link, node.Children, "link");
        return node;
    }

    private void AddText(List<MdNode> target, string value, Inline source)
    {
        if (value.Length > 0)
        {
            // Runs are joined once in MergeText: Markdig splits text at every special character.
            target.Add(new MdText(value) { Range = RangeOf(source) });
        }
    }

    private readonly StringBuilder _merged = new();

    /// <summary>Joins each run of adjacent text nodes into one (mdast never has two in a row).</summary>
    private void MergeText(List<MdNode> nodes)
    {
        var write = 0;
        for (var read = 0; read < nodes.Count; read++)
        {
            if (nodes[read] is MdText first && read + 1 < nodes.Count && nodes[read + 1] is MdText)
            {
                var end = read + 1;
                var builder = _merged.Clear().Append(first.Value);
                while (end < nodes.Count && nodes[end] is MdText next)
                {
                    builder.Append(next.Value);
                    end++;
                }

                var last = nodes[end - 1].Range;
                first.Value = builder.ToString();
                if (!first.Range.IsEmpty && !last.IsEmpty)
                {
                    first.Range = new SourceRange(first.Range.StartLine, first.Range.StartColumn, last.EndLine, last.EndColumn);
                }

                nodes[write++] = first;
                read = end - 1;
                continue;
            }

            nodes[write++] = nodes[read];
        }

        nodes.RemoveRange(write, nodes.Count - write);
    }

    private static string PlainText(ContainerInline container)
    {
        var builder = new StringBuilder();
        AppendPlainText(container, builder);
        return builder.ToString();
    }

    private static void AppendPlainText(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case LinkInline { IsImage: true } image:
                AppendChildren(image, builder);
                break;
            case ContainerInline container:
                AppendChildren(container, builder);
                break;
        }
    }

    private static void AppendChildren(ContainerInline container, StringBuilder builder)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            AppendPlainText(child, builder);
        }
    }

    private static string CodeValue(LeafBlock code)
    {
        var lines = code.Lines;
        if (lines.Count == 0)
        {
            return string.Empty;
        }

        // Usually the lines are one stretch of the source (nothing stripped between them): cut it out at once.
        var firstSlice = lines.Lines[0].Slice;
        var contiguous = firstSlice.Text is not null;
        for (var k = 1; contiguous && k < lines.Count; k++)
        {
            var previous = lines.Lines[k - 1].Slice;
            var slice = lines.Lines[k].Slice;
            contiguous = ReferenceEquals(slice.Text, firstSlice.Text)
                && slice.Start == previous.End + 2
                && previous.End + 1 < slice.Text.Length
                && slice.Text[previous.End + 1] == '\n';
        }

        if (contiguous)
        {
            var lastSlice = lines.Lines[lines.Count - 1].Slice;
            var length = lastSlice.End - firstSlice.Start + 1;
            return length <= 0 ? string.Empty : firstSlice.Text!.Substring(firstSlice.Start, length);
        }

        var builder = new StringBuilder();
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0)
            {
                builder.Append('\n');
            }

            builder.Append(lines.Lines[k].Slice.ToString());
        }

        return builder.ToString();
    }

    private static Inline? FirstSignificant(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (!IsWhitespaceInline(inline))
            {
                return inline;
            }
        }

        return null;
    }

    private static Inline? LastSignificant(ContainerInline container)
    {
        for (var inline = container.LastChild; inline is not null; inline = inline.PreviousSibling)
        {
            if (!IsWhitespaceInline(inline))
            {
                return inline;
            }
        }

        return null;
    }

    private static bool IsBlank(ContainerInline container) => FirstSignificant(container) is null;

    private static bool IsWhitespaceInline(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.IsEmptyOrWhitespace(),
        LineBreakInline { IsHard: false } => true,
        MdxCommentInline => true,
        _ => false,
    };

    private static void TrimLeadingWhitespace(ContainerInline container)
    {
        while (container.FirstChild is { } first && IsWhitespaceInline(first))
        {
            first.Remove();
        }

        if (container.FirstChild is LiteralInline literal)
        {
            literal.Content.TrimStart();
        }
    }

    /// <summary>True when a closing tag for <paramref name="opening"/> follows it among its siblings.</summary>
    private static bool ClosesWithin(ContainerInline container, MdxTagInline opening)
    {
        var depth = 0;
        for (var inline = opening.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            if (inline is MdxTagInline { } tag && tag.Tag.Name == opening.Tag.Name)
            {
                if (tag.Tag.Kind == JsxTagKind.Open)
                {
                    depth++;
                }
                else if (tag.Tag.Kind == JsxTagKind.Close)
                {
                    if (depth == 0)
                    {
                        return true;
                    }

                    depth--;
                }
            }
        }

        return false;
    }

    private static bool OpensWithin(ContainerInline container, MdxTagInline closing)
    {
        var depth = 0;
        for (var inline = closing.PreviousSibling; inline is not null; inline = inline.PreviousSibling)
        {
            if (inline is MdxTagInline { } tag && tag.Tag.Name == closing.Tag.Name)
            {
                if (tag.Tag.Kind == JsxTagKind.Close)
                {
                    depth++;
                }
                else if (tag.Tag.Kind == JsxTagKind.Open)
                {
                    if (depth == 0)
                    {
                        return true;
                    }

                    depth--;
                }
            }
        }

        return false;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>mdast identifiers: the label lower-cased with whitespace collapsed.</summary>
    private static string NormalizeIdentifier(string label)
    {
        var builder = new StringBuilder(label.Length);
        var space = false;
        foreach (var c in label.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
