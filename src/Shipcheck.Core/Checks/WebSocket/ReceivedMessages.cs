using Shipcheck.Core.Checks.Output;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>
/// Counts the messages a <c>websocket</c> step receives and keeps the first in bounded memory: head and tail as text,
/// and the whole for JSON when it is small enough.
/// </summary>
internal sealed class ReceivedMessages
{
    private readonly HeadTailBuffer _first = new();
    private readonly JsonCapture _json = new();

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
            _json.Append(fragment);
        }
        if (endOfMessage)
        {
            Count++;
        }
    }

    /// <summary>The first message parsed as JSON, or null when none arrived, it is too large or not JSON.</summary>
    public Value Json() => Count == 0 ? Value.Null : _json.Parse();
}
