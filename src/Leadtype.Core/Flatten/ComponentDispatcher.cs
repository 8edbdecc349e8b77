using System;
using System.Collections.Generic;
using Leadtype.Flatten.Components;
using Leadtype.Flatten.OpenApi;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Flattens every built-in and configured component of a page into plain Markdown nodes, in place (§6).
/// Order: config-declared custom components (document order, their children flattened by the built-ins
/// first, as the original's custom phase), then one priority traversal of the built-in table (§6.2), then
/// the step compactor (§6.3), then an LT0013 info for every capitalised component still left as JSX.
/// </summary>
public static class ComponentDispatcher
{
    private static readonly Entry[] Table = BuildTable();
    private static readonly Dictionary<string, int> FirstEntryByName = IndexByName(Table);

    /// <summary>The built-in flatteners in priority order (index = priority), for documentation and tests.</summary>
    public static IReadOnlyList<IComponentFlattener> BuiltIns { get; } = Array.ConvertAll(Table, e => e.Flattener);

    /// <summary>Names that only appear as items of a built-in container (<c>Card</c>, <c>Step</c>, …).</summary>
    public static IReadOnlyCollection<string> ItemNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Card", "Step", "Tab", "AccordionItem", "File", "Folder", "summary",
    };

    public static void Flatten(MdRoot root, FlattenContext context)
    {
        if (context.Options.CustomComponents.Count > 0)
        {
            CustomComponentPass.Run(root, context);
        }

        FlattenBuiltIns(root, context);
        UnknownComponentReporter.Report(root, context);
    }

    /// <summary>The built-in traversal and the step compactor, without custom components or reporting.</summary>
    public static void FlattenBuiltIns(MdParent root, FlattenContext context)
    {
        var touched = new List<MdParagraph>();
        ProcessChildren(root, 0, Table.Length, context, touched);
        foreach (var paragraph in touched)
        {
            TrimEdges(paragraph);
        }

        StepCompactor.Compact(root);
    }

    /// <summary>True when a built-in flattener handles <paramref name="name"/>.</summary>
    public static bool IsBuiltIn(string name) => FirstEntryByName.ContainsKey(name);

    private static void ProcessChildren(MdParent parent, int minPriority, int maxPriority, FlattenContext context, List<MdParagraph> touched)
    {
        var i = 0;
        while (i < parent.Children.Count)
        {
            i = ProcessChild(parent, i, minPriority, maxPriority, context, touched);
        }
    }

    private static int ProcessChild(MdParent parent, int index, int minPriority, int maxPriority, FlattenContext context, List<MdParagraph> touched)
    {
        var node = parent.Children[index];
        if (node is not MdxJsxElement element)
        {
            if (node is MdParent nested)
            {
                ProcessChildren(nested, minPriority, maxPriority, context, touched);
            }

            return index + 1;
        }

        var priority = element.Name is null ? -1 : FindPriority(element.Name, minPriority, maxPriority);
        if (priority < 0)
        {
            ProcessChildren(element, minPriority, maxPriority, context, touched);
            return index + 1;
        }

        // Children first, but only for strictly higher-priority components.
        ProcessChildren(element, minPriority, priority, context, touched);
        var replacement = Table[priority].Flattener.Flatten(element, context);
        parent.Children.RemoveAt(index);
        parent.Children.InsertRange(index, replacement);
        if (parent is MdParagraph paragraph)
        {
            touched.Add(paragraph);
        }

        if (replacement.Count == 0)
        {
            return index;
        }

        // The inserted nodes are flattened again for this and the lower-priority components.
        var j = index;
        var end = index + replacement.Count;
        while (j < end)
        {
            var before = parent.Children.Count;
            j = ProcessChild(parent, j, priority, maxPriority, context, touched);
            end += parent.Children.Count - before;
        }

        return j;
    }

    /// <summary>
    /// An inline component removed or unwrapped at a paragraph edge leaves the line break next to it
    /// behind; trims whitespace text at the edges of the paragraphs that held components.
    /// </summary>
    private static void TrimEdges(MdParagraph paragraph)
    {
        var children = paragraph.Children;
        while (children.Count > 0 && children[0] is MdText first && first.Value.Trim().Length == 0)
        {
            children.RemoveAt(0);
        }

        if (children.Count > 0 && children[0] is MdText head)
        {
            head.Value = head.Value.TrimStart();
        }

        while (children.Count > 0 && children[children.Count - 1] is MdText last && last.Value.Trim().Length == 0)
        {
            children.RemoveAt(children.Count - 1);
        }

        if (children.Count > 0 && children[children.Count - 1] is MdText tail)
        {
            tail.Value = tail.Value.TrimEnd();
        }
    }

    private static int FindPriority(string name, int minPriority, int maxPriority)
    {
        if (!FirstEntryByName.TryGetValue(name, out var first))
        {
            return -1;
        }

        // A name belongs to exactly one priority group.
        var priority = Table[first].Priority;
        return priority >= minPriority && priority < maxPriority ? priority : -1;
    }

    private static Entry[] BuildTable()
    {
        // Priority = index (§6.1). A container only sees its children flattened for components listed before it.
        var flatteners = new IComponentFlattener[]
        {
            new AudienceFlattener(),
            new SectionFlattener(),
            new CalloutFlattener(),
            new CardsFlattener(),
            new DetailsFlattener(),
            new MermaidFlattener(),
            new CommandTabsFlattener(),
            new StepsFlattener(),
            new TabsFlattener(),
            new TypeTableFlattener(),
            new AccordionFlattener(),
            new TopicSwitcherFlattener(),
            new FileTreeFlattener(),
            new PromptFlattener(),
            new ExampleFlattener(),
            new ApiEndpointFlattener(),
            new ApiAuthFlattener(),
            new ApiParametersFlattener(),
            new ApiRequestBodyFlattener(),
            new ApiCodeSamplesFlattener(),
            new ApiResponsesFlattener(),
            new ApiTryItFlattener(),
        };

        var table = new Entry[flatteners.Length];
        for (var i = 0; i < flatteners.Length; i++)
        {
            table[i] = new Entry(i, flatteners[i]);
        }

        return table;
    }

    private static Dictionary<string, int> IndexByName(Entry[] table)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Length; i++)
        {
            foreach (var name in table[i].Flattener.Names)
            {
                if (!index.ContainsKey(name))
                {
                    index[name] = i;
                }
            }
        }

        return index;
    }

    private readonly struct Entry
    {
        public Entry(int priority, IComponentFlattener flattener)
        {
            Priority = priority;
            Flattener = flattener;
        }

        public int Priority { get; }

        public IComponentFlattener Flattener { get; }
    }
}
