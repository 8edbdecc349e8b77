using CsCheck;
using Leadtype.Text;

namespace Leadtype.Core.Tests.Text;

public sealed class LineIndexTests
{
    [Fact]
    public void Positions_are_one_based_and_count_lf_crlf_and_lone_cr_as_line_ends()
    {
        var index = new LineIndex("ab\ncd\r\nef\rg");

        Assert.Equal(4, index.LineCount);
        Assert.Equal((1, 1), index.GetPosition(0));
        Assert.Equal((1, 3), index.GetPosition(2));
        Assert.Equal((2, 1), index.GetPosition(3));
        Assert.Equal((3, 1), index.GetPosition(7));
        Assert.Equal((4, 1), index.GetPosition(10));
        Assert.Equal((4, 2), index.GetPosition(99));
    }

    [Fact]
    public void Hinted_lookups_agree_with_plain_lookups_in_any_order()
    {
        var text = Gen.OneOf(Gen.Const('a'), Gen.Const('\n'), Gen.Const('\r'), Gen.Const(' ')).Array[0, 200].Select(chars => new string(chars));
        Gen.Select(text, Gen.Int[-5, 260].Array[1, 40]).Sample((source, offsets) =>
        {
            var index = new LineIndex(source);
            var hint = 0;
            foreach (var offset in offsets)
            {
                Assert.Equal(index.GetPosition(offset), index.GetPosition(offset, ref hint));
            }
        });
    }

    [Fact]
    public void Hinted_lookups_recover_from_a_stale_or_out_of_range_hint()
    {
        var index = new LineIndex(string.Join("\n", new string[100]));
        var hint = 99;
        Assert.Equal((3, 1), index.GetPosition(2, ref hint));
        Assert.Equal(2, hint);
        hint = -7;
        Assert.Equal((90, 1), index.GetPosition(89, ref hint));
        hint = 1000;
        Assert.Equal((50, 1), index.GetPosition(49, ref hint));
    }
}
