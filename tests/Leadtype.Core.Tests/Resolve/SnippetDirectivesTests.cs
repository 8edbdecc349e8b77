using Leadtype.Resolve;

namespace Leadtype.Core.Tests.Resolve;

/// <summary>CC-88…CC-90 and the directive edge cases of §5.4.</summary>
public sealed class SnippetDirectivesTests
{
    [Fact]
    public void CC88_directive_lines_are_removed() =>
        Assert.Equal("const x = 1;\n", SnippetDirectives.Strip("// @noErrors — fragment\n// @check\n// @filename: setup.ts\nconst x = 1;\n"));

    [Fact]
    public void CC89_everything_above_the_last_cut_marker_is_hidden() =>
        Assert.Equal("const visible = true;\n", SnippetDirectives.Strip("import { setup } from \"pkg\";\nsetup();\n// ---cut---\nconst visible = true;\n"));

    [Fact]
    public void CC90_ordinary_comments_and_code_are_untouched()
    {
        const string code = "// a normal comment\nconst checkout = 1; // @-ish text\n";
        Assert.Same(code, SnippetDirectives.Strip(code));
    }

    [Fact]
    public void Trailing_directive_after_code_stays() =>
        Assert.Equal("x();\nconst z = 1; // @check\n", SnippetDirectives.Strip("// @noErrors\nimport { x } from 'y';\n// ---cut---\n\nx();\n// @filename: other.ts\nconst z = 1; // @check\n"));

    [Fact]
    public void Directive_needs_a_word_boundary() =>
        Assert.Equal("// @checked by hand\n", SnippetDirectives.Strip("// @checked by hand\n"));
}
