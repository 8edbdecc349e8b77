using System.Collections.Generic;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Mdx.Jsx;

internal enum JsxTagKind
{
    Open,
    Close,
    SelfClosing,
}

/// <summary>One scanned JSX tag: <c>&lt;X a="1"&gt;</c>, <c>&lt;/X&gt;</c> or <c>&lt;X /&gt;</c>; offsets into the scanned text.</summary>
internal sealed class JsxTag
{
    public JsxTag(JsxTagKind kind, string? name, List<MdxAttribute> attributes, int start, int end)
    {
        Kind = kind;
        Name = name;
        Attributes = attributes;
        Start = start;
        End = end;
    }

    public JsxTagKind Kind { get; }

    /// <summary>Null for fragments (<c>&lt;&gt;</c>, <c>&lt;/&gt;</c>).</summary>
    public string? Name { get; }

    public List<MdxAttribute> Attributes { get; }

    public int Start { get; }

    public int End { get; }

    public string DisplayName => Name ?? string.Empty;
}

/// <summary>Why a <c>&lt;</c> did not scan as a tag, and where.</summary>
internal readonly struct JsxScanError
{
    public JsxScanError(string message, int offset)
    {
        Message = message;
        Offset = offset;
    }

    public string Message { get; }

    public int Offset { get; }
}
