using System;
using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Resolve;

/// <summary>
/// Strips twoslash directives from fenced code (§5.4): everything above the last
/// <c>// ---cut---</c> line, and whole-line <c>// @noErrors</c>, <c>// @check</c>,
/// <c>// @filename:</c> directives; then leading blank lines.
/// </summary>
public static class SnippetDirectives
{
    public static void Apply(MdRoot root) => MdTree.Visit(root, node =>
    {
        if (node is MdCode code)
        {
            code.Value = Strip(code.Value);
        }
    });

    public static string Strip(string code)
    {
        // Most code has no directive: skip the line split unless one of the markers occurs at all.
        if (code.IndexOf("//", StringComparison.Ordinal) < 0
            || (code.IndexOf("---cut---", StringComparison.Ordinal) < 0
                && code.IndexOf("@noErrors", StringComparison.Ordinal) < 0
                && code.IndexOf("@check", StringComparison.Ordinal) < 0
                && code.IndexOf("@filename:", StringComparison.Ordinal) < 0))
        {
            return code;
        }

        var lines = code.Split('\n');
        var first = 0;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (IsCut(lines[i]))
            {
                first = i + 1;
                break;
            }
        }

        var kept = new List<string>(lines.Length - first);
        var changed = first > 0;
        for (var i = first; i < lines.Length; i++)
        {
            if (IsDirective(lines[i]))
            {
                changed = true;
                continue;
            }

            kept.Add(lines[i]);
        }

        if (!changed)
        {
            return code;
        }

        return string.Join("\n", kept).TrimStart('\n');
    }

    /// <summary><c>^\s*//\s*---cut---\s*$</c></summary>
    private static bool IsCut(string line)
    {
        var rest = AfterSlashes(line);
        return rest is not null && rest.Trim() == "---cut---";
    }

    /// <summary><c>^\s*//\s*@(?:noErrors\b|check\b|filename:).*$</c></summary>
    private static bool IsDirective(string line)
    {
        var rest = AfterSlashes(line);
        if (rest is null)
        {
            return false;
        }

        rest = rest.TrimStart();
        if (!rest.StartsWith("@", StringComparison.Ordinal))
        {
            return false;
        }

        return rest.StartsWith("@filename:", StringComparison.Ordinal)
            || IsWord(rest, "@noErrors")
            || IsWord(rest, "@check");
    }

    private static bool IsWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal)
        && (text.Length == word.Length || !(char.IsLetterOrDigit(text[word.Length]) || text[word.Length] == '_'));

    private static string? AfterSlashes(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i + 1 < line.Length && line[i] == '/' && line[i + 1] == '/' ? line.Substring(i + 2) : null;
    }
}
