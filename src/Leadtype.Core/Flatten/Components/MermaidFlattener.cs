using System;
using System.Collections.Generic;
using System.Text;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten.Components;

/// <summary>
/// <c>&lt;Mermaid chart={`…`} /&gt;</c> (or with the chart as content) → a <c>```mermaid</c> fence (§7.7): line breaks
/// normalised, <c>\n</c> in a string attribute becomes a line break, blank edge lines and template backticks
/// removed, trailing blanks trimmed. An empty chart removes the element.
/// </summary>
public sealed class MermaidFlattener : IComponentFlattener
{
    public IReadOnlyList<string> Names { get; } = new[] { "Mermaid" };

    public IReadOnlyList<MdNode> Flatten(MdxJsxElement element, FlattenContext context)
    {
        var chart = ComponentProps.Raw(element, "chart");
        if (element.GetAttribute("chart") is { Kind: MdxAttributeKind.Expression, Value: { } expression } &&
            expression.TrimStart().Length > 0 && expression.TrimStart()[0] is '"' or '\'' &&
            JsLiteralReader.Read(expression).Value is JsString quoted)
        {
            // chart={"graph LR"}: the string, not its quotes (the original kept the quotes in the fence).
            chart = quoted.Value;
        }

        var source = !string.IsNullOrWhiteSpace(chart) ? chart! : MdTree.ToPlainText(element);
        var value = Clean(source);
        return value.Length == 0 ? Array.Empty<MdNode>() : new MdNode[] { MdNodes.Code(value, "mermaid") };
    }

    public static string Clean(string source)
    {
        var text = source.Replace("\r\n", "\n").Replace("\\n", "\n");

        // Leading blank lines (^\s*\n+) and trailing ones (\n+\s*$).
        var start = 0;
        var lastNewline = -1;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            if (text[start] == '\n')
            {
                lastNewline = start;
            }

            start++;
        }

        var from = lastNewline >= 0 ? lastNewline + 1 : 0;
        var end = text.Length;
        var firstTrailingNewline = -1;
        var k = text.Length;
        while (k > from && char.IsWhiteSpace(text[k - 1]))
        {
            if (text[k - 1] == '\n')
            {
                firstTrailingNewline = k - 1;
            }

            k--;
        }

        if (firstTrailingNewline >= 0)
        {
            end = firstTrailingNewline;
        }

        text = from < end ? text.Substring(from, end - from) : string.Empty;

        // The template literal's backticks (the expression's raw text includes them).
        var tickStart = 0;
        while (tickStart < text.Length && text[tickStart] == '`')
        {
            tickStart++;
        }

        var tickEnd = text.Length;
        while (tickEnd > tickStart && text[tickEnd - 1] == '`')
        {
            tickEnd--;
        }

        text = text.Substring(tickStart, tickEnd - tickStart);

        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(line.TrimEnd(' ', '\t'));
        }

        var result = builder.ToString();
        return result.Trim().Length == 0 ? string.Empty : result;
    }
}
