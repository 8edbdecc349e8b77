using System.Collections.Generic;
using Leadtype.Diagnostics;
using Markdig;

namespace Leadtype.Mdx;

/// <summary>A parse problem found by a Markdig extension, located by offset in the parsed body.</summary>
internal readonly struct MdxProblem
{
    public MdxProblem(DocsDiagnosticDescriptor descriptor, int offset, string message)
    {
        Descriptor = descriptor;
        Offset = offset;
        Message = message;
    }

    public DocsDiagnosticDescriptor Descriptor { get; }

    public int Offset { get; }

    public string Message { get; }
}

/// <summary>Per-parse state the Markdig extensions share through <see cref="MarkdownParserContext"/>.</summary>
internal sealed class MdxParseState
{
    private static readonly object Key = new();

    public List<MdxProblem> Problems { get; } = new();

    /// <summary>Where the body starts when a page is parsed in place in its source (0: the text is the body).</summary>
    public int BodyStart { get; set; }

    public MarkdownParserContext CreateContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[Key] = this;
        return context;
    }

    public static MdxParseState? From(MarkdownParserContext? context) =>
        context is not null && context.Properties.TryGetValue(Key, out var state) ? state as MdxParseState : null;
}
