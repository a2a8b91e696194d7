using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>A real Kestrel server on 127.0.0.1 (HTTP and HTTPS with a self-signed certificate), shared by a test class.</summary>
public sealed class TestWebServer : IAsyncLifetime
{
    private WebApplication? _app;
    private X509Certificate2? _certificate;

    /// <summary>http://127.0.0.1:port</summary>
    public string HttpBase { get; private set; } = "";

    /// <summary>https://127.0.0.1:port</summary>
    public string HttpsBase { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _certificate = SelfSignedCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate));
        });
        _app = builder.Build();
        TestEndpoints.Map(_app);
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        HttpBase = addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal));
        HttpsBase = addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _certificate?.Dispose();
    }
}
