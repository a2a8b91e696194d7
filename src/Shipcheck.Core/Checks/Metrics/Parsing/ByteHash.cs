using System.Buffers.Binary;

namespace Shipcheck.Core.Checks.Metrics.Parsing;

/// <summary>
/// A quick hash of short byte strings (names and label values): eight bytes at a time, the last word overlapping the
/// one before, mixed by multiplication. Seeded per process, so that an exposition cannot be written to make its
/// strings collide in advance.
/// </summary>
internal static class ByteHash
{
    private const ulong Mix = 0x9E3779B97F4A7C15;
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64();

    public static int Of(ReadOnlySpan<byte> bytes)
    {
        var hash = Seed ^ ((ulong)bytes.Length * Mix);
        if (bytes.Length < 8)
        {
            foreach (var b in bytes)
            {
                hash = (hash ^ b) * Mix;
            }
        }
        else
        {
            for (var i = 0; i + 8 <= bytes.Length; i += 8)
            {
                hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..])) * Mix;
            }
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..])) * Mix;
        }
        return (int)(hash ^ (hash >> 32));
    }
}
