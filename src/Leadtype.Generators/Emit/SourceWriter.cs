using System.Text;

namespace Leadtype.Generators.Emit;

/// <summary>
/// An indented text writer for generated C#: four spaces per level, <c>\n</c> line endings whatever
/// the host OS, so output is byte-identical everywhere (System.Text.Json's generator does the same).
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096) => _builder = new StringBuilder(capacity);

    public int Length => _builder.Length;

    public SourceWriter Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>Starts an indented line the caller continues with <see cref="Append(string)"/> and ends with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(char c)
    {
        _builder.Append(c);
        return this;
    }

    /// <summary>Appends <paramref name="value"/> as a C# string literal (see <see cref="CSharpLiteral.String"/>).</summary>
    public SourceWriter AppendStringLiteral(string value)
    {
        CSharpLiteral.AppendString(_builder, value);
        return this;
    }

    /// <summary>Appends <paramref name="text"/> escaped for an XML doc comment (see <see cref="CSharpLiteral.XmlDoc"/>).</summary>
    public SourceWriter AppendXmlDoc(string text)
    {
        CSharpLiteral.AppendXmlDoc(_builder, text);
        return this;
    }

    public SourceWriter EndLine()
    {
        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => _builder.ToString();
}
