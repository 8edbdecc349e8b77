using System.Collections.Generic;
using Leadtype.Diagnostics;
using Leadtype.Flatten;
using Leadtype.Js;
using Leadtype.Mdx.Syntax;

namespace Leadtype.Core.Tests.Flatten;

public class ComponentPropsTests
{
    private static MdxJsxElement Element(params MdxAttribute[] attributes)
    {
        var element = new MdxJsxElement("Tabs", isFlow: true) { Range = new SourceRange(7, 1, 9, 8) };
        element.Attributes.AddRange(attributes);
        return element;
    }

    [Theory]
    [InlineData(MdxAttributeKind.String, "warning", "warning")]
    [InlineData(MdxAttributeKind.Expression, "\"warning\"", "\"warning\"")]
    [InlineData(MdxAttributeKind.Expression, "3", "3")]
    [InlineData(MdxAttributeKind.Boolean, null, "true")]
    public void Raw_reads_strings_bare_attributes_and_expression_source(MdxAttributeKind kind, string? value, string expected)
    {
        Assert.Equal(expected, ComponentProps.Raw(Element(new MdxAttribute("variant", kind, value)), "variant"));
    }

    [Theory]
    [InlineData("\"warning\"", "warning")]
    [InlineData(" 'agent' ", "agent")]
    [InlineData("`tpl`", "tpl")]
    [InlineData(" plain ", " plain ")]
    [InlineData("\"open", "\"open")]
    [InlineData("\"", "\"")]
    public void String_literals_are_unwrapped_and_anything_else_is_returned_as_given(string raw, string expected)
    {
        Assert.Equal(expected, ComponentProps.UnwrapStringLiteral(raw));
    }

    [Fact]
    public void Unreadable_literal_is_located_inside_the_attribute_value_when_its_position_is_known()
    {
        var attribute = new MdxAttribute("items", MdxAttributeKind.Expression, "[\n  \"a\",\n  frameworks,\n]") { ValueRange = new SourceRange(7, 14, 10, 2) };
        var diagnostics = new List<DocsDiagnostic>();

        var value = ComponentProps.Literal(Element(attribute), "items", new FlattenContext("p.mdx", diagnostics));

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("LT0012", diagnostic.Id);
        Assert.Equal(9, diagnostic.Line);
        Assert.Equal(3, diagnostic.Column);
        Assert.Equal("p.mdx", diagnostic.FilePath);
    }

    [Fact]
    public void Unreadable_literal_without_a_value_position_is_located_at_the_element()
    {
        var diagnostics = new List<DocsDiagnostic>();

        ComponentProps.Literal(Element(new MdxAttribute("items", MdxAttributeKind.Expression, "frameworks")), "items", new FlattenContext("p.mdx", diagnostics));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((7, 1), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void String_array_reads_json5_arrays_of_strings()
    {
        var diagnostics = new List<DocsDiagnostic>();

        var items = ComponentProps.StringArray(Element(new MdxAttribute("items", MdxAttributeKind.Expression, "['a', \"b\", /* c */]")), "items", new FlattenContext("p.mdx", diagnostics));

        Assert.Equal(new[] { "a", "b" }, items);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Quoted_string_attribute_reads_as_a_string_literal()
    {
        var value = ComponentProps.Literal(Element(new MdxAttribute("code", MdxAttributeKind.String, "const x = 1;")), "code", new FlattenContext("p.mdx", new List<DocsDiagnostic>()));

        Assert.Equal("const x = 1;", Assert.IsType<JsString>(value).Value);
    }
}
