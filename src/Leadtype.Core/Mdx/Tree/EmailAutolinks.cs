using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Mdx.Tree;

/// <summary>
/// GFM's extended email autolinks (<c>a@b.co</c> → <c>[a@b.co](mailto:a@b.co)</c>, §11), which
/// Markdig's autolink extension does not produce.
/// </summary>
internal static class EmailAutolinks
{
    public static void Apply(List<MdNode> nodes)
    {
        for (var k = 0; k < nodes.Count; k++)
        {
            if (nodes[k] is not MdText text || text.Value.IndexOf('@') < 0)
            {
                continue;
            }

            var value = text.Value;
            var at = value.IndexOf('@');
            while (at >= 0)
            {
                if (TryMatch(value, at, out var start, out var end))
                {
                    var email = value.Substring(start, end - start);
                    var link = new MdLink("mailto:" + email) { Range = text.Range };
                    link.Children.Add(new MdText(email) { Range = text.Range });
                    var replacement = new List<MdNode>(3);
                    if (start > 0)
                    {
                        replacement.Add(new MdText(value.Substring(0, start)) { Range = text.Range });
                    }

                    replacement.Add(link);
                    if (end < value.Length)
                    {
                        replacement.Add(new MdText(value.Substring(end)) { Range = text.Range });
                    }

                    nodes.RemoveAt(k);
                    nodes.InsertRange(k, replacement);
                    k += start > 0 ? 1 : 0;
                    break;
                }

                at = value.IndexOf('@', at + 1);
            }
        }
    }

    private static bool TryMatch(string value, int at, out int start, out int end)
    {
        start = at;
        while (start > 0 && IsLocal(value[start - 1]))
        {
            start--;
        }

        end = at + 1;
        var dots = 0;
        var segment = 0;
        while (end < value.Length)
        {
            var c = value[end];
            if (char.IsLetterOrDigit(c) && c < 128 || c == '-' || c == '_')
            {
                segment++;
                end++;
            }
            else if (c == '.' && segment > 0 && end + 1 < value.Length && (char.IsLetterOrDigit(value[end + 1]) && value[end + 1] < 128))
            {
                dots++;
                segment = 0;
                end++;
            }
            else
            {
                break;
            }
        }

        if (start == at || dots == 0 || segment == 0)
        {
            return false;
        }

        var last = value[end - 1];
        return last != '-' && last != '_';
    }

    private static bool IsLocal(char c) => (char.IsLetterOrDigit(c) && c < 128) || c == '.' || c == '_' || c == '+' || c == '-';
}
