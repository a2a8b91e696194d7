using Shipcheck.Core.Checklists;
using Shipcheck.Core.Expectations;

namespace Shipcheck.Core.Checks.WebSockets;

/// <summary><c>websocket</c>: connects, optionally sends one message, and observes the messages that come back.</summary>
public sealed class WebSocketKind : ICheckKind
{
    internal const string UrlOption = "url";
    internal const string SendOption = "send";
    internal const string HeadersOption = "headers";
    internal const string ExpectMessagesOption = "expect_messages";
    internal const string WaitOption = "wait";
    internal const string TlsVerifyOption = "tls_verify";

    /// <inheritdoc/>
    public string Name => "websocket";

    /// <inheritdoc/>
    public string Description => "Connects to a WebSocket, optionally sends a message; observes the messages that arrive.";

    /// <inheritdoc/>
    public string? ShorthandOption => UrlOption;

    /// <inheritdoc/>
    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new(UrlOption, OptionType.Text, "The absolute ws:// or wss:// URL.") { Required = true },
        new(SendOption, OptionType.Text, "A text message sent once connected."),
        new(HeadersOption, OptionType.TextMap, "Headers of the opening handshake."),
        new(ExpectMessagesOption, OptionType.Integer, "How many messages to wait for (default 1)."),
        new(WaitOption, OptionType.Duration, "How long to wait for them after connecting and sending (default 5s)."),
        new(TlsVerifyOption, OptionType.Boolean, "Verify the server's TLS certificate (default true; false accepts self-signed certificates)."),
    ];

    /// <inheritdoc/>
    public ObservationSchema Observations { get; } = new(
        ("connected", ValueKind.Bool, "True when the handshake succeeded."),
        ("messages", ValueKind.Number, "How many messages arrived before the wait ended."),
        ("first", ValueKind.String, "The first message as text, head and tail when long; empty when none arrived."),
        ("json", ValueKind.Any, "The first message parsed as JSON; null when it is not JSON."),
        ("latency", ValueKind.Duration, "Time until the connection was open."),
        ("close_status", ValueKind.String, "The close status and reason when the server closed the connection, else empty."));

    /// <inheritdoc/>
    public string DefaultExpectation => "connected and messages >= 1";

    /// <inheritdoc/>
    public string? CaptureObservation => "first";

    /// <inheritdoc/>
    public TimeSpan DefaultTimeout => TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public void Validate(OptionValues options, DiagnosticBag diagnostics) => WebSocketOptionRules.Check(options, diagnostics);

    /// <inheritdoc/>
    public IProbe CreateProbe(OptionValues options) => new WebSocketProbe(WebSocketOptions.From(options));
}
