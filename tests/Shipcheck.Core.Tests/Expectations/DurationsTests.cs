using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1d", 86_400_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1m500ms", 60_500)]
    [InlineData("1.5s", 1_500)]
    [InlineData("0.25m", 15_000)]
    [InlineData("  10s\n", 10_000)]
    [InlineData("0s", 0)]
    [InlineData("1s1s", 2_000)]
    public void Reads_every_unit_and_sums_the_parts(string text, double milliseconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("30")]
    [InlineData("s")]
    [InlineData("-5s")]
    [InlineData("1.s")]
    [InlineData(".5s")]
    [InlineData("1.5.3s")]
    [InlineData("30 s")]
    [InlineData("30sec")]
    [InlineData("30S")]
    [InlineData("1h 30m")]
    [InlineData("5us")]
    [InlineData("1e3s")]
    [InlineData("\u0661\u0660s")] // Arabic-Indic digits: a regex's \d took them, then the number parse threw
    [InlineData("99999999999999999999999d")]
    public void Refuses_what_is_not_a_duration(string text)
    {
        Assert.False(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Theory]
    [InlineData(250, "250ms")]
    [InlineData(1_500, "1.5s")]
    [InlineData(90_000, "1m30s")]
    [InlineData(5_400_000, "1h30m")]
    public void Formats_what_it_reads(double milliseconds, string text)
    {
        Assert.Equal(text, Durations.Format(TimeSpan.FromMilliseconds(milliseconds)));
        Assert.True(Durations.TryParse(text, out var back));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), back);
    }
}
