using Microsoft.AspNetCore.Builder;
using Shipcheck.Core.Tests.Checks.Support;

namespace Shipcheck.Core.Tests.Checks.WebSockets;

/// <summary>A real Kestrel server on 127.0.0.1 with the WebSocket endpoints of <see cref="WebSocketEndpoints"/>, shared by a test class.</summary>
public sealed class TestWebSocketServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>ws://127.0.0.1:port</summary>
    public string WsBase { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        (_app, var address) = await LoopbackWebApp.StartAsync(app =>
        {
            app.UseWebSockets();
            WebSocketEndpoints.Map(app);
        });
        WsBase = "ws://" + address["http://".Length..];
    }

    public ValueTask DisposeAsync() => LoopbackWebApp.StopAsync(_app);
}
