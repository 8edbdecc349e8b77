using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;FileTree&gt;</c> with nested <c>&lt;Folder&gt;</c>/<c>&lt;File&gt;</c> → a <c>```text</c> tree drawn with
/// <c>├──</c>, <c>└──</c> and <c>│</c> (§7.14); folders get a trailing <c>/</c>, an optional <c>root</c> is the first
/// line. Entries without a name are skipped; an empty tree without root is removed.
/// </summary>
public sealed class FileTreeFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "FileTree" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var builder = new StringBuilder();
        var root = ComponentProps.Normalized(element, "root");
        if (root.Length > 0)
        {
            builder.Append(root.TrimEnd('/')).Append('/');
        }

        Render(Entries(element), string.Empty, builder);
        return builder.Length == 0 ? Array.Empty<MdNode>() : new MdNode[] { MdNodes.Code(builder.ToString(), "text") };
    }

    private static void Render(List<MdxJsxElement> entries, string prefix, StringBuilder builder)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var last = i == entries.Count - 1;
            var isFolder = entry.Name == "Folder";
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(prefix).Append(last ? "\u2514\u2500\u2500 " : "\u251C\u2500\u2500 ").Append(ComponentProps.Normalized(entry, "name"));
            if (isFolder)
            {
                builder.Append('/');
                Render(Entries(entry), prefix + (last ? "    " : "\u2502   "), builder);
            }
        }
    }

    /// <summary>The named File/Folder elements under <paramref name="parent"/>, looking through other nodes (paragraphs) on the way.</summary>
    private static List<MdxJsxElement> Entries(MdParent parent)
    {
        var entries = new List<MdxJsxElement>();
        Collect(parent, entries);
        return entries;
    }

    private static void Collect(MdParent parent, List<MdxJsxElement> entries)
    {
        foreach (var child in parent.Children)
        {
            if (child is MdxJsxElement { Name: "File" or "Folder" } entry)
            {
                if (ComponentProps.Normalized(entry, "name").Length > 0)
                {
                    entries.Add(entry);
                }
            }
            else if (child is MdParent nested)
            {
                Collect(nested, entries);
            }
        }
    }
}
