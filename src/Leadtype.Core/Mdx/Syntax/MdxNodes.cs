using System.Collections.Generic;

namespace Leadtype.Mdx.Syntax;

/// <summary>An <c>import</c>/<c>export</c> block (§3.5), kept as its source text.</summary>
public sealed class MdxEsm : MdLiteral
{
    public MdxEsm(string value)
        : base(value)
    {
    }

    public override string Type => "mdxjsEsm";
}

/// <summary>A <c>{…}</c> expression; <see cref="MdLiteral.Value"/> is the source between the braces.</summary>
public sealed class MdxExpression : MdLiteral
{
    public MdxExpression(string value, bool isFlow)
        : base(value)
    {
        IsFlow = isFlow;
    }

    /// <summary>True for <c>mdxFlowExpression</c> (alone on its lines), false for <c>mdxTextExpression</c>.</summary>
    public bool IsFlow { get; set; }

    public override string Type => IsFlow ? "mdxFlowExpression" : "mdxTextExpression";
}

/// <summary>A JSX element (§3.3). <see cref="Name"/> is null for fragments; member names stay dotted (<c>Foo.Bar</c>).</summary>
public sealed class MdxJsxElement : MdParent
{
    public MdxJsxElement(string? name, bool isFlow)
    {
        Name = name;
        IsFlow = isFlow;
    }

    public string? Name { get; set; }

    /// <summary>True for <c>mdxJsxFlowElement</c>, false for <c>mdxJsxTextElement</c> (inside a paragraph).</summary>
    public bool IsFlow { get; set; }

    /// <summary>True when written self-closing (<c>&lt;X /&gt;</c>); the serializer keeps the form.</summary>
    public bool SelfClosing { get; set; }

    public List<MdxAttribute> Attributes { get; } = new();

    public override string Type => IsFlow ? "mdxJsxFlowElement" : "mdxJsxTextElement";

    /// <summary>The first attribute named <paramref name="name"/> (JSX allows repeats; the original reads the first).</summary>
    public MdxAttribute? GetAttribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Kind != MdxAttributeKind.Spread && attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }
}

public enum MdxAttributeKind
{
    /// <summary><c>name</c> with no value (JSX <c>true</c>; mdast value null).</summary>
    Boolean,

    /// <summary><c>name="v"</c> or <c>name='v'</c>; entities decoded.</summary>
    String,

    /// <summary><c>name={expr}</c>; <see cref="MdxAttribute.Value"/> is the expression source.</summary>
    Expression,

    /// <summary><c>{...spread}</c>; <see cref="MdxAttribute.Value"/> is <c>...spread</c>.</summary>
    Spread,
}

/// <summary>One JSX attribute, with the source range of its value for located diagnostics.</summary>
public sealed class MdxAttribute
{
    public MdxAttribute(string name, MdxAttributeKind kind, string? value)
    {
        Name = name;
        Kind = kind;
        Value = value;
    }

    public string Name { get; set; }

    public MdxAttributeKind Kind { get; set; }

    public string? Value { get; set; }

    public SourceRange ValueRange { get; set; }

    /// <summary>Where the value starts relative to its tag's first character (-1 when unknown); the tree builder turns it into <see cref="ValueRange"/>.</summary>
    internal int ValueOffset { get; set; } = -1;

    /// <summary>The value as written (before continuation lines were dedented), to map a position in <see cref="Value"/> back to the file.</summary>
    internal string? RawValue { get; set; }
}
