using System.Buffers;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Reads a response body in bounded memory: head and tail as text, and the whole as JSON when it is small enough.</summary>
internal sealed class ResponseBody
{
    private const int ChunkSize = 64 * 1024;

    private readonly HeadTailBuffer _text = new();
    private readonly JsonCapture _json = new();

    /// <summary>The body as text, head and tail when long.</summary>
    public string Text => _text.ToString();

    /// <summary>Every byte read, kept or not: tells a body too large for <see cref="Json"/> from one that is not JSON.</summary>
    public long Length => _text.TotalBytes;

    /// <summary>Reads <paramref name="content"/> to its end; cancellation propagates.</summary>
    public async Task ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                _text.Append(chunk.AsSpan(0, read));
                _json.Append(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The body parsed as JSON, or null when it is empty, too large or not JSON.</summary>
    public Value Json() => _json.Parse();
}
