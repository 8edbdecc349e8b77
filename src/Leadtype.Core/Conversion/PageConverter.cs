using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Flatten;
using Leadtype.Frontmatter;
using Leadtype.Headings;
using Leadtype.Markdown;
using Leadtype.Mdx;
using Leadtype.Mdx.Syntax;
using Leadtype.Placeholders;
using Leadtype.Resolve;

namespace Leadtype.Conversion;

/// <summary>
/// Converts one MDX page to its agent-readable Markdown mirror (§1.2 of the conversion reference):
/// split the frontmatter, parse the body, run the transforms in the default order (§4: includes,
/// imports, JSX comments, snippet directives, placeholders, then the component dispatcher),
/// serialize and compact tables, build the frontmatter (synthesized when absent) and assemble.
/// Parses each file once; nothing here throws on bad input.
/// </summary>
public static class PageConverter
{
    public static ConvertedPage Convert(PageSource source, IDocsFileSource files, PageConversionOptions? options = null)
    {
        options ??= PageConversionOptions.Default;
        var diagnostics = new List<DocsDiagnostic>();
        var dependencies = new List<string>();
        var path = source.Path;

        var block = FrontmatterSplitter.Split(source.Text);
        var parsed = MdxParser.ParseBody(block, path);
        diagnostics.AddRange(parsed.Diagnostics);
        var root = parsed.Root;

        var placeholders = PlaceholderContext.FromDocsRelativePath(path);
        if (options.ResolveIncludes)
        {
            new IncludeResolver(files, diagnostics, new DependencyList(dependencies)).Apply(root, path);
        }

        List<PageLink> links;
        if (options.Flatten)
        {
            ImportRemoval.Apply(root);
            JsxCommentRemoval.Apply(root);
            SnippetDirectives.Apply(root);
            PlaceholderTransform.Apply(root, placeholders);
            links = CollectLinks(root);
            if (options.RewriteMdxLinks)
            {
                MdxLinkRewriter.Apply(root);
            }

            ComponentDispatcher.Flatten(root, new FlattenContext(path, diagnostics, options.Components, placeholders));
        }
        else
        {
            links = CollectLinks(root);
        }

        var body = MarkdownSerializer.SerializeCompacted(root);
        var frontmatter = PageFrontmatter.Resolve(block, path, placeholders, () => body, diagnostics);
        var headings = CollectHeadings(root);

        diagnostics.Sort(CompareDiagnostics);
        return new ConvertedPage(path, body, frontmatter, headings, links, dependencies, diagnostics);
    }

    private static List<PageLink> CollectLinks(MdRoot root)
    {
        var links = new List<PageLink>();
        MdTree.Visit(root, node =>
        {
            switch (node)
            {
                case MdLink link:
                    links.Add(new PageLink(link.Url, link.Range.StartLine, link.Range.StartColumn));
                    break;
                case MdDefinition definition:
                    links.Add(new PageLink(definition.Url, definition.Range.StartLine, definition.Range.StartColumn));
                    break;
                case MdxJsxElement element when element.GetAttribute("href") is { Kind: MdxAttributeKind.String, Value: { } href }:
                    links.Add(new PageLink(href, element.Range.StartLine, element.Range.StartColumn));
                    break;
            }
        });
        return links;
    }

    private static List<PageHeading> CollectHeadings(MdRoot root)
    {
        var headings = new List<PageHeading>();
        var slugger = new HeadingSlugger();
        MdTree.Visit(root, node =>
        {
            if (node is not MdHeading heading)
            {
                return;
            }

            var text = Leadtype.Text.EcmaText.CollapseWhitespace(MdTree.ToPlainText(heading));
            if (text.Length == 0)
            {
                return;
            }

            headings.Add(new PageHeading(heading.Depth, text, slugger.Next(text), heading.Range.StartLine));
        });
        return headings;
    }

    private static int CompareDiagnostics(DocsDiagnostic a, DocsDiagnostic b)
    {
        var byFile = string.CompareOrdinal(a.FilePath, b.FilePath);
        if (byFile != 0)
        {
            return byFile;
        }

        return a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
    }

    /// <summary>Collects included paths once each, in first-use order.</summary>
    private sealed class DependencyList : ICollection<string>
    {
        private readonly List<string> _items;
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public DependencyList(List<string> items) => _items = items;

        public int Count => _items.Count;

        public bool IsReadOnly => false;

        public void Add(string item)
        {
            if (_seen.Add(item))
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            _items.Clear();
            _seen.Clear();
        }

        public bool Contains(string item) => _seen.Contains(item);

        public void CopyTo(string[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        public bool Remove(string item) => _seen.Remove(item) && _items.Remove(item);

        public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
}
