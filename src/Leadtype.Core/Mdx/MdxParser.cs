using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Frontmatter;
using Leadtype.Mdx.Syntax;
using Leadtype.Mdx.Tree;
using Leadtype.Text;
using Markdig;

namespace Leadtype.Mdx;

/// <summary>The result of parsing one MDX body: the tree and what was wrong with the source.</summary>
public sealed class MdxParseResult
{
    public MdxParseResult(MdRoot root, IReadOnlyList<DocsDiagnostic> diagnostics)
    {
        Root = root;
        Diagnostics = diagnostics;
    }

    public MdRoot Root { get; }

    /// <summary>Malformed JSX and expressions (LT0010, LT0011), located in file coordinates.</summary>
    public IReadOnlyList<DocsDiagnostic> Diagnostics { get; }
}

/// <summary>
/// Parses an MDX body (the page after its frontmatter) into the mdast-like tree. Never throws on
/// bad input: malformed constructs become diagnostics and the rest of the page is still parsed.
/// </summary>
public static class MdxParser
{
    /// <param name="body">The page body; CR and CRLF line endings are normalised to LF first.</param>
    /// <param name="filePath">Docs-relative path used in diagnostics.</param>
    /// <param name="lineOffset">Lines before the body in the file (the frontmatter block), so positions are file positions.</param>
    public static MdxParseResult Parse(string body, string filePath, int lineOffset = 0) =>
        Parse(NormalizeLineEndings(body), bodyStart: 0, filePath, lineOffset);

    /// <summary>
    /// Parses a page's body. When the source needs no normalising (no BOM, no CR) the body is parsed
    /// where it lies in the source, its frontmatter lines skipped, instead of being copied out first.
    /// </summary>
    internal static MdxParseResult ParseBody(FrontmatterBlock block, string filePath)
    {
        var source = block.Source;
        if (block.BodyOffset == 0 || source[0] == '\uFEFF' || source.IndexOf('\r') >= 0)
        {
            return Parse(block.Body, filePath, block.BodyLineOffset);
        }

        return Parse(source, block.BodyOffset, filePath, lineOffset: 0);
    }

    private static MdxParseResult Parse(string text, int bodyStart, string filePath, int lineOffset)
    {
        var state = new MdxParseState { BodyStart = bodyStart };
        var document = Markdig.Markdown.Parse(text, MdxPipeline.Instance, state.CreateContext());
        var diagnostics = new List<DocsDiagnostic>();
        var builder = new MdxTreeBuilder(text, bodyStart, lineOffset, filePath, diagnostics);
        foreach (var problem in state.Problems)
        {
            builder.Report(problem.Descriptor, problem.Offset, problem.Message);
        }

        var root = builder.Build(document);
        diagnostics.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return new MdxParseResult(root, diagnostics);
    }

    internal static string NormalizeLineEndings(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        if (text.IndexOf('\r') < 0)
        {
            return text;
        }

        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
