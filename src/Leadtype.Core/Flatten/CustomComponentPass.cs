using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// The custom phase (§8): walks the page in document order and flattens every element of a config-declared
/// component, after flattening its children with the built-ins. What a component produces is walked again,
/// so components nested in its output are flattened too; a budget stops templates that produce themselves.
/// </summary>
internal static class CustomComponentPass
{
    private const int ExpansionBudget = 1_000;

    public static void Run(MdRoot root, FlattenContext context)
    {
        var components = new Dictionary<string, CustomComponent>(StringComparer.Ordinal);
        foreach (var component in context.Options.CustomComponents)
        {
            if (component.Problems().Count > 0)
            {
                continue;
            }

            foreach (var name in Names(component))
            {
                if (!components.ContainsKey(name))
                {
                    components[name] = component;
                }
            }
        }

        if (components.Count > 0)
        {
            var state = new State(components);
            Walk(root, context, state);
        }
    }

    private static IEnumerable<string> Names(CustomComponent component)
    {
        yield return component.Name;
        foreach (var alias in component.Aliases)
        {
            yield return alias;
        }
    }

    private static void Walk(MdParent parent, FlattenContext context, State state)
    {
        var i = 0;
        while (i < parent.Children.Count)
        {
            var node = parent.Children[i];
            if (node is MdxJsxElement { Name: { } name } element && state.Components.TryGetValue(name, out var component))
            {
                if (state.Expansions++ >= ExpansionBudget)
                {
                    if (!state.BudgetReported)
                    {
                        context.Report(DiagnosticCatalog.InvalidComponentProps, element, name, "custom components expanded more than " + ExpansionBudget + " times; a template probably contains its own component, so the rest were left as written");
                        state.BudgetReported = true;
                    }

                    i++;
                    continue;
                }

                // The children are flattened by the built-ins first, as for the original's custom flatteners.
                var children = new MdRoot();
                children.Children.AddRange(element.Children);
                ComponentDispatcher.FlattenBuiltIns(children, context);
                element.Children.Clear();
                element.Children.AddRange(children.Children);

                var replacement = CustomComponentFlattener.Flatten(element, component, context);
                parent.Children.RemoveAt(i);
                parent.Children.InsertRange(i, replacement);

                // Revisit the same index: the first inserted node (or the next sibling) is walked next.
                continue;
            }

            if (node is MdParent nested)
            {
                Walk(nested, context, state);
            }

            i++;
        }
    }

    private sealed class State
    {
        public State(Dictionary<string, CustomComponent> components) => Components = components;

        public Dictionary<string, CustomComponent> Components { get; }

        public int Expansions { get; set; }

        public bool BudgetReported { get; set; }
    }
}
