using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shipcheck.Core.Tests.Checks.WebSockets;

/// <summary>A real Kestrel server on 127.0.0.1 with the WebSocket endpoints of <see cref="WebSocketEndpoints"/>, shared by a test class.</summary>
public sealed class TestWebSocketServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>ws://127.0.0.1:port</summary>
    public string WsBase { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.UseWebSockets();
        WebSocketEndpoints.Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        WsBase = "ws://" + address["http://".Length..];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
