using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Mdx.Jsx;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Mdx.Tree;

/// <summary>
/// Pairs opening and closing JSX tags among the siblings of one container (flow) or one inline
/// run (text) and nests the nodes between them. Recovery keeps content: an unclosed element is
/// closed at the end of its container, a closing tag that matches an outer element closes the
/// inner ones there, and a closing tag that matches nothing is dropped; each is reported.
/// </summary>
internal sealed class JsxNesting
{
    private readonly List<Frame> _stack = new();
    private readonly MdxTreeBuilder _builder;
    private string _containerName = string.Empty;
    private List<MdNode> _current = null!;

    public JsxNesting(MdxTreeBuilder builder) => _builder = builder;

    /// <summary>Starts pairing the tags of one container (the builder reuses instances).</summary>
    public void Reset(List<MdNode> target, string containerName)
    {
        _current = target;
        _containerName = containerName;
        _stack.Clear();
    }

    /// <summary>Where the next converted sibling goes (inside the innermost open element).</summary>
    public List<MdNode> Current => _current;

    public void Add(MdNode node) => _current.Add(node);

    public void Tag(JsxTag tag, int sourceStart, bool isFlow)
    {
        switch (tag.Kind)
        {
            case JsxTagKind.Open when HtmlVoidElements.Contains(tag.Name):
            {
                // Plain Markdown writes `<br>`, `<img …>`; they have no content, so they need no closing tag.
                var element = CreateElement(tag, sourceStart, isFlow);
                element.SelfClosing = true;
                _current.Add(element);
                break;
            }

            case JsxTagKind.Open:
            {
                var element = CreateElement(tag, sourceStart, isFlow);
                _current.Add(element);
                _stack.Add(new Frame(element, _current, tag, sourceStart));
                _current = element.Children;
                break;
            }

            case JsxTagKind.SelfClosing:
            {
                var element = CreateElement(tag, sourceStart, isFlow);
                element.SelfClosing = true;
                _current.Add(element);
                break;
            }

            default:
                Close(tag, sourceStart);
                break;
        }
    }

    /// <summary>Closes what is still open at the end of the container, reporting each element.</summary>
    public void Finish()
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var frame = _stack[k];
            _builder.Report(DiagnosticCatalog.MalformedJsx, frame.SourceStart,
                "Expected a closing tag for `" + OpeningText(frame.Tag) + "` before the end of the " + _containerName + "; it was closed there");
        }

        if (_stack.Count > 0)
        {
            _current = _stack[0].Parent;
            _stack.Clear();
        }
    }

    private void Close(JsxTag tag, int sourceStart)
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            if (_stack[k].Tag.Name != tag.Name)
            {
                continue;
            }

            for (var inner = _stack.Count - 1; inner > k; inner--)
            {
                var open = _stack[inner];
                _builder.Report(DiagnosticCatalog.MalformedJsx, open.SourceStart,
                    "Expected a closing tag for `" + OpeningText(open.Tag) + "` before `</" + tag.DisplayName + ">`; it was closed there");
            }

            var frame = _stack[k];
            frame.Element.Range = _builder.RangeOf(frame.SourceStart, sourceStart + (tag.End - tag.Start));
            _current = frame.Parent;
            _stack.RemoveRange(k, _stack.Count - k);
            return;
        }

        var expected = _stack.Count > 0 ? ", expected `</" + _stack[_stack.Count - 1].Tag.DisplayName + ">`" : string.Empty;
        _builder.Report(DiagnosticCatalog.MalformedJsx, sourceStart,
            "Unexpected closing tag `</" + tag.DisplayName + ">`" + expected + "; it was ignored");
    }

    private MdxJsxElement CreateElement(JsxTag tag, int sourceStart, bool isFlow)
    {
        var element = new MdxJsxElement(tag.Name, isFlow)
        {
            Range = _builder.RangeOf(sourceStart, sourceStart + (tag.End - tag.Start)),
        };
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.ValueOffset >= 0 && attribute.ValueRange.IsEmpty)
            {
                var valueStart = sourceStart + attribute.ValueOffset;
                attribute.ValueRange = _builder.RangeOf(valueStart, valueStart + (attribute.RawValue?.Length ?? 0));
            }

            element.Attributes.Add(attribute);
        }

        return element;
    }

    private static string OpeningText(JsxTag tag) => "<" + tag.DisplayName + ">";

    private readonly struct Frame
    {
        public Frame(MdxJsxElement element, List<MdNode> parent, JsxTag tag, int sourceStart)
        {
            Element = element;
            Parent = parent;
            Tag = tag;
            SourceStart = sourceStart;
        }

        public MdxJsxElement Element { get; }

        public List<MdNode> Parent { get; }

        public JsxTag Tag { get; }

        public int SourceStart { get; }
    }
}
