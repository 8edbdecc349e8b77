using System.Collections.Generic;
using System.Text;

namespace Leadtype.Frontmatter;

/// <summary>
/// Folds long scalars at 80 columns the way the original's <c>yaml</c> v2 library does (its
/// <c>foldFlowLines</c>): a line may break only at a single space between two non-blank characters,
/// continuation lines get the scalar's indent, quoted scalars may break inside escapes with a trailing
/// backslash. Kept separate from <see cref="FrontmatterEmitter"/> because it is the fiddliest part.
/// </summary>
internal static class YamlLineFolder
{
    public const int LineWidth = 80;
    public const int MinContentWidth = 20;

    public enum Mode
    {
        Flow,
        Block,
        Quoted,
    }

    /// <param name="text">The scalar as it will be written (quotes included for quoted scalars).</param>
    /// <param name="indent">Indent of continuation lines.</param>
    /// <param name="mode">Plain, block or quoted folding rules.</param>
    /// <param name="indentAtStart">Column the scalar starts at on its first line, when known.</param>
    /// <param name="overflow">Set when some line could not be folded below the width.</param>
    public static string Fold(string text, string indent, Mode mode, int? indentAtStart, out bool overflow)
    {
        overflow = false;
        var lineWidth = LineWidth;
        var minContentWidth = MinContentWidth;
        var endStep = System.Math.Max(1 + minContentWidth, 1 + lineWidth - indent.Length);
        if (text.Length <= endStep)
        {
            return text;
        }

        var folds = new List<int>();
        var escapedFolds = new HashSet<int>();
        var end = lineWidth - indent.Length;
        if (indentAtStart is int atStart)
        {
            if (atStart > lineWidth - System.Math.Max(2, minContentWidth))
            {
                folds.Add(0);
            }
            else
            {
                end = lineWidth - atStart;
            }
        }

        int? split = null;
        char prev = '\0';
        var i = -1;
        var escStart = -1;
        var escEnd = -1;
        if (mode == Mode.Block)
        {
            i = ConsumeMoreIndentedLines(text, i, indent.Length);
            if (i != -1)
            {
                end = i + endStep;
            }
        }

        while (true)
        {
            i++;
            if (i >= text.Length)
            {
                break;
            }

            var ch = text[i];
            if (mode == Mode.Quoted && ch == '\\')
            {
                escStart = i;
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                i += next switch
                {
                    'x' => 3,
                    'u' => 5,
                    'U' => 9,
                    _ => 1,
                };
                escEnd = i;
            }

            if (ch == '\n')
            {
                if (mode == Mode.Block)
                {
                    i = ConsumeMoreIndentedLines(text, i, indent.Length);
                }

                end = i + indent.Length + endStep;
                split = null;
            }
            else
            {
                if (ch == ' ' && prev != '\0' && prev != ' ' && prev != '\n' && prev != '\t')
                {
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    if (next != '\0' && next != ' ' && next != '\n' && next != '\t')
                    {
                        split = i;
                    }
                }

                if (i >= end)
                {
                    if (split is int at && at != 0)
                    {
                        folds.Add(at);
                        end = at + endStep;
                        split = null;
                    }
                    else if (mode == Mode.Quoted)
                    {
                        // White space collected at the end may stretch past the width.
                        while (prev == ' ' || prev == '\t')
                        {
                            prev = ch;
                            i++;
                            ch = i < text.Length ? text[i] : '\0';
                            overflow = true;
                        }

                        // Break before the escape or two characters back, never inside an escape.
                        var j = i > escEnd + 1 ? i - 2 : escStart - 1;
                        if (escapedFolds.Contains(j))
                        {
                            return text;
                        }

                        folds.Add(j);
                        escapedFolds.Add(j);
                        end = j + endStep;
                        split = null;
                    }
                    else
                    {
                        overflow = true;
                    }
                }
            }

            prev = ch;
        }

        if (folds.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + (folds.Count * (indent.Length + 2)));
        result.Append(text, 0, folds[0]);
        for (var k = 0; k < folds.Count; k++)
        {
            var fold = folds[k];
            var foldEnd = k + 1 < folds.Count && folds[k + 1] != 0 ? folds[k + 1] : text.Length;
            if (fold == 0)
            {
                result.Clear();
                result.Append('\n').Append(indent).Append(text, 0, foldEnd);
            }
            else
            {
                if (mode == Mode.Quoted && escapedFolds.Contains(fold))
                {
                    result.Append(text[fold]).Append('\\');
                }

                result.Append('\n').Append(indent);
                if (fold + 1 < foldEnd)
                {
                    result.Append(text, fold + 1, foldEnd - fold - 1);
                }
            }
        }

        return result.ToString();
    }

    /// <summary>Lines indented more than the block are never folded; skips over them.</summary>
    private static int ConsumeMoreIndentedLines(string text, int i, int indent)
    {
        var end = i;
        var start = i + 1;
        var ch = start < text.Length ? text[start] : '\0';
        while (ch == ' ' || ch == '\t')
        {
            if (i < start + indent)
            {
                i++;
                ch = i < text.Length ? text[i] : '\0';
            }
            else
            {
                do
                {
                    i++;
                    ch = i < text.Length ? text[i] : '\0';
                }
                while (ch != '\0' && ch != '\n');

                end = i;
                start = i + 1;
                ch = start < text.Length ? text[start] : '\0';
            }
        }

        return end;
    }
}
