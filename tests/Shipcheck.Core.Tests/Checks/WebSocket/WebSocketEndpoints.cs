using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Shipcheck.Core.Tests.Checks.WebSockets;

/// <summary>What the test WebSocket server does: the situations a quote feed check meets.</summary>
internal static class WebSocketEndpoints
{
    public static void Map(WebApplication app)
    {
        Accept(app, "/echo", async (socket, http) =>
        {
            var request = await ReceiveTextAsync(socket, http.RequestAborted);
            await SendAsync(socket, JsonSerializer.Serialize(new { symbol = "BTCUSDT", price = 1, received = request }), http.RequestAborted);
            await DrainUntilCloseAsync(socket, http.RequestAborted);
        });
        Accept(app, "/three", async (socket, http) =>
        {
            for (var i = 1; i <= 3; i++)
            {
                await SendAsync(socket, $"tick {i}", http.RequestAborted);
            }
            await DrainUntilCloseAsync(socket, http.RequestAborted);
        });
        Accept(app, "/close", (socket, http) =>
            socket.CloseAsync((WebSocketCloseStatus)4000, "maintenance", http.RequestAborted));
        Accept(app, "/fragmented", async (socket, http) =>
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"part\":"), WebSocketMessageType.Text, false, http.RequestAborted);
            await socket.SendAsync(Encoding.UTF8.GetBytes("1}"), WebSocketMessageType.Text, true, http.RequestAborted);
            await DrainUntilCloseAsync(socket, http.RequestAborted);
        });
        Accept(app, "/silent", (socket, http) => DrainUntilCloseAsync(socket, http.RequestAborted));
        Accept(app, "/token", async (socket, http) =>
        {
            await SendAsync(socket, http.Request.Headers["X-Token"].ToString(), http.RequestAborted);
            await DrainUntilCloseAsync(socket, http.RequestAborted);
        });
    }

    private static void Accept(WebApplication app, string path, Func<System.Net.WebSockets.WebSocket, HttpContext, Task> handle) =>
        app.Map(path, async (HttpContext http) =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            try
            {
                await handle(socket, http);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // The client went away; nothing to answer.
            }
        });

    private static Task SendAsync(System.Net.WebSockets.WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<string> ReceiveTextAsync(System.Net.WebSockets.WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var text = new StringBuilder();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, cancellationToken);
            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
        }
        while (!received.EndOfMessage);
        return text.ToString();
    }

    // Answers the client's close so its polite goodbye completes.
    private static async Task DrainUntilCloseAsync(System.Net.WebSockets.WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken);
                return;
            }
        }
    }
}
