namespace Leadtype.Core.Tests.Flatten;

public class TypeTableFlattenerTests
{
    [Fact]
    public void Type_table_renders_title_description_and_a_five_column_table()
    {
        var body = FlattenHarness.Body("<TypeTable\n  title=\"Options\"\n  description=\"Config   options.\"\n  properties={{\n    title: { type: \"string\", required: true, description: \"Heading.\" },\n    size: { type: 'number', default: 3, },\n  }}\n/>\n");

        Assert.Equal("### Options\n\nConfig options.\n\n|Property|Type|Description|Default|Required|\n|:--|:--|:--|:--|:--:|\n|title|string|Heading.|-|✅ Required|\n|size|number||3|Optional|\n", body);
    }

    [Fact]
    public void Linked_and_deprecated_types_are_real_markdown_not_escaped_text()
    {
        var body = FlattenHarness.Body("<TypeTable properties={{\n  variant: { type: \"CalloutVariant\", description: \"Look.\", typeDescription: \"union\", typeDescriptionLink: \"/docs/types\" },\n  old: { type: \"boolean\", deprecated: true },\n}} />\n");

        Assert.Contains("|variant|[CalloutVariant](/docs/types)|Look. (union)|-|Optional|", body);
        Assert.Contains("|old|~~boolean~~ (deprecated)||-|Optional|", body);
    }

    [Fact]
    public void Union_types_keep_their_pipes_escaped_in_the_table()
    {
        var body = FlattenHarness.Body("<TypeTable properties={{ mode: { type: '\"a\" | \"b\"' } }} />\n");

        Assert.Contains("|mode|\"a\" \\|\"b\"||-|Optional|", body);
    }

    [Fact]
    public void Malformed_properties_are_reported_and_written_as_code()
    {
        var body = FlattenHarness.Body("<TypeTable title=\"Opts\" properties={{ a: { type: \"string\" }, b }} />\n", out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0012", warning.Id);
        Assert.Equal(4, warning.Line);
        Assert.Equal("Could not read attribute `properties` of <TypeTable>: unexpected character `}`, expected `:` after the key `b`", warning.Message);
        Assert.Equal("### Opts\n\n```js\n{ a: { type: \"string\" }, b }\n```\n", body);
    }

    [Fact]
    public void A_malformed_value_is_located_where_the_bad_character_is_in_the_file()
    {
        // Body line 1 is file line 4 (the harness's frontmatter comes first); the `}` after `b` is on body line 8, column 3.
        FlattenHarness.Body("Intro.\n\n<TypeTable\n  title=\"Opts\"\n  properties={{\n    a: { type: \"string\" },\n    b\n  }}\n/>\n", out var diagnostics);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0012", warning.Id);
        Assert.Equal((11, 3), (warning.Line, warning.Column));
    }

    [Fact]
    public void Properties_without_types_are_reported_and_written_as_code()
    {
        var body = FlattenHarness.Body("<TypeTable properties={{ a: \"nope\" }} />\n", out var diagnostics);

        Assert.Equal("```js\n{ a: \"nope\" }\n```\n", body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0015", warning.Id);
        Assert.Contains("property `a` must be an object with a `type`", warning.Message);
    }

    [Fact]
    public void Extracted_type_table_warns_and_names_the_type_and_file()
    {
        var body = FlattenHarness.Body("<AutoTypeTable name=\"FixtureOptions\" path=\"./types.ts\" title=\"Fixture\" />\n", out var diagnostics);

        Assert.Equal(
            "### Fixture\n\n|Property|Value|\n|:--|:--|\n|Type Name|`FixtureOptions`|\n|Source Path|`./types.ts`|\n\n*The properties of `FixtureOptions` are defined in `./types.ts`.*\n",
            body);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("LT0014", warning.Id);
        Assert.Equal(Leadtype.Diagnostics.DocsDiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("`FixtureOptions` in `./types.ts`", warning.Message);
    }
}
