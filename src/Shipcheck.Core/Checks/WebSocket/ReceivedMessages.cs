using System.Buffers;
using System.Text.Json;
using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>
/// Counts the messages a <c>websocket</c> step receives and keeps the first in bounded memory: head and tail as text,
/// and the whole for JSON when it is small enough.
/// </summary>
internal sealed class ReceivedMessages
{
    /// <summary>First messages up to this size are parsed as JSON; larger ones observe json as null.</summary>
    public const int JsonLimit = 8 * 1024 * 1024;

    private readonly HeadTailBuffer _first = new();
    private ArrayBufferWriter<byte>? _whole = new();

    /// <summary>Complete messages so far.</summary>
    public int Count { get; private set; }

    /// <summary>The first message as text, head and tail when long.</summary>
    public string First => _first.ToString();

    /// <summary>Adds one fragment of the current message; <paramref name="endOfMessage"/> completes it.</summary>
    public void Append(ReadOnlySpan<byte> fragment, bool endOfMessage)
    {
        if (Count == 0)
        {
            _first.Append(fragment);
            Keep(fragment);
        }
        if (endOfMessage)
        {
            Count++;
        }
    }

    /// <summary>The first message parsed as JSON, or null when none arrived, it is too large or not JSON.</summary>
    public Value Json()
    {
        if (Count == 0 || _whole is null || _whole.WrittenCount == 0)
        {
            return Value.Null;
        }
        try
        {
            using var document = JsonDocument.Parse(_whole.WrittenMemory);
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
