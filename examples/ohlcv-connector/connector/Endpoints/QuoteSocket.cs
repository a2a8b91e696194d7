using System.Net.WebSockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OhlcvConnector.Exchanges;

namespace OhlcvConnector.Endpoints;

/// <summary>
/// The WebSocket port: a client sends one subscription and gets <c>limit</c> quotes per symbol, one JSON message each,
/// then a normal close. A bad subscription gets one {"error": …} message and a policy-violation close.
/// </summary>
public static class QuoteSocket
{
    private const string Example = """{"exchange":"binance","contract_type":"spot","symbols":["BTCUSDT"],"limit":1}""";
    private static readonly TimeSpan FirstMessageTimeout = TimeSpan.FromSeconds(10);
    // People read these messages in websocat: keep quotes and non-ASCII text as they are.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serves one connection.</summary>
    public static async Task HandleAsync(HttpContext context, Connector connector, ConnectorLog log, CancellationToken stopping)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"this port speaks WebSocket: connect with ws:// and send {Example}\n", stopping);
            return;
        }
        using var lease = connector.TrackClient();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        timeout.CancelAfter(FirstMessageTimeout);
        try
        {
            var text = await ReceiveTextAsync(socket, timeout.Token);
            if (text is null)
            {
                return;
            }
            var (subscription, exchange, problem) = Resolve(text, connector);
            if (problem is not null)
            {
                log.Warn($"ws: refused subscription from {context.Connection.RemoteIpAddress}: {problem}");
                await SendAsync(socket, new { error = problem, example = JsonDocument.Parse(Example).RootElement }, stopping);
                await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "bad subscription", stopping);
                return;
            }
            log.Info($"ws: {context.Connection.RemoteIpAddress} subscribed {exchange!.Name} {string.Join(",", subscription!.Symbols!)} limit {subscription.QuotesPerSymbol}");
            await StreamAsync(socket, subscription, exchange, connector, stopping);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", stopping);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The client left, took too long to subscribe, or the connector is stopping.
        }
    }

    private static (Subscription?, SimulatedExchange?, string?) Resolve(string text, Connector connector)
    {
        var subscription = Subscription.Parse(text, out var problem);
        if (subscription is null)
        {
            return (null, null, problem);
        }
        var exchange = connector.Exchange(subscription.Exchange!);
        var known = string.Join(", ", connector.Exchanges.Select(e => e.Name));
        var unknownSymbols = exchange is null ? [] : subscription.Symbols!.Where(s => exchange.Latest(s) is null).ToList();
        problem = exchange switch
        {
            null => $"unknown exchange '{subscription.Exchange}' (known: {known})",
            _ when unknownSymbols.Count > 0 => $"{exchange.Name} does not quote {string.Join(", ", unknownSymbols)} (it quotes {string.Join(", ", exchange.Symbols)})",
            _ when exchange.Snapshot().Breaker != BreakerState.Closed => $"{exchange.Name}'s circuit breaker is open: no quotes",
            _ => null,
        };
        return (subscription, exchange, problem);
    }

    private static async Task StreamAsync(WebSocket socket, Subscription subscription, SimulatedExchange exchange, Connector connector, CancellationToken stopping)
    {
        var pause = TimeSpan.FromSeconds(1 / connector.Release.QuotesPerSecond);
        for (var round = 0; round < subscription.QuotesPerSymbol; round++)
        {
            if (round > 0)
            {
                await Task.Delay(pause, stopping);
            }
            foreach (var symbol in subscription.Symbols!)
            {
                var quote = exchange.Latest(symbol)!;
                await SendAsync(socket, new
                {
                    exchange = quote.Exchange,
                    contract_type = subscription.ContractType ?? "spot",
                    symbol = quote.Symbol,
                    bid = quote.Bid,
                    ask = quote.Ask,
                    ts = quote.Timestamp,
                }, stopping);
            }
        }
    }

    private static async Task<string?> ReceiveTextAsync(WebSocket socket, CancellationToken cancellation)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (length < buffer.Length)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellation);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            length += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, length);
            }
        }
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static Task SendAsync(WebSocket socket, object message, CancellationToken cancellation) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message, Json).AsMemory(), WebSocketMessageType.Text, endOfMessage: true, cancellation).AsTask();
}
