using System;
using System.IO;
using System.Text;
using Leadtype.Output;

namespace Leadtype.Runtime.Tests.Output;

public sealed class AtomicTempNameTests
{
    [Theory]
    [InlineData(".guide.md.12345-a1b2c3d4e5f6.tmp", 12345)]
    [InlineData(".a.1-000000000000.tmp", 1)]
    [InlineData(".name.with.dots.md.77-abcdefabcdef.tmp", 77)]
    [InlineData("..hidden.7-0123456789ab.tmp", 7)]
    public void Names_with_the_exact_pattern_match_and_yield_the_writer_pid(string name, int pid)
    {
        Assert.True(AtomicTempName.TryParseProcessId(name, out var parsed));
        Assert.Equal(pid, parsed);
    }

    [Theory]
    [InlineData(".env.tmp")]
    [InlineData(".gitkeep")]
    [InlineData("guide.md.12345-a1b2c3d4e5f6.tmp")]
    [InlineData(".guide.md.12345-short.tmp")]
    [InlineData(".guide.md.12345-A1B2C3D4E5F6.tmp")]
    [InlineData(".guide.md.12345-a1b2c3d4e5f6.tmp.bak")]
    [InlineData(".guide.md.-a1b2c3d4e5f6.tmp")]
    [InlineData("..12345-a1b2c3d4e5f6.tmp")]
    [InlineData(".guide.md12345-a1b2c3d4e5f6.tmp")]
    [InlineData(".guide.md.12x45-a1b2c3d4e5f6.tmp")]
    [InlineData("page.md")]
    public void User_files_never_match_the_temp_pattern(string name)
    {
        Assert.False(AtomicTempName.IsMatch(name));
    }

    [Fact]
    public void Generated_names_are_dot_siblings_in_the_same_directory_with_this_pid()
    {
        var target = Path.Combine("out", "docs", "guide.md");
        var temp = AtomicTempName.For(target);

        Assert.Equal(Path.GetDirectoryName(target), Path.GetDirectoryName(temp));
        Assert.StartsWith(".guide.md." + Environment.ProcessId + "-", Path.GetFileName(temp), StringComparison.Ordinal);
        Assert.True(AtomicTempName.TryParseProcessId(Path.GetFileName(temp), out var pid));
        Assert.Equal(Environment.ProcessId, pid);
        Assert.NotEqual(temp, AtomicTempName.For(target));
    }

    [Fact]
    public void A_name_near_the_file_system_limit_is_shortened_so_the_temp_name_still_fits_and_matches()
    {
        var longName = new string('é', 120) + ".md"; // 243 UTF-8 bytes
        var temp = Path.GetFileName(AtomicTempName.For(Path.Combine("out", longName)));

        Assert.True(Encoding.UTF8.GetByteCount(temp) <= 255, $"{Encoding.UTF8.GetByteCount(temp)} bytes");
        Assert.True(AtomicTempName.IsMatch(temp));
    }
}
