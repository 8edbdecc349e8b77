using System;
using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;CommandTabs command="leadtype" mode="install" /&gt;</c> → a <c>Package manager | Command</c> table for npm,
/// pnpm, yarn and bun (§7.8). The per-manager form <c>commands={{ npm: "…", pnpm: "…" }}</c>, which the original
/// drops, is written as the same table with the given commands (§17.1 #6, fixed); an unreadable
/// <c>commands</c> value is reported and written as code, never dropped.
/// </summary>
public sealed class CommandTabsFlattener : IComponentFlattener
{
    private static readonly string[] Managers = { "npm", "pnpm", "yarn", "bun" };

    public IReadOnlyList<string> Names { get; } = new[] { "CommandTabs" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var command = ComponentProps.UnwrapStringLiteral(ComponentProps.Raw(element, "command") ?? string.Empty).Trim();
        if (command.Length > 0)
        {
            var mode = ComponentProps.UnwrapStringLiteral(ComponentProps.Raw(element, "mode") ?? "run").Trim();
            var rows = new List<IReadOnlyList<MdNode[]>>(Managers.Length);
            foreach (var manager in Managers)
            {
                rows.Add(Row(manager, Command(manager, mode, command)));
            }

            return new MdNode[] { Table(rows) };
        }

        if (element.GetAttribute("commands") is { } attribute)
        {
            return PerManager(element, attribute, context);
        }

        context.Report(DiagnosticCatalog.InvalidComponentProps, element, "CommandTabs", "needs a `command` (or a `commands` object); nothing was written");
        return Array.Empty<MdNode>();
    }

    private static IReadOnlyList<MdNode> PerManager(MdxJsxElement element, MdxAttribute attribute, FlattenContext context)
    {
        var value = ComponentProps.Literal(element, "commands", context);
        if (value is null)
        {
            return UnreadableProps.AsCode(attribute);
        }

        var rows = new List<IReadOnlyList<MdNode[]>>();
        if (value is JsObject commands)
        {
            foreach (var property in commands.Properties)
            {
                if (property.Value is JsString { Value.Length: > 0 } text)
                {
                    rows.Add(Row(property.Key, text.Value.Trim()));
                }
            }
        }

        if (rows.Count == 0)
        {
            context.Report(DiagnosticCatalog.InvalidComponentProps, element, "CommandTabs", "`commands` must map package managers to command strings");
            return UnreadableProps.AsCode(attribute);
        }

        return new MdNode[] { Table(rows) };
    }

    private static IReadOnlyList<MdNode[]> Row(string manager, string command) =>
        new[] { MdNodes.Cell(manager), MdNodes.Cell(MdNodes.InlineCode(command)) };

    private static MdTable Table(IEnumerable<IReadOnlyList<MdNode[]>> rows) =>
        MdNodes.Table(
            new[] { MdAlign.Left, MdAlign.Left },
            new[] { MdNodes.Cell("Package manager"), MdNodes.Cell("Command") },
            rows);

    private static string Command(string manager, string mode, string command) => mode switch
    {
        "install" => manager == "npm" ? "npm install " + command : manager + " add " + command,
        "create" => manager + " create " + command,
        _ => manager switch
        {
            "npm" => "npx " + command,
            "bun" => "bunx " + command,
            _ => manager + " dlx " + command,
        },
    };
}
