using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Tests.Expectations;

public sealed class SizesTests
{
    [Theory]
    [InlineData("512B", 512)]
    [InlineData("10KB", 10_000)]
    [InlineData("10MB", 10_000_000)]
    [InlineData("2GB", 2_000_000_000)]
    [InlineData("1TB", 1_000_000_000_000)]
    [InlineData("64KiB", 65_536)]
    [InlineData("1.5MiB", 1_572_864)]
    [InlineData("1GiB", 1_073_741_824)]
    [InlineData("1TiB", 1_099_511_627_776)]
    [InlineData("10 MB", 10_000_000)]
    [InlineData(" 10mb\n", 10_000_000)]
    [InlineData("1kib", 1024)]
    public void Reads_decimal_and_binary_units_in_any_case(string text, long bytes)
    {
        Assert.True(Sizes.TryParse(text, out var read));
        Assert.Equal(bytes, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("MB")]
    [InlineData("-1MB")]
    [InlineData(".5MB")]
    [InlineData("1.MB")]
    [InlineData("10 M B")]
    [InlineData("10PB")]
    [InlineData("10MBs")]
    [InlineData("\u0661\u0660MB")] // Arabic-Indic digits: a regex's \d took them, then the number parse threw
    [InlineData("99999999999TB")]
    public void Refuses_what_is_not_a_size(string text)
    {
        Assert.False(Sizes.TryParse(text, out var bytes));
        Assert.Equal(0, bytes);
    }
}
