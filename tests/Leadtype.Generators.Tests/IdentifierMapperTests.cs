using Leadtype.Generators.Naming;

namespace Leadtype.Generators.Tests;

public sealed class IdentifierMapperTests
{
    [Theory]
    [InlineData("generate-static-artifacts", "GenerateStaticArtifacts")]
    [InlineData("how_it_works", "HowItWorks")]
    [InlineData("Step 1: add the package", "Step1AddThePackage")]
    [InlineData("0-4", "_0_4")]
    [InlineData("2024", "_2024")]
    [InlineData("v2-0", "V2_0")]
    [InlineData("useTheSource", "UseTheSource")]
    [InlineData("Café API", "CaféAPI")]
    [InlineData("!!!", "Fallback")]
    [InlineData("", "Fallback")]
    public void File_and_heading_names_map_to_pascal_case_identifiers(string source, string expected)
    {
        Assert.Equal(expected, IdentifierMapper.ToPascalCase(source, "Fallback"));
    }

    [Fact]
    public void Keywords_are_escaped_when_written()
    {
        Assert.Equal("@class", IdentifierMapper.Escape("class"));
        Assert.Equal("Class", IdentifierMapper.Escape("Class"));
    }

    [Fact]
    public void Reserved_names_get_the_suffix_and_collisions_a_number_deterministically()
    {
        var scope = new IdentifierScope(new[] { "Search" });

        Assert.Equal("SearchPages", scope.Claim("Search", "search/", "Pages"));
        Assert.Equal("FooBar", scope.Claim("FooBar", "foo-bar.mdx", "Page"));
        Assert.Equal("FooBar2", scope.Claim("FooBar", "foo_bar.mdx", "Page"));
        Assert.Equal("ToStringPage", scope.Claim("ToString", "to-string.mdx", "Page"));

        Assert.Collection(
            scope.Conflicts,
            c => Assert.Equal((NameConflictKind.Reserved, "search/", "SearchPages"), (c.Kind, c.Source, c.Assigned)),
            c => Assert.Equal((NameConflictKind.Collision, "foo_bar.mdx", "foo-bar.mdx", "FooBar2"), (c.Kind, c.Source, c.OtherSource, c.Assigned)),
            c => Assert.Equal((NameConflictKind.Reserved, "to-string.mdx", "ToStringPage"), (c.Kind, c.Source, c.Assigned)));
    }
}
