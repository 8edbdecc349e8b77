using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Conversion;
using Leadtype.Diagnostics;
using Leadtype.Mdx;
using Leadtype.Mdx.Syntax;
using Leadtype.Paths;

namespace Leadtype.Resolve;

/// <summary>
/// Expands <c>&lt;include&gt;</c>, <c>&lt;import src&gt;</c> and <c>&lt;include-c15t&gt;</c> (§5.1):
/// Markdown partials are parsed and spliced in (optionally one <c>&lt;section id&gt;</c> of them),
/// other files become code blocks. Paths resolve against the file holding the tag, then against the
/// docs root (the original's default base path), and must stay inside the docs root. Fixes over the original: a path outside the root is refused (LT0022),
/// a cycle is reported with its chain (LT0021) instead of expanding ten times, a missing file is
/// located (LT0020), and an include inside a paragraph keeps the paragraph's other text.
/// </summary>
public sealed class IncludeResolver
{
    private const int MaxDepth = 32;

    private readonly IDocsFileSource _files;
    private readonly ICollection<DocsDiagnostic> _diagnostics;
    private readonly ICollection<string> _dependencies;
    private readonly Dictionary<string, string?> _reads = new(StringComparer.Ordinal);

    public IncludeResolver(IDocsFileSource files, ICollection<DocsDiagnostic> diagnostics, ICollection<string> dependencies)
    {
        _files = files;
        _diagnostics = diagnostics;
        _dependencies = dependencies;
    }

    public static bool IsIncludeElement(MdNode node) =>
        node is MdxJsxElement { Name: "include" or "import" or "include-c15t" };

    /// <summary>Expands every include in <paramref name="root"/>, a page at docs-relative <paramref name="pagePath"/>.</summary>
    public void Apply(MdRoot root, string pagePath) => Expand(root, pagePath, new List<string> { pagePath });

    private void Expand(MdParent parent, string currentFile, List<string> chain)
    {
        for (var i = 0; i < parent.Children.Count; i++)
        {
            var child = parent.Children[i];
            if (IsIncludeElement(child))
            {
                var element = (MdxJsxElement)child;
                var nodes = Resolve(element, currentFile, chain);
                if (nodes is null)
                {
                    continue;
                }

                var nested = new MdRoot { Range = element.Range };
                nested.Children.AddRange(nodes);
                parent.Children[i] = nested;
            }
            else if (child is MdParagraph paragraph && ContainsInclude(paragraph))
            {
                var replacement = SplitParagraph(paragraph, currentFile, chain);
                parent.Children.RemoveAt(i);
                parent.Children.InsertRange(i, replacement);
                i += replacement.Count - 1;
            }
            else if (child is MdParent inner)
            {
                Expand(inner, currentFile, chain);
            }
        }
    }

