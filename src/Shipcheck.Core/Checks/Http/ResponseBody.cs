using System.Buffers;
using System.Text.Json;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Http;

/// <summary>Reads a response body in bounded memory: head and tail as text, and the whole as JSON when it is small enough.</summary>
internal sealed class ResponseBody
{
    /// <summary>Bodies up to this size are parsed as JSON; larger ones observe json as null.</summary>
    public const int JsonLimit = 8 * 1024 * 1024;

    private const int ChunkSize = 64 * 1024;

    private readonly HeadTailBuffer _text = new();
    private ArrayBufferWriter<byte>? _whole = new();

    /// <summary>The body as text, head and tail when long.</summary>
    public string Text => _text.ToString();

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
                Keep(chunk.AsSpan(0, read));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The body parsed as JSON, or null when it is empty, too large or not JSON.</summary>
    public Value Json()
    {
        if (_whole is null || _whole.WrittenCount == 0)
        {
            return Value.Null;
        }
        var bytes = _whole.WrittenMemory;
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return Value.FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return Value.Null;
        }
    }

    private void Keep(ReadOnlySpan<byte> data)
    {
        if (_whole is null)
        {
            return;
        }
        if (_whole.WrittenCount + data.Length > JsonLimit)
        {
            _whole = null;
            return;
        }
        _whole.Write(data);
    }
}
