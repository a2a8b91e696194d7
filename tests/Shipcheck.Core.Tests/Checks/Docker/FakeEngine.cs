using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shipcheck.Core.Tests.Checks.Docker;

/// <summary>
/// A Kestrel server standing in for what a real engine cannot be made to do on purpose: a web server that is no Docker
/// engine, and an engine that refuses with its own message. Listens on a unix socket and on 127.0.0.1.
/// </summary>
internal sealed class FakeEngine : IAsyncDisposable
{
    public const string Refusal = "boom: the disk is on fire";

    private readonly WebApplication _app;
    private readonly string _folder;

    private FakeEngine(WebApplication app, string folder)
    {
        _app = app;
        _folder = folder;
    }

    public string UnixHost => $"unix://{SocketPath}";

    public string TcpHost { get; private set; } = "";

    private string SocketPath => Path.Combine(_folder, "fake.sock");

    /// <summary>Starts a server that answers like a Docker engine (<paramref name="isDocker"/>) or like a web page.</summary>
    public static async Task<FakeEngine> StartAsync(bool isDocker)
    {
        var folder = Directory.CreateDirectory($"/tmp/scfk-{Guid.NewGuid().ToString("N")[..8]}").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ListenUnixSocket(Path.Combine(folder, "fake.sock"));
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        if (isDocker)
        {
            app.MapGet("/version", () => Results.Json(new Dictionary<string, string> { ["ApiVersion"] = "1.43", ["MinAPIVersion"] = "1.12" }));
            app.MapGet("/v1.41/containers/{name}/json", () => Results.Json(new { message = Refusal }, statusCode: 500));
        }
        else
        {
            app.MapFallback(() => Results.Content("<html><body>welcome to nginx</body></html>", "text/html"));
        }
        var engine = new FakeEngine(app, folder);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        engine.TcpHost = "tcp://" + addresses.Single(a => a.StartsWith("http://127.0.0.1", StringComparison.Ordinal))["http://".Length..];
        return engine;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
