using System;
using System.Collections.Generic;
using Leadtype.Output;

namespace Leadtype.Runtime.Tests.Output;

public sealed class OutputOptionsTests
{
    private static OutputOptions From(params (string Name, string Value)[] variables)
    {
        var map = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
        {
            map[name] = value;
        }

        return OutputOptions.FromEnvironment(name => map.TryGetValue(name, out var value) ? value : null);
    }

    [Fact]
    public void Defaults_lock_with_a_15_minute_wait_and_a_10_minute_stale_window()
    {
        var options = From();

        Assert.True(options.UseLock);
        Assert.Equal(TimeSpan.FromMinutes(15), options.WaitTimeout);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StaleAfter);
        Assert.Equal(TimeSpan.FromMinutes(2.5), options.EffectiveKeepalive);
        Assert.Null(options.LockDirectory);
        Assert.Empty(options.Warnings);
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("0", true)]
    [InlineData("true", true)]
    [InlineData("", true)]
    public void Only_LEADTYPE_NO_LOCK_equal_to_1_turns_the_lock_off(string value, bool useLock)
    {
        Assert.Equal(useLock, From(("LEADTYPE_NO_LOCK", value)).UseLock);
    }

    [Fact]
    public void Millisecond_settings_are_read_from_their_variables()
    {
        var options = From(
            ("LEADTYPE_LOCK_TIMEOUT_MS", "2500"),
            ("LEADTYPE_LOCK_STALE_MS", "4000"),
            ("LEADTYPE_LOCK_KEEPALIVE_MS", "100"),
            ("LEADTYPE_LOCK_DIR", "/var/tmp/my-locks"));

        Assert.Equal(TimeSpan.FromMilliseconds(2500), options.WaitTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(4000), options.StaleAfter);
        Assert.Equal(TimeSpan.FromMilliseconds(100), options.EffectiveKeepalive);
        Assert.Equal("/var/tmp/my-locks", options.LockDirectory);
    }

    [Fact]
    public void A_shortened_stale_window_shortens_the_default_keepalive_but_not_below_one_second()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), From(("LEADTYPE_LOCK_STALE_MS", "20000")).EffectiveKeepalive);
        Assert.Equal(TimeSpan.FromSeconds(1), From(("LEADTYPE_LOCK_STALE_MS", "2000")).EffectiveKeepalive);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1e400")]
    public void Unusable_numbers_fall_back_to_the_default_with_a_warning(string value)
    {
        var options = From(("LEADTYPE_LOCK_TIMEOUT_MS", value));

        Assert.Equal(TimeSpan.FromMinutes(15), options.WaitTimeout);
        Assert.Equal($"LEADTYPE_LOCK_TIMEOUT_MS=\"{value}\" is not a positive number of milliseconds; the default is used.", Assert.Single(options.Warnings));
    }
}
