using Leadtype.Mdx.Syntax;

namespace Leadtype.Flatten;

/// <summary>
/// Runs after the dispatcher (§6.3): merges a text node into a preceding text sibling and a blockquote into a
/// preceding blockquote sibling, anywhere in the tree. So two adjacent callouts, or two plain quotes separated
/// only by a blank line, print as one quote (a harmless quirk of the original kept for parity).
/// </summary>
public static class StepCompactor
{
    public static void Compact(MdParent parent)
    {
        var children = parent.Children;
        var i = 1;
        while (i < children.Count)
        {
            var previous = children[i - 1];
            var current = children[i];
            if (previous is MdText previousText && current is MdText currentText)
            {
                previousText.Value += currentText.Value;
                previousText.Range = Span(previousText.Range, currentText.Range);
                children.RemoveAt(i);
                continue;
            }

            if (previous is MdBlockquote previousQuote && current is MdBlockquote currentQuote)
            {
                previousQuote.Children.AddRange(currentQuote.Children);
                previousQuote.Range = Span(previousQuote.Range, currentQuote.Range);
                children.RemoveAt(i);
                continue;
            }

            i++;
        }

        foreach (var child in children)
        {
            if (child is MdParent nested)
            {
                Compact(nested);
            }
        }
    }

    private static SourceRange Span(SourceRange first, SourceRange second) =>
        first.IsEmpty || second.IsEmpty ? first : new SourceRange(first.StartLine, first.StartColumn, second.EndLine, second.EndColumn);
}