    private static bool ContainsInclude(MdParagraph paragraph)
    {
        foreach (var child in paragraph.Children)
        {
            if (IsIncludeElement(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text before and after an inline include stays, as paragraphs around the included blocks.</summary>
    private List<MdNode> SplitParagraph(MdParagraph paragraph, string currentFile, List<string> chain)
    {
        var result = new List<MdNode>();
        var run = new MdParagraph { Range = paragraph.Range };
        foreach (var child in paragraph.Children)
        {
            if (!IsIncludeElement(child))
            {
                run.Children.Add(child);
                continue;
            }

            var element = (MdxJsxElement)child;
            var nodes = Resolve(element, currentFile, chain);
            if (nodes is null)
            {
                run.Children.Add(child);
                continue;
            }

            Flush(run, result);
            run = new MdParagraph { Range = paragraph.Range };
            result.AddRange(nodes);
        }

        Flush(run, result);
        return result;
    }

    private static void Flush(MdParagraph run, List<MdNode> result)
    {
        if (run.Children.Count > 0 && run.Children[0] is MdText first)
        {
            first.Value = first.Value.TrimStart();
        }

        if (run.Children.Count > 0 && run.Children[run.Children.Count - 1] is MdText last)
        {
            last.Value = last.Value.TrimEnd();
        }

        run.Children.RemoveAll(node => node is MdText { Value.Length: 0 });
        if (run.Children.Count > 0)
        {
            result.Add(run);
        }
    }

    /// <summary>The nodes replacing <paramref name="element"/>, or null to leave it as written.</summary>
    private List<MdNode>? Resolve(MdxJsxElement element, string currentFile, List<string> chain)
    {
        var specifier = MdTree.ToPlainText(element).Trim();
        if (specifier.Length == 0)
        {
            var src = element.GetAttribute("src");
            specifier = src is { Kind: MdxAttributeKind.String } ? (src.Value ?? string.Empty).Trim() : string.Empty;
        }

        if (specifier.Length == 0)
        {
            Report(DiagnosticCatalog.IncludeWithoutFile, currentFile, element, element.Name);
            return null;
        }

        var hash = specifier.LastIndexOf('#');
        var file = hash >= 0 ? specifier.Substring(0, hash) : specifier;
        var section = hash >= 0 ? specifier.Substring(hash + 1) : null;

        var target = DocsPath.ResolveFrom(currentFile, file);
        string? text = null;
        if (target is { Length: > 0 })
        {
            text = Read(target);
        }

        // As the original's default include base path (the docs folder): a file not found beside the
        // including file is looked for from the docs root, so `snippets/x.mdx` works from any page. (A path
        // that leaves the root from the including file's folder leaves it from the root too.)
        if (text is null && target is { Length: > 0 } && DocsPath.ResolveFrom(string.Empty, file) is { Length: > 0 } fromRoot
            && fromRoot != target && Read(fromRoot) is { } rootText)
        {
            target = fromRoot;
            text = rootText;
        }

        if (target is null || target.Length == 0)
        {
            Report(DiagnosticCatalog.IncludeOutsideRoot, currentFile, element, file);
            return Marker("[Error: Could not include file " + file + "]", element);
        }

        if (chain.Contains(target) || chain.Count > MaxDepth)
        {
            var path = new StringBuilder();
            foreach (var link in chain)
            {
                path.Append(link).Append(" → ");
            }

            path.Append(target);
            Report(DiagnosticCatalog.IncludeCycle, currentFile, element, path.ToString());
            return Marker("[Error: Could not include file " + file + "]", element);
        }

        if (text is null)
        {
            Report(DiagnosticCatalog.IncludeMissing, currentFile, element, target);
            return Marker("[Error: Could not include file " + file + "]", element);
        }

        _dependencies.Add(target);
        var lang = element.GetAttribute("lang");
        var isMarkdown = lang is null && (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase));
        if (!isMarkdown)
        {
            var meta = element.GetAttribute("meta");
            var language = lang is not null ? lang.Value : Extension(file);
            return new List<MdNode>
            {
                new MdCode(MdxParser.NormalizeLineEndings(text), string.IsNullOrEmpty(language) ? null : language, string.IsNullOrEmpty(meta?.Value) ? null : meta!.Value) { Range = element.Range },
            };
        }

        var (body, lineOffset) = PartialBody(text);
        var parsed = MdxParser.Parse(body, target, lineOffset);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            _diagnostics.Add(diagnostic);
        }

        var nodes = parsed.Root.Children;
        if (section is not null)
        {
            var sectionElement = FindSection(parsed.Root, section);
            if (sectionElement is null)
            {
                Report(DiagnosticCatalog.IncludeSectionMissing, currentFile, element, section, file);
                return Marker("[Error: Could not find section \"" + section + "\" in " + file + "]", element);
            }

            nodes = sectionElement.Children;
        }

        if (nodes.Count == 0 && section is null)
        {
            return Marker(body, element);
        }

        var container = new MdRoot();
        container.Children.AddRange(nodes);
        chain.Add(target);
        Expand(container, target, chain);
        chain.RemoveAt(chain.Count - 1);
        return container.Children;
    }

    private string? Read(string path)
    {
        if (!_reads.TryGetValue(path, out var text))
        {
            text = _files.TryRead(path, out var read) ? read : null;
            _reads[path] = text;
        }

        return text;
    }

    private static MdxJsxElement? FindSection(MdRoot root, string id)
    {
        foreach (var child in root.Children)
        {
            if (child is MdxJsxElement { Name: "section", IsFlow: true } element
                && element.GetAttribute("id") is { Kind: MdxAttributeKind.String } attribute
                && attribute.Value == id)
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The partial without its frontmatter block (never parsed here, §5.1), trimmed, and how many lines came before it.</summary>
    private static (string Body, int LineOffset) PartialBody(string text)
    {
        text = MdxParser.NormalizeLineEndings(text);
        var start = 0;
        if (text.StartsWith("---\n", StringComparison.Ordinal))
        {
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            while (close >= 0)
            {
                var after = close + 4;
                if (after == text.Length || text[after] == '\n')
                {
                    start = Math.Min(text.Length, after + 1);
                    break;
                }

                close = text.IndexOf("\n---", after, StringComparison.Ordinal);
            }
        }

        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var lines = 0;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
            }
        }

        return (text.Substring(start, end - start), lines);
    }

    private static string Extension(string file)
    {
        var name = DocsPath.GetFileName(file);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(dot + 1) : string.Empty;
    }

    private static List<MdNode> Marker(string text, MdNode at)
    {
        var paragraph = new MdParagraph { Range = at.Range };
        paragraph.Children.Add(new MdText(text));
        return new List<MdNode> { paragraph };
    }

    private void Report(DocsDiagnosticDescriptor descriptor, string file, MdNode at, params object?[] args) =>
        _diagnostics.Add(DocsDiagnostic.Create(descriptor, file, new SourceSpan(at.Range.StartLine, at.Range.StartColumn, at.Range.EndLine, at.Range.EndColumn), args));
}
