using System.Buffers;
using System.Text.Json;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.Output;

/// <summary>
/// Keeps what a probe reads, up to <see cref="Limit"/>, so it can be parsed as JSON at the end; anything larger is
/// dropped as it arrives and observes <c>json</c> as null, so memory stays bounded.
/// </summary>
public sealed class JsonCapture
{
    /// <summary>Input up to this size is parsed as JSON.</summary>
    public const int Limit = 8 * 1024 * 1024;

    private ArrayBufferWriter<byte>? _whole = new();

    /// <summary>Adds the next bytes.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (_whole is null)
        {
            return;
        }
        if (_whole.WrittenCount + data.Length > Limit)
        {
            _whole = null;
            return;
        }
        _whole.Write(data);
    }

    /// <summary>The input parsed as JSON, or null when it is empty, too large or not JSON. A UTF-8 BOM is skipped.</summary>
    public Value Parse()
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
}
