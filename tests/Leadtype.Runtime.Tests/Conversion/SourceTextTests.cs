using System.Text;
using Leadtype.Runtime.Conversion;

namespace Leadtype.Runtime.Tests.Conversion;

public sealed class SourceTextTests
{
    [Fact]
    public void Valid_utf8_decodes_without_a_diagnostic()
    {
        var text = SourceText.Decode(Encoding.UTF8.GetBytes("# Café ✅\n"), "a.mdx", out var problem);

        Assert.Equal("# Café ✅\n", text);
        Assert.Null(problem);
    }

    [Fact]
    public void First_invalid_byte_is_located_by_line_and_column()
    {
        var bytes = new byte[] { (byte)'a', (byte)'\n', 0xC3, 0xA9, (byte)'x', 0xE2, 0x82, (byte)'y', (byte)'\n', 0xFF };

        var text = SourceText.Decode(bytes, "docs/p.mdx", out var problem);

        Assert.NotNull(problem);
        Assert.Equal(("LT0004", "docs/p.mdx", 2, 3), (problem!.Id, problem.FilePath, problem.Line, problem.Column));
        Assert.Contains("offset 5", problem.Message);
        Assert.Equal("a\néx\uFFFDy\n\uFFFD", text);
    }
}
