using System.Buffers;
using System.Runtime.CompilerServices;

namespace Shipcheck.Core.Checks.Logs;

/// <summary>Receives a block of whole lines, each ending in '\n'; the span is only valid during the call.</summary>
internal delegate void LogBlockHandler(ReadOnlySpan<byte> block);

/// <summary>Fills a buffer from a source; 0 at the end.</summary>
internal delegate ValueTask<int> LogByteSource(Memory<byte> buffer, CancellationToken cancellationToken);

/// <summary>
/// Cuts a byte source into blocks of whole lines with one fixed buffer, so a gigabyte costs the same memory as a
/// kilobyte. A line that does not fit the buffer is handed out as its first <see cref="LogBlock.MaxLineBytes"/> bytes
/// and the rest is skipped. A last line without '\n' gets one.
/// </summary>
internal static class LogChunkReader
{
    /// <summary>The buffer: large enough to amortise each read, small enough to stay in a core's cache.</summary>
    public const int DefaultChunkSize = 512 * 1024;

    /// <summary>Reads <paramref name="source"/> to its end; IO errors and cancellation propagate.</summary>
    public static async Task ReadAsync(LogByteSource source, LogBlockHandler onBlock, CancellationToken cancellationToken, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(chunkSize, LogBlock.MaxLineBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(chunkSize + 1);
        var state = default(Carry);
        try
        {
            int read;
            while ((read = await source(buffer.AsMemory(state.Length, chunkSize - state.Length), cancellationToken)) > 0)
            {
                state = Split(buffer.AsSpan(0, chunkSize + 1), chunkSize, state, read, onBlock);
            }
            if (!state.Skipping && state.Length > 0)
            {
                buffer[state.Length] = (byte)'\n';
                onBlock(buffer.AsSpan(0, state.Length + 1));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Hot loops: compiled fully optimised at once, since ReadyToRun leaves vector code to the JIT and tier 0 of it is slow.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Carry Split(Span<byte> buffer, int chunkSize, Carry carry, int read, LogBlockHandler onBlock)
    {
        var rest = buffer[..(carry.Length + read)];
        if (carry.Skipping)
        {
            var newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                return carry;
            }
            rest = rest[(newline + 1)..];
        }
        var last = rest.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            onBlock(rest[..(last + 1)]);
            rest = rest[(last + 1)..];
        }
        if (rest.Length == chunkSize)
        {
            // One line fills the whole buffer: its head is all that counts, so hand it out now and skip to its end.
            rest[LogBlock.MaxLineBytes] = (byte)'\n';
            onBlock(rest[..(LogBlock.MaxLineBytes + 1)]);
            return new Carry(0, Skipping: true);
        }
        rest.CopyTo(buffer);
        return new Carry(rest.Length, Skipping: false);
    }

    /// <summary>The start of an unfinished line kept at the front of the buffer, or the tail of a too long line being skipped.</summary>
    private readonly record struct Carry(int Length, bool Skipping);
}
