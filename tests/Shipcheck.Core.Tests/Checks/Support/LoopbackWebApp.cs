using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shipcheck.Core.Tests.Checks.Support;

/// <summary>A plain-HTTP Kestrel app on 127.0.0.1 and a port the OS picks, for fixtures that only differ in what they serve.</summary>
internal static class LoopbackWebApp
{
    /// <summary>Starts an app whose endpoints <paramref name="map"/> adds; returns it and its <c>http://127.0.0.1:port</c>.</summary>
    public static async Task<(WebApplication App, string Address)> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    /// <summary>Stops and disposes an app that <see cref="StartAsync"/> started; nothing when it never started.</summary>
    public static async ValueTask StopAsync(WebApplication? app)
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
