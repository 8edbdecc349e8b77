using Leadtype.Tests.Shared;
using Xunit.Sdk;

namespace Leadtype.Runtime.Tests.Artifacts;

/// <summary>The golden-file helper itself: a mismatch must fail with a diff a reviewer can read.</summary>
public sealed class GoldenDiffTests
{
    [Fact]
    public void A_missing_final_newline_shows_up_in_the_diff()
    {
        var error = Assert.Throws<XunitException>(() => Golden.TextEqual("a\nb\n", "a\nb"));

        Assert.Contains("- b⏎", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("+ b[no final newline]", error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_line_is_shown_as_removed_and_added()
    {
        var error = Assert.Throws<XunitException>(() => Golden.TextEqual("one\ntwo\nthree\n", "one\n2\nthree\n"));

        Assert.Contains("- two⏎", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("+ 2⏎", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("  one⏎", error.Message, System.StringComparison.Ordinal);
    }
}
