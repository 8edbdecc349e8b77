using Leadtype.Diagnostics;
using Leadtype.Mdx.Jsx;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Leadtype.Mdx.Inlines;

/// <summary>
/// Reads JSX tags, <c>{…}</c> expressions and HTML comments inside paragraphs, headings and table
/// cells. Unlike MDX, a <c>&lt;</c> that cannot start a tag (<c>a &lt; b</c>, <c>a&lt;b</c>,
/// <c>&lt;3</c>) is plain text, so prose written for plain Markdown converts; a failed tag that
/// looks like a component (<c>&lt;Upper…</c>) and an unbalanced <c>{</c> are reported.
/// </summary>
internal sealed class MdxInlineParser : InlineParser
{
    public MdxInlineParser()
    {
        OpeningCharacters = new[] { '<', '{' };
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var limit = System.Math.Min(slice.End + 1, start + ScanWindow.MaxConstructLength);
        if (slice.CurrentChar == '{')
        {
            var end = ExpressionScanner.FindEnd(text, start, limit);
            if (end < 0)
            {
                Report(processor, start, DiagnosticCatalog.MalformedExpression,
                    "Unexpected end of paragraph in expression, expected a closing brace for `{` (write `\\{` for a literal brace)");
                return false;
            }

            var expression = new MdxExpressionInline(text.Substring(start + 1, end - start - 2));
            Place(processor, expression, start, end);
            slice.Start = end;
            return true;
        }

        // `a<b` is a comparison in prose; a closing tag (`Ctrl</Kbd>`) or a void HTML element
        // (`Line<br>`) may follow a word.
        var afterWord = start > 0 && char.IsLetterOrDigit(text[start - 1]);

        if (start + 3 < limit && string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", start + 4, limit - start - 4, System.StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            var comment = new MdxCommentInline();
            Place(processor, comment, start, close + 3);
            slice.Start = close + 3;
            return true;
        }

        if (JsxTagScanner.TryScan(text, start, limit, flowContext: false, out var tag, out var error))
        {
            if (afterWord && tag!.Kind != JsxTagKind.Close && !HtmlVoidElements.Contains(tag.Name))
            {
                return false;
            }

            var inline = new MdxTagInline(tag!);
            Place(processor, inline, start, tag!.End);
            slice.Start = tag.End;
            return true;
        }

        if (!afterWord && LooksLikeComponent(text, start, limit))
        {
            Report(processor, error.Offset < limit ? start : start, DiagnosticCatalog.MalformedJsx, error.Message + "; the text is kept as written");
        }

        return false;
    }

    /// <summary><c>&lt;Upper</c> or <c>&lt;/Upper</c>: an author clearly meant a component.</summary>
    private static bool LooksLikeComponent(string text, int start, int limit)
    {
        var i = start + 1;
        if (i < limit && text[i] == '/')
        {
            i++;
        }

        return i < limit && char.IsUpper(text[i]);
    }

    private static void Place(InlineProcessor processor, Markdig.Syntax.Inlines.Inline inline, int start, int end)
    {
        var sourceStart = processor.GetSourcePosition(start, out var line, out var column);
        inline.Line = line;
        inline.Column = column;
        inline.Span = new Markdig.Syntax.SourceSpan(sourceStart, sourceStart + (end - start) - 1);
        processor.Inline = inline;
    }

    private static void Report(InlineProcessor processor, int localOffset, DocsDiagnosticDescriptor descriptor, string message)
    {
        var state = MdxParseState.From(processor.Context);
        state?.Problems.Add(new MdxProblem(descriptor, processor.GetSourcePosition(localOffset), message));
    }
}
