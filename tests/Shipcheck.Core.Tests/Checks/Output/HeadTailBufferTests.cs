using System.Text;
using Shipcheck.Core.Checks.Output;

namespace Shipcheck.Core.Tests.Checks.Output;

public sealed class HeadTailBufferTests
{
    [Fact]
    public void Keeps_short_output_whole()
    {
        var buffer = new HeadTailBuffer(8, 8);
        buffer.Append("hello ");
        buffer.Append("world");

        Assert.Equal("hello world", buffer.ToString());
        Assert.Equal(0, buffer.OmittedBytes);
    }

    [Fact]
    public void Keeps_output_that_exactly_fills_head_and_tail_whole()
    {
        var buffer = new HeadTailBuffer(4, 4);
        buffer.Append("abcdefgh");

        Assert.Equal("abcdefgh", buffer.ToString());
    }

    [Fact]
    public void Keeps_head_and_tail_and_says_how_much_was_omitted()
    {
        var buffer = new HeadTailBuffer(4, 4);
        buffer.Append("head");
        for (var i = 0; i < 100; i++)
        {
            buffer.Append("-middle-");
        }
        buffer.Append("tail");

        Assert.Equal("head\n… 800 bytes omitted …\ntail", buffer.ToString());
        Assert.Equal(808, buffer.TotalBytes);
    }

    [Fact]
    public void Keeps_the_tail_when_it_arrives_in_one_large_chunk()
    {
        var buffer = new HeadTailBuffer(2, 3);
        buffer.Append("ab" + new string('x', 50) + "xyz");

        Assert.Equal("ab\n… 50 bytes omitted …\nxyz", buffer.ToString());
    }

    [Fact]
    public void Never_cuts_a_character_in_half_at_either_edge()
    {
        var buffer = new HeadTailBuffer(5, 5);
        // 'é' and '€' are two and three bytes: byte limits fall inside them.
        buffer.Append(Encoding.UTF8.GetBytes("abcdé" + new string('-', 20) + "€xyz"));

        var text = buffer.ToString();

        Assert.DoesNotContain('\uFFFD', text);
        Assert.StartsWith("abcd\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\nxyz", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_safe_to_fill_from_two_threads_at_once()
    {
        var buffer = new HeadTailBuffer(16, 16);

        Parallel.For(0, 1000, _ => buffer.Append("0123456789"));

        Assert.Equal(10_000, buffer.TotalBytes);
        Assert.Equal(10_000 - 32, buffer.OmittedBytes);
    }
}
