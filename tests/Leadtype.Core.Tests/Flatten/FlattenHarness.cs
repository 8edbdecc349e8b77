using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Flatten;
using Leadtype.Frontmatter;
using Leadtype.Markdown;
using Leadtype.Mdx;
using Leadtype.Placeholders;
using Leadtype.Resolve;

namespace Leadtype.Core.Tests.Flatten;

/// <summary>
/// The conversion path the flatteners sit in, assembled from the public stages (split, parse, resolve,
/// flatten, serialize, compact tables, frontmatter), so component tests see the Markdown users see.
/// </summary>
internal static class FlattenHarness
{
    public static (string Markdown, List<DocsDiagnostic> Diagnostics) Convert(string source, string path = "t.mdx", FlattenOptions? options = null)
    {
        var diagnostics = new List<DocsDiagnostic>();
        var block = FrontmatterSplitter.Split(source);
        var parsed = MdxParser.Parse(block.Body, path, block.BodyLineOffset);
        diagnostics.AddRange(parsed.Diagnostics);
        var root = parsed.Root;
        ImportRemoval.Apply(root);
        JsxCommentRemoval.Apply(root);
        SnippetDirectives.Apply(root);

        var placeholders = PlaceholderContext.FromPath(path);
        ComponentDispatcher.Flatten(root, new FlattenContext(path, diagnostics, options, placeholders));
        var body = TableCompaction.Compact(MarkdownSerializer.Serialize(root));
        var frontmatter = PageFrontmatter.Resolve(block, path, placeholders, () => body, diagnostics);
        return (frontmatter.ToBlock() + body, diagnostics);
    }

    /// <summary>The body only (frontmatter given as <c>title: T</c> so nothing is synthesized).</summary>
    public static string Body(string mdx, FlattenOptions? options = null) => Body(mdx, out _, options);

    public static string Body(string mdx, out List<DocsDiagnostic> diagnostics, FlattenOptions? options = null)
    {
        var (markdown, list) = Convert("---\ntitle: T\n---\n" + mdx, "t.mdx", options);
        diagnostics = list;
        return markdown.Substring("---\ntitle: T\n---\n".Length);
    }
}
