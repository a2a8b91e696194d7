using Shipcheck.Core.Checklists;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary>What a <c>websocket</c> step asks for.</summary>
/// <param name="Url">The absolute ws:// or wss:// URL.</param>
/// <param name="Send">A text message sent once connected; null for none.</param>
/// <param name="Headers">Handshake headers.</param>
/// <param name="ExpectMessages">How many messages end the wait early.</param>
/// <param name="Wait">How long to wait for messages after connecting and sending.</param>
/// <param name="TlsVerify">False accepts any server certificate (self-signed test hosts).</param>
public sealed record WebSocketOptions(
    Template Url,
    Template? Send,
    IReadOnlyDictionary<string, Template> Headers,
    long ExpectMessages,
    TimeSpan Wait,
    bool TlsVerify)
{
    /// <summary>Messages waited for unless the step says otherwise.</summary>
    public const long DefaultExpectMessages = 1;

    /// <summary>The wait unless the step says otherwise.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    /// <summary>Reads the options of a validated step.</summary>
    public static WebSocketOptions From(OptionValues options) => new(
        options.Text(WebSocketKind.UrlOption) ?? Template.Literal(""),
        options.Text(WebSocketKind.SendOption),
        options.TextMap(WebSocketKind.HeadersOption),
        options.Get(WebSocketKind.ExpectMessagesOption, DefaultExpectMessages),
        options.Get(WebSocketKind.WaitOption, DefaultWait),
        options.Get(WebSocketKind.TlsVerifyOption, true));
}
