using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Tabs&gt;</c> → each <c>&lt;Tab&gt;</c> as a bold title paragraph followed by its content, unchanged (§7.10).
/// The title is the tab's <c>value</c>, else <c>items[i]</c>, else <c>Tab i+1</c>; with <c>items</c> the tabs follow
/// the items' order. Empty tabs are dropped. Every tab is written: agents see all the alternatives.
/// </summary>
public sealed class TabsFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Tabs" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var items = ComponentProps.StringArray(element, "items", context);
        var sections = new List<Section>();
        var tabIndex = 0;
        foreach (var tab in ComponentChildren.Items(element, "Tab"))
        {
            var index = tabIndex++;
            var value = ComponentProps.UnwrapStringLiteral(ComponentProps.Raw(tab, "value") ?? string.Empty).Trim();
            var title = value.Length > 0 ? value
                : items is not null && index < items.Count ? items[index]
                : "Tab " + (index + 1);

            var content = BlockContent.Blocks(tab.Children);
            if (!HasText(content))
            {
                continue;
            }

            var key = index;
            if (items is not null)
            {
                var position = IndexOf(items, value);
                key = position >= 0 ? position : index;
            }

            sections.Add(new Section(title, content, key, sections.Count));
        }

        if (sections.Count == 0)
        {
            return Array.Empty<MdNode>();
        }

        // Stable sort by key.
        sections.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Order.CompareTo(b.Order));
        var result = new List<MdNode>();
        foreach (var section in sections)
        {
            result.Add(MdNodes.StrongParagraph(section.Title));
            result.AddRange(section.Content);
        }

        return result;
    }

    private static bool HasText(List<MdNode> content)
    {
        foreach (var node in content)
        {
            if (MdTree.ToPlainText(node).Trim().Length > 0 || node is MdxJsxElement || node is MdCode)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> items, string value)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class Section
    {
        public Section(string title, List<MdNode> content, int key, int order)
        {
            Title = title;
            Content = content;
            Key = key;
            Order = order;
        }

        public string Title { get; }

        public List<MdNode> Content { get; }

        public int Key { get; }

        public int Order { get; }
    }
}
