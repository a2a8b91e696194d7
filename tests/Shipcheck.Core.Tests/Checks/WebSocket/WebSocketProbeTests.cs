using System.Net;
using System.Net.Sockets;
using Shipcheck.Core.Checks;
using Shipcheck.Core.Checks.WebSockets;
using Shipcheck.Core.Expectations;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.WebSockets;

public sealed class WebSocketProbeTests(TestWebSocketServer server) : IClassFixture<TestWebSocketServer>, IDisposable
{
    private const string QuoteRequest = "{\"exchange\":\"binance\",\"symbol\":\"BTCUSDT\",\"limit\":1}";

    private readonly TempFolder _folder = new();
    private readonly WebSocketKind _kind = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Sends_a_message_and_observes_the_quote_that_comes_back()
    {
        var result = await Observe(("url", $"{server.WsBase}/echo"), ("send", QuoteRequest));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("connected"));
        Assert.Equal(1, result.Observations.Number("messages"));
        Assert.True(result.Observations.Duration("latency") > TimeSpan.Zero);
        Assert.Equal("", result.Observations.Text("close_status"));
        var json = Assert.IsType<MapValue>(result.Observations["json"]);
        Assert.Equal(Value.Of("BTCUSDT"), json.Entries["symbol"]);
        Assert.Equal(Value.Of(QuoteRequest), json.Entries["received"]);
        Assert.StartsWith("{\"symbol\":\"BTCUSDT\"", result.Observations.Text("first"), StringComparison.Ordinal);
        Assert.StartsWith("1 message\n{\"symbol\"", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renders_variables_in_the_url_the_message_and_the_headers()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["base"] = server.WsBase, ["token"] = "s3cret" });
        var options = TestOptions.Of(("url", "${base}/token"), ("headers", new Dictionary<string, string> { ["X-Token"] = "${token}" }));

        var result = await Probes.Observe(_kind, options, context);

        Assert.Null(result.Error);
        Assert.Equal("s3cret", result.Observations.Text("first"));
    }

    [Fact]
    public async Task Counts_messages_the_server_sends_unprompted()
    {
        var result = await Observe(("url", $"{server.WsBase}/three"), ("expect_messages", 3));

        Assert.Null(result.Error);
        Assert.Equal(3, result.Observations.Number("messages"));
        Assert.Equal("tick 1", result.Observations.Text("first"));
        Assert.Equal(Value.Null, result.Observations["json"]);
    }

    [Fact]
    public async Task Stops_waiting_once_the_expected_messages_arrived()
    {
        var result = await Observe(("url", $"{server.WsBase}/three"));

        Assert.Null(result.Error);
        Assert.Equal(1, result.Observations.Number("messages"));
    }

    [Fact]
    public async Task Observes_a_server_that_closes_at_once_as_connected_without_messages()
    {
        var result = await Observe(("url", $"{server.WsBase}/close"));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("connected"));
        Assert.Equal(0, result.Observations.Number("messages"));
        Assert.Equal("", result.Observations.Text("first"));
        Assert.Equal("4000 maintenance", result.Observations.Text("close_status"));
        Assert.Equal("0 messages, server closed: 4000 maintenance", result.Output);
    }

    [Fact]
    public async Task Assembles_a_fragmented_message()
    {
        var result = await Observe(("url", $"{server.WsBase}/fragmented"));

        Assert.Equal(1, result.Observations.Number("messages"));
        Assert.Equal("{\"part\":1}", result.Observations.Text("first"));
        var json = Assert.IsType<MapValue>(result.Observations["json"]);
        Assert.Equal(Value.Of(1), json.Entries["part"]);
    }

    [Fact]
    public async Task Observes_no_messages_from_a_silent_server_when_the_wait_ends()
    {
        var result = await Observe(("url", $"{server.WsBase}/silent"), ("wait", TimeSpan.FromMilliseconds(300)));

        Assert.Null(result.Error);
        Assert.True(result.Observations.Flag("connected"));
        Assert.Equal(0, result.Observations.Number("messages"));
        Assert.Equal("", result.Observations.Text("close_status"));
    }

    [Fact]
    public async Task Fails_as_a_timeout_when_the_step_ends_while_waiting()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var options = TestOptions.Of(("url", $"{server.WsBase}/silent"), ("wait", TimeSpan.FromSeconds(30)));

        var result = await Probes.ObserveUntilCancelled(_kind, options, Context(), timeout.Token);

        Assert.Equal($"{server.WsBase}/silent: 0 of 1 messages before the step ended (timeout or interrupt)", result.Error);
        Assert.True(result.Observations.Flag("connected"));
    }

    [Fact]
    public async Task Fails_as_a_timeout_when_the_handshake_never_completes()
    {
        // Accepts connections in the kernel's backlog and never answers the upgrade request.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"ws://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

            var result = await Probes.ObserveUntilCancelled(_kind, TestOptions.Of(("url", url)), Context(), timeout.Token);

            Assert.StartsWith($"connect {url}: not open after ", result.Error, StringComparison.Ordinal);
            Assert.EndsWith("(timeout or interrupt)", result.Error, StringComparison.Ordinal);
            Assert.False(result.Observations.Flag("connected"));
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Fails_naming_the_status_when_the_handshake_is_rejected()
    {
        var url = $"{server.WsBase}/missing";

        var result = await Observe(("url", url));

        Assert.Equal($"connect {url}: the server answered HTTP 404 instead of accepting the WebSocket", result.Error);
        Assert.False(result.Observations.Flag("connected"));
    }

    [Fact]
    public async Task Fails_when_the_connection_is_refused()
    {
        var url = $"ws://127.0.0.1:{Ports.Closed()}/";

        var result = await Observe(("url", url));

        Assert.Equal($"connect {url}: connection refused", result.Error);
        Assert.False(result.Observations.Flag("connected"));
    }

    [Fact]
    public async Task Fails_when_a_rendered_url_is_not_a_websocket_url()
    {
        var context = Probes.Context(_folder.Path, new Dictionary<string, string> { ["host"] = "http://127.0.0.1" });

        var result = await Probes.Observe(_kind, TestOptions.Of(("url", "${host}/quotes")), context);

        Assert.Equal("connect http://127.0.0.1/quotes: not an absolute ws:// or wss:// URL", result.Error);
    }

    private Task<ProbeResult> Observe(params (string Name, object Value)[] options) =>
        Probes.Observe(_kind, TestOptions.Of(options), Context());

    private ProbeContext Context() => Probes.Context(_folder.Path);
}
