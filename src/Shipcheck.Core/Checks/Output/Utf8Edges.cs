namespace Shipcheck.Core.Checks.Output;

/// <summary>Trims UTF-8 byte runs cut at an arbitrary byte so decoding them never produces replacement characters.</summary>
public static class Utf8Edges
{
    /// <summary><paramref name="bytes"/> without a character cut off at the end.</summary>
    public static ReadOnlySpan<byte> WithoutCutEnd(ReadOnlySpan<byte> bytes)
    {
        // Look back at most three bytes for the lead byte of the last character and drop it if incomplete.
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var b = bytes[^back];
            if (IsContinuation(b))
            {
                continue;
            }
            var needed = b switch
            {
                < 0x80 => 1,
                >= 0xF0 => 4,
                >= 0xE0 => 3,
                >= 0xC0 => 2,
                _ => 1,
            };
            return needed > back ? bytes[..^back] : bytes;
        }
        return bytes;
    }

    /// <summary><paramref name="bytes"/> without the continuation bytes of a character whose start was cut off.</summary>
    public static ReadOnlySpan<byte> WithoutCutStart(ReadOnlySpan<byte> bytes)
    {
        var skip = 0;
        while (skip < Math.Min(3, bytes.Length) && IsContinuation(bytes[skip]))
        {
            skip++;
        }
        return bytes[skip..];
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;
}
